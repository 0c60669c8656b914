// The lake's command line: a thin dispatcher; each subcommand lives in commands/.
//   node sanity/lake/cli.ts [start] | dataset create <name> | dataset list | users … | tokens … | trust | untrust
// To add a subcommand (seed, import, export): write commands/<name>.ts exporting `(args) => Promise<void>`
// and add one line to COMMANDS.
import { datasetCommand } from './commands/dataset.ts'
import { LakeConfigError } from './commands/environment.ts'
import { EXPORT_USAGE, exportCommand } from './commands/export.ts'
import { IMPORT_USAGE, importCommand } from './commands/import.ts'
import { seedCommand } from './commands/seed.ts'
import { startCommand } from './commands/start.ts'
import { superviseCommand } from './commands/supervise.ts'
import { TOKENS_USAGE, tokensCommand } from './commands/tokens.ts'
import { trustCommand, untrustCommand } from './commands/trust.ts'
import { USERS_USAGE, usersCommand } from './commands/users.ts'
import { WEBHOOKS_USAGE, webhooksCommand } from './commands/webhooks.ts'

type Command = (args: readonly string[]) => Promise<void>

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  start: {
    run: startCommand,
    summary: 'serve the lake (LAKE_PORT, LAKE_HOST, LAKE_DATA_DIR, LAKE_TOKEN, LAKE_CORS_ORIGINS)',
  },
  supervise: {
    run: superviseCommand,
    summary: 'run `start` as a child and restart it when it dies (crash, out of memory, kill -9)',
  },
  dataset: { run: datasetCommand, summary: 'dataset create <name> | dataset list' },
  seed: { run: seedCommand, summary: 'import the demo magazine into production (idempotent)' },
  import: { run: importCommand, summary: IMPORT_USAGE },
  export: { run: exportCommand, summary: EXPORT_USAGE },
  users: { run: usersCommand, summary: USERS_USAGE },
  tokens: { run: tokensCommand, summary: TOKENS_USAGE },
  webhooks: { run: webhooksCommand, summary: WEBHOOKS_USAGE },
  trust: {
    run: trustCommand,
    summary: "let this user's browsers trust the lake's HTTPS (certutil, no root)",
  },
  untrust: { run: untrustCommand, summary: "remove the lake's CA from this user's browsers" },
}

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(10)} ${summary}`)
  return [
    'Usage: node sanity/lake/cli.ts [command] [args]   (npm run lake -- <command>; no command: start)',
    '',
    'Commands:',
    ...lines,
  ].join('\n')
}

async function main(argv: readonly string[]): Promise<void> {
  // No command means `start`, so `npm run lake` serves and `npm run lake -- trust` reaches the other commands.
  const [name = 'start', ...args] = argv
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    console.error(usage())
    process.exitCode = name === 'help' || name === '--help' ? 0 : 2
    return
  }
  await command.run(args)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof LakeConfigError) {
    console.error(`lake: ${error.message}`)
    process.exitCode = 2
    return
  }
  console.error(error)
  process.exitCode = 1
})
