// `npm run dev`: the lake, the demo magazine on first start, and `next dev`, in one terminal.
// Ctrl-C stops both children; the lake is restarted when it dies (`lake supervise`); if the supervisor
// gives up or next exits, the other is stopped too.
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { lakeAnswers, SUPERVISED_LAKE_ARGS, waitForLake } from './lib/lake-process.ts'
import { ensurePreviewToken, lakeDataDir } from './preview-token.ts'
import { lakeRootToken, registerRevalidationWebhook } from './revalidation-webhook.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const lakePort = process.env.LAKE_PORT ?? '4000'
const sitePort = process.env.PORT ?? '3000'
const lakeUrl = `http://127.0.0.1:${lakePort}`
const siteUrl = process.env.NEXT_PUBLIC_SITE_URL ?? `http://localhost:${sitePort}`
// The lake lets only these origins sign the Studio in and read cross-origin: the Studio as printed
// below, and the site's canonical origin when that is set to something else.
const studioOrigins = [...new Set([`http://localhost:${sitePort}`, new URL(siteUrl).origin])].join(',')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  LAKE_PORT: lakePort,
  LAKE_URL: process.env.LAKE_URL ?? lakeUrl,
  // The Studio (in the browser) speaks HTTP/2 over TLS to the same port; the site keeps plain HTTP (LAKE_URL).
  NEXT_PUBLIC_LAKE_URL: process.env.NEXT_PUBLIC_LAKE_URL ?? `https://localhost:${lakePort}`,
  // The lake trusts its own CA in this user's browsers on first start (and says how to undo it).
  LAKE_AUTO_TRUST: process.env.LAKE_AUTO_TRUST ?? '1',
  // Canonical links and image URLs point at the site; keep them on the port it really runs on.
  NEXT_PUBLIC_SITE_URL: siteUrl,
  LAKE_CORS_ORIGINS: process.env.LAKE_CORS_ORIGINS ?? studioOrigins,
}
const children = new Set<ChildProcess>()

function run(label: string, args: string[]): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' })
  children.add(child)
  child.on('exit', () => children.delete(child))
  child.on('error', (error) => console.error(`dev: ${label} failed to start: ${error.message}`))
  return child
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)))
}

/** Published documents visible to anyone; zero means a fresh lake that should get the demo magazine. */
async function publishedCount(): Promise<number> {
  const query = encodeURIComponent('count(*[!(_id in path("_.**"))])')
  const response = await fetch(`${lakeUrl}/v2025-02-19/data/query/production?query=${query}`)
  if (!response.ok) return 0
  const body: unknown = await response.json()
  return typeof body === 'object' && body !== null && 'result' in body && typeof body.result === 'number'
    ? body.result
    : 0
}

/** The lake calls /api/revalidate on every publish; the secret it generated reaches `next dev` through env. */
async function registerWebhook(): Promise<void> {
  const token = lakeRootToken(env, root)
  if (!token) {
    console.warn('dev: no lake token (LAKE_TOKEN or .lake-data/token); publishing will not revalidate pages')
    return
  }
  try {
    env.SANITY_REVALIDATE_SECRET = await registerRevalidationWebhook({
      lakeUrl,
      token,
      siteUrl: `http://127.0.0.1:${sitePort}`,
      dataset: env.NEXT_PUBLIC_SANITY_DATASET?.trim() || 'production',
      secret: env.SANITY_REVALIDATE_SECRET?.trim() || undefined,
    })
  } catch (error) {
    console.warn(
      `dev: could not register the revalidation webhook: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

/** Draft mode (Presentation) reads drafts with a viewer token kept with the lake's data; server-only. */
function providePreviewToken(): void {
  if (env.SANITY_PREVIEW_TOKEN?.trim() || env.SANITY_API_READ_TOKEN?.trim()) return
  try {
    env.SANITY_PREVIEW_TOKEN = ensurePreviewToken(lakeDataDir(env, root))
  } catch (error) {
    console.warn(`dev: no draft preview token: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function stopAll(signal: NodeJS.Signals = 'SIGINT'): void {
  for (const child of children) child.kill(signal)
}

async function main(): Promise<void> {
  process.on('SIGINT', () => stopAll('SIGINT'))
  process.on('SIGTERM', () => stopAll('SIGTERM'))

  // A lake already running on the port (another terminal) is reused rather than fought over. Ours runs
  // supervised: a lake that dies is restarted (and says so) instead of leaving the site without data.
  const lake = (await lakeAnswers(lakeUrl)) ? undefined : run('lake', SUPERVISED_LAKE_ARGS)
  await waitForLake(lakeUrl, lake)
  if ((await publishedCount()) === 0) {
    console.log('dev: empty dataset, seeding the demo magazine…')
    const code = await exited(run('seed', ['sanity/lake/cli.ts', 'seed']))
    if (code !== 0) throw new Error(`seeding failed (exit ${code})`)
  }

  await registerWebhook()
  providePreviewToken()
  const site = run('next', ['node_modules/next/dist/bin/next', 'dev', '--port', sitePort])
  console.log(
    `\n  Site:   http://localhost:${sitePort}\n  Studio: http://localhost:${sitePort}/studio\n  Lake:   ${lakeUrl} (browsers: ${env.NEXT_PUBLIC_LAKE_URL})\n`,
  )
  const first = await Promise.race([...children].map(async (child) => ({ child, code: await exited(child) })))
  stopAll()
  process.exitCode = first.child === site ? first.code : first.code || 1
}

main().catch((error: unknown) => {
  console.error(`dev: ${error instanceof Error ? error.message : String(error)}`)
  stopAll()
  process.exitCode = 1
})
