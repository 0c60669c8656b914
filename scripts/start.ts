// `npm start`: `next start`, after registering the site's revalidation webhook on the embedded lake so
// publishing refreshes pages at once. Against hosted Sanity (NEXT_PUBLIC_SANITY_PROJECT_ID set) it starts
// next as is: the webhook is created in sanity.io/manage and its secret set in SANITY_REVALIDATE_SECRET.
// When the lake's URL is on this machine and nothing answers there, it starts the lake first, supervised
// (`lake supervise` restarts a lake that dies, and says so); a lake already running is used as it is.
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseEnv } from '#lib/env.ts'
import { isLocalLake, lakeAnswers, SUPERVISED_LAKE_ARGS, waitForLake } from './lib/lake-process.ts'
import { ensurePreviewToken, lakeDataDir } from './preview-token.ts'
import { lakeRootToken, registerRevalidationWebhook } from './revalidation-webhook.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const port = process.env.PORT ?? '3000'

async function revalidateSecret(): Promise<string | undefined> {
  const sanity = parseEnv(process.env)
  if (sanity.backend !== 'lake') return process.env.SANITY_REVALIDATE_SECRET
  const token = lakeRootToken(process.env, root)
  if (!token) {
    console.warn(
      'start: no lake token (LAKE_TOKEN or .lake-data/token); pages refresh on the 6-hour timer only',
    )
    return process.env.SANITY_REVALIDATE_SECRET
  }
  try {
    const secret = await registerRevalidationWebhook({
      lakeUrl: sanity.apiHost,
      token,
      siteUrl: process.env.REVALIDATE_SITE_URL ?? `http://127.0.0.1:${port}`,
      dataset: sanity.dataset,
      secret: process.env.SANITY_REVALIDATE_SECRET?.trim() || undefined,
    })
    console.log(`start: revalidation webhook registered on the lake at ${sanity.apiHost}`)
    return secret
  } catch (error) {
    console.warn(
      `start: could not register the revalidation webhook (${error instanceof Error ? error.message : String(error)}); ` +
        'pages refresh on the 6-hour timer only. Is the lake running (npm run lake)?',
    )
    return process.env.SANITY_REVALIDATE_SECRET
  }
}

/** Draft mode (Presentation) reads drafts with a viewer token kept with a local lake's data; server-only. */
function previewToken(): string | undefined {
  const sanity = parseEnv(process.env)
  if (process.env.SANITY_PREVIEW_TOKEN?.trim() || sanity.token) return undefined
  if (sanity.backend !== 'lake' || !isLocalLake(sanity.apiHost)) return undefined
  try {
    return ensurePreviewToken(lakeDataDir(process.env, root))
  } catch (error) {
    console.warn(
      `start: no draft preview token (${error instanceof Error ? error.message : String(error)}); draft mode is off`,
    )
    return undefined
  }
}

/** Starts the supervised lake when the site reads a local lake that is not running yet. */
async function startLakeIfNeeded(): Promise<ChildProcess | undefined> {
  const sanity = parseEnv(process.env)
  if (sanity.backend !== 'lake' || !isLocalLake(sanity.apiHost) || (await lakeAnswers(sanity.apiHost)))
    return undefined
  console.log(`start: no lake answers at ${sanity.apiHost}; starting one (supervised)`)
  // The lake listens where the site will look for it: LAKE_URL's port, whatever LAKE_PORT says.
  const env = { ...process.env, LAKE_PORT: new URL(sanity.apiHost).port || '80' }
  const lake = spawn(process.execPath, SUPERVISED_LAKE_ARGS, { cwd: root, env, stdio: 'inherit' })
  try {
    await waitForLake(sanity.apiHost, lake)
  } catch (error) {
    lake.kill('SIGTERM')
    throw error
  }
  return lake
}

async function main(): Promise<void> {
  const lake = await startLakeIfNeeded()
  const secret = await revalidateSecret()
  const preview = previewToken()
  const env = {
    ...process.env,
    ...(secret ? { SANITY_REVALIDATE_SECRET: secret } : {}),
    ...(preview ? { SANITY_PREVIEW_TOKEN: preview } : {}),
  }
  const next = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--port', port, ...process.argv.slice(2)],
    { cwd: root, env, stdio: 'inherit' },
  )
  let stopping = false
  const forward = (signal: NodeJS.Signals) => {
    stopping = true
    next.kill(signal)
    lake?.kill(signal)
  }
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  next.on('exit', (code) => {
    process.exitCode = code ?? 1
    lake?.kill('SIGTERM')
  })
  // The supervisor only exits when it gives up on the lake: the site cannot serve without it.
  lake?.on('exit', (code) => {
    if (stopping || next.exitCode !== null || next.signalCode !== null) return
    console.error(`start: the lake supervisor exited (code ${code ?? 'unknown'}); stopping the site`)
    process.exitCode = code || 1
    next.kill('SIGTERM')
  })
}

main().catch((error: unknown) => {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
