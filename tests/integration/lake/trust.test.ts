// `lake trust` / `untrust` with the real certutil against NSS databases in a temporary $HOME.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type TrustContext, trustCommand, trustOnStart, untrustCommand } from '#sanity/lake/commands/trust.ts'
import { caNickname, findCertutil } from '#sanity/lake/tls/nss-trust.ts'
import { ensureTlsMaterial } from '#sanity/lake/tls/tls-material.ts'

const certutil = findCertutil()
let home: string
let lines: string[]
let context: TrustContext

function listing(dir: string): string {
  return execFileSync(certutil ?? 'certutil', ['-L', '-d', `sql:${dir}`], { encoding: 'utf8' })
}

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'marquee-home-'))
  lines = []
  context = { env: { dataDir: join(home, 'lake-data') }, home, certutil, print: (line) => lines.push(line) }
})

afterEach(() => {
  process.exitCode = undefined
  rmSync(home, { recursive: true, force: true })
})

describe.skipIf(certutil === undefined)('trusting the lake CA (certutil)', () => {
  it('adds the CA to a new Chromium store and every Firefox profile, then removes it', async () => {
    const profile = join(home, '.mozilla/firefox/abc123.default-release')
    mkdirSync(profile, { recursive: true })
    execFileSync(certutil ?? 'certutil', ['-N', '-d', `sql:${profile}`, '--empty-password'])
    const chromium = join(home, '.pki/nssdb')

    await trustCommand([], context)
    const { certPem } = (await ensureTlsMaterial(context.env.dataDir)).ca
    const nickname = caNickname(certPem)
    for (const dir of [chromium, profile]) expect(listing(dir)).toMatch(new RegExp(`${nickname}\\s+C,,`))
    expect(lines.join('\n')).toContain('Chromium and Chrome: created the store and added')
    expect(lines.join('\n')).toContain('Firefox profile abc123.default-release: added')
    expect(lines.join('\n')).toContain('npm run lake -- untrust')

    lines = []
    await trustCommand([], context)
    expect(lines.join('\n')).toContain('Chromium and Chrome: already trusted')
    expect(listing(chromium).split(nickname)).toHaveLength(2)

    await untrustCommand([], context)
    for (const dir of [chromium, profile]) expect(listing(dir)).not.toContain('Marquee lake CA')
    expect(lines.join('\n')).toContain('Chromium and Chrome: removed')
  })

  it('runs as `npm run lake -- trust` / `untrust` (the CLI), with $HOME deciding whose stores change', async () => {
    const cli = join(import.meta.dirname, '../../../sanity/lake/cli.ts')
    const env = { ...process.env, HOME: home, LAKE_DATA_DIR: join(home, 'lake-data') }
    const trusted = execFileSync(process.execPath, [cli, 'trust'], { env, encoding: 'utf8' })
    expect(trusted).toContain(`sql:${join(home, '.pki/nssdb')}`)
    expect(listing(join(home, '.pki/nssdb'))).toContain('Marquee lake CA')
    const untrusted = execFileSync(process.execPath, [cli, 'untrust'], { env, encoding: 'utf8' })
    expect(untrusted).toContain('Chromium and Chrome: removed')
    expect(listing(join(home, '.pki/nssdb'))).not.toContain('Marquee lake CA')
  })

  it('trusts on start only when a store does not know the CA yet', async () => {
    const material = await ensureTlsMaterial(context.env.dataDir)
    trustOnStart(material.ca.certPem, context, material.caCertPath)
    expect(lines.join('\n')).toMatch(/Trusting the lake's own certificate authority[\s\S]*untrust/)
    lines = []
    trustOnStart(material.ca.certPem, context, material.caCertPath)
    expect(lines).toEqual([])
  })
})

it('says how to get certutil when it is missing, and changes nothing', async () => {
  await trustCommand([], { ...context, certutil: undefined })
  expect(lines.join('\n')).toContain('libnss3-tools')
  expect(process.exitCode).toBe(1)
  expect(findCertutil('')).toBeUndefined()
})
