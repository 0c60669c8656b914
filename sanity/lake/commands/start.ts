// `lake start`: serve the lake until SIGINT/SIGTERM. Configured by LAKE_PORT, LAKE_HOST, LAKE_DATA_DIR, LAKE_TOKEN, LAKE_CORS_ORIGINS.
import { resolve } from 'node:path'
import { DEFAULT_HOST, DEFAULT_PORT, startLake } from '../server.ts'
import { type LakeEnvironment, lakeEnvironment } from './environment.ts'
import { trustOnStart, userTrustContext } from './trust.ts'

export async function startCommand(
  _args: readonly string[],
  env: LakeEnvironment = lakeEnvironment(),
): Promise<void> {
  const lake = await startLake({
    port: env.port ?? DEFAULT_PORT,
    host: env.host ?? DEFAULT_HOST,
    dataDir: env.dataDir,
    token: env.token,
    corsOrigins: env.corsOrigins,
    log: (line) => console.error(line),
  })
  console.log(`Content Lake listening on ${lake.url}`)
  console.log(`  browsers (HTTP/2 over TLS, same port): ${lake.secureUrl}`)
  if (lake.tlsCreated === 'all')
    console.log(`Created the lake's certificate authority: ${resolve(lake.caCertPath)}`)
  // Tests and CI start the lake without a terminal: they must not touch the user's browser stores.
  if (env.autoTrust ?? process.stdout.isTTY === true)
    trustOnStart(lake.caCertPem, userTrustContext(), lake.caCertPath)
  console.log(`Data directory: ${resolve(env.dataDir)}`)
  if (env.corsOrigins) console.log(`Studio origins allowed: ${env.corsOrigins.join(', ')}`)
  if (lake.tokenGenerated) {
    console.log(`Generated a root token (stored in ${resolve(env.dataDir, 'token')}, mode 0600):`)
    console.log(`  ${lake.token}`)
  } else if (env.token === undefined) {
    console.log(`Root token: read from ${resolve(env.dataDir, 'token')}`)
  }
  const stop = (): void => {
    lake.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
