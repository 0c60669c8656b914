// The embedded lake as `npm run dev` and `npm start` run it: probed at /health, started supervised
// (`lake supervise` restarts a lake that dies) when nothing answers yet.
import type { ChildProcess } from 'node:child_process'

/** The lake command `npm run dev` and `npm start` run: `lake start` under a supervisor that restarts it. */
export const SUPERVISED_LAKE_ARGS = ['sanity/lake/cli.ts', 'supervise']

export async function lakeAnswers(lakeUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${lakeUrl}/health`, { signal: AbortSignal.timeout(1000) })).ok
  } catch {
    return false
  }
}

export async function waitForLake(lakeUrl: string, lake: ChildProcess | undefined): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (await lakeAnswers(lakeUrl)) return
    if (lake && lake.exitCode !== null) throw new Error('the lake exited before it was ready')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`the lake did not answer at ${lakeUrl}/health within 30 s`)
}

/** Only a lake on this machine is ours to start; a remote LAKE_URL is someone else's to run. */
export function isLocalLake(lakeUrl: string): boolean {
  const host = new URL(lakeUrl).hostname
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1'
}
