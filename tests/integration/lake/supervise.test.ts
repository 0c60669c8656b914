// `lake supervise` as dev.ts and `npm start` run it: a lake killed with -9 is started again and answers.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { superviseLake } from '#sanity/lake/commands/supervise.ts'
import { clientFor } from './lake-fixture.ts'
import { freePort, type LakeProcess, lakeHealthy, spawnLake, stopLakeProcess, until } from './lake-process.ts'

const TOKEN = 'supervise-test-token'
const lakes: LakeProcess[] = []
const dirs: string[] = []

afterEach(async () => {
  for (const lake of lakes.splice(0)) await stopLakeProcess(lake)
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function lakePids(output: string): number[] {
  return [...output.matchAll(/started the lake \(pid (\d+)\)/g)].map((match) => Number(match[1]))
}

describe('lake supervise', () => {
  it('restarts a lake killed with -9 on the same port and data, and says so', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'marquee-lake-supervise-'))
    dirs.push(dataDir)
    const supervisor = await spawnLake({
      command: 'supervise',
      dataDir,
      port: await freePort(),
      token: TOKEN,
    })
    lakes.push(supervisor)
    const client = clientFor(supervisor.url, TOKEN)
    await client.create({ _id: 'before-crash', _type: 'note' })
    const [firstPid = 0] = lakePids(supervisor.output())
    expect(firstPid).toBeGreaterThan(0)

    process.kill(firstPid, 'SIGKILL')
    await until(() => (lakePids(supervisor.output()).length >= 2 ? true : undefined), 'a restarted lake')
    expect(supervisor.output()).toMatch(/lake exited with signal SIGKILL; restarting in \d+(\.\d+)?s/)
    await until(async () => ((await lakeHealthy(supervisor.url)) ? true : undefined), 'the restarted lake')
    expect(lakePids(supervisor.output())[1]).not.toBe(firstPid)
    expect(await client.getDocument('before-crash')).toMatchObject({ _id: 'before-crash' })
    expect(supervisor.child.exitCode).toBeNull()

    await stopLakeProcess(supervisor)
    expect(supervisor.child.exitCode).toBe(0)
    expect(await lakeHealthy(supervisor.url)).toBe(false)
  }, 40_000)

  it('gives up after the set number of fast crashes in a row, with a message', async () => {
    const lines: string[] = []
    const supervisor = superviseLake({
      start: () => spawn(process.execPath, ['-e', 'process.exit(7)'], { stdio: 'ignore' }),
      log: (line) => lines.push(line),
      initialDelayMs: 10,
      maxFastCrashes: 3,
    })
    expect(await supervisor.done).toBe(1)
    expect(lines.filter((line) => line.startsWith('started the lake'))).toHaveLength(3)
    expect(lines).toContain('lake exited with code 7; restarting in 0.01s')
    expect(lines).toContain('lake exited with code 7; restarting in 0.02s')
    expect(lines.at(-1)).toMatch(/code 7; it died 3 times in a row within 10 s of starting, giving up/)
  })

  it('does not restart a lake that stopped cleanly or was misconfigured', async () => {
    for (const [exitCode, expected] of [
      [0, 0],
      [2, 2],
    ]) {
      const lines: string[] = []
      const supervisor = superviseLake({
        start: () => spawn(process.execPath, ['-e', `process.exit(${exitCode})`], { stdio: 'ignore' }),
        log: (line) => lines.push(line),
        initialDelayMs: 10,
      })
      expect(await supervisor.done).toBe(expected)
      expect(lines.filter((line) => line.startsWith('started the lake'))).toHaveLength(1)
    }
  })
})
