// The lake CLI's subcommands refuse a call they cannot run with their one-line usage (a LakeConfigError,
// printed without a stack), before opening anything; a good call still runs.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseCommandCall } from '#sanity/lake/commands/command-args.ts'
import { LakeConfigError } from '#sanity/lake/commands/environment.ts'
import { EXPORT_USAGE, exportCommand } from '#sanity/lake/commands/export.ts'
import { IMPORT_USAGE, importCommand } from '#sanity/lake/commands/import.ts'
import { TOKENS_USAGE, tokensCommand } from '#sanity/lake/commands/tokens.ts'
import { USERS_USAGE, usersCommand } from '#sanity/lake/commands/users.ts'

const dataDir = mkdtempSync(join(tmpdir(), 'marquee-command-usage-'))
const env = { dataDir }
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

async function refusal(run: () => Promise<void>): Promise<unknown> {
  try {
    await run()
  } catch (error) {
    return error
  }
  return undefined
}

describe('parseCommandCall', () => {
  const call = {
    usage: 'thing <a> [--flag]',
    maxPositionals: 1,
    options: { flag: { type: 'boolean' } },
  } satisfies Parameters<typeof parseCommandCall>[1]

  it('returns options and positionals', () => {
    const { values, positionals } = parseCommandCall(['one', '--flag'], call)
    expect(values.flag).toBe(true)
    expect(positionals).toEqual(['one'])
  })

  it('throws the usage for too many positionals and for an unknown option', () => {
    expect(() => parseCommandCall(['one', 'two'], call)).toThrow(
      new LakeConfigError('usage: thing <a> [--flag]'),
    )
    expect(() => parseCommandCall(['--nope'], call)).toThrow(LakeConfigError)
  })

  it('adds a detail to the usage when asked', () => {
    expect(parseCommandCall([], call).usageError('a is required').message).toBe(
      'usage: thing <a> [--flag] (a is required)',
    )
  })
})

describe.each([
  {
    name: 'export',
    run: exportCommand,
    usage: EXPORT_USAGE,
    bad: [[], ['a.tar.gz', 'b.tar.gz'], ['out.zip']],
  },
  { name: 'import', run: importCommand, usage: IMPORT_USAGE, bad: [[], ['a.ndjson', 'b.ndjson']] },
  {
    name: 'tokens',
    run: tokensCommand,
    usage: TOKENS_USAGE,
    bad: [[], ['list', 'x'], ['revoke', 'a', 'b'], ['create']],
  },
  {
    name: 'users',
    run: usersCommand,
    usage: USERS_USAGE,
    bad: [[], ['remove'], ['list', 'a', 'b'], ['frobnicate']],
  },
])('lake $name', ({ run, usage, bad }) => {
  it.each(bad)('refuses %j with its usage', async (...args: string[]) => {
    const error = await refusal(() => run(args, env))
    expect(error).toBeInstanceOf(LakeConfigError)
    expect(error instanceof Error && error.message).toBe(`usage: ${usage}`)
  })
})

it('lake users add names both required options in its usage error', async () => {
  const error = await refusal(() => usersCommand(['add', 'ann', '--email', 'ann@marquee.test'], env))
  expect(error instanceof Error && error.message).toBe(
    `usage: ${USERS_USAGE} (--email and --role are required)`,
  )
})

it('lake users and tokens still run a good call', async () => {
  await usersCommand(['add', 'ann', '--email', 'ann@marquee.test', '--role', 'editor'], env)
  const error = await refusal(() => tokensCommand(['create', '--user', 'ann'], env))
  expect(error).toBeUndefined()
})
