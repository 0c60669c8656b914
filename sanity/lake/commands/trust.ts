// `lake trust` / `lake untrust`: add the lake's CA to (or remove it from) this user's browser certificate stores,
// so the Studio reaches https://local.localhost:<port> without a warning. No root, no browser flag.
import { homedir } from 'node:os'
import { resolve } from 'node:path'
import { PERMITTED_DNS, PERMITTED_IPS } from '../tls/certificates.ts'
import {
  findCertutil,
  isTrustedIn,
  nssDatabases,
  type TrustOutcome,
  trustCa,
  untrustCa,
} from '../tls/nss-trust.ts'
import { ensureTlsMaterial } from '../tls/tls-material.ts'
import { type LakeEnvironment, lakeEnvironment } from './environment.ts'

export interface TrustContext {
  env: LakeEnvironment
  /** Whose browser stores: $HOME, so tests can point it at a temp folder. */
  home: string
  certutil: string | undefined
  print: (line: string) => void
}

export function userTrustContext(): Omit<TrustContext, 'env'> {
  return { home: process.env.HOME || homedir(), certutil: findCertutil(), print: (line) => console.log(line) }
}

function defaultContext(): TrustContext {
  return { env: lakeEnvironment(), ...userTrustContext() }
}

const SCOPE = `${PERMITTED_DNS} (and *.${PERMITTED_DNS}), ${PERMITTED_IPS.join(', ')}`
const UNDO = 'To undo: npm run lake -- untrust'

function missingCertutil(print: TrustContext['print']): void {
  print('certutil was not found, so no browser was told to trust the lake.')
  print('Install it (Debian/Ubuntu: sudo apt-get install libnss3-tools), then run: npm run lake -- trust')
}

function report(outcomes: readonly TrustOutcome[], print: TrustContext['print']): void {
  for (const { database, action } of outcomes) print(`  ${database.label}: ${action} (sql:${database.dir})`)
}

export async function trustCommand(
  _args: readonly string[],
  context: TrustContext = defaultContext(),
): Promise<void> {
  const { print } = context
  const tls = await ensureTlsMaterial(context.env.dataDir)
  if (!context.certutil) {
    missingCertutil(print)
    process.exitCode = 1
    return
  }
  const outcomes = trustCa(context.certutil, context.home, tls.caCertPath)
  print(`The lake's certificate authority (${resolve(tls.caCertPath)}) is trusted for web sites by:`)
  report(outcomes, print)
  print(`It can only vouch for ${SCOPE}: its certificate says so (X.509 name constraints).`)
  print(`Restart the browser if it was open. ${UNDO}`)
}

export async function untrustCommand(
  _args: readonly string[],
  context: TrustContext = defaultContext(),
): Promise<void> {
  const { print } = context
  if (!context.certutil) {
    missingCertutil(print)
    process.exitCode = 1
    return
  }
  const outcomes = untrustCa(context.certutil, context.home)
  print("Removed the Marquee lake's certificate authority from this user's browser stores:")
  report(outcomes, print)
  print(
    'The Studio will now report that it cannot reach the lake securely; `npm run lake -- trust` brings it back.',
  )
}

/**
 * For `lake start`: trusts the CA when some store does not know it yet, saying what it did and how to undo it.
 * Never throws: a lake that cannot be trusted still serves the site and scripts over plain HTTP.
 */
export function trustOnStart(
  caCertPem: string,
  context: Omit<TrustContext, 'env'>,
  caCertPath: string,
): void {
  const { print, certutil } = context
  if (!certutil) {
    missingCertutil(print)
    return
  }
  try {
    const databases = nssDatabases(context.home)
    if (databases.every((database) => isTrustedIn(certutil, database.dir, caCertPem))) return
    print(
      `Trusting the lake's own certificate authority so the Studio can use HTTPS (HTTP/2) on this machine:`,
    )
    report(trustCa(certutil, context.home, caCertPath), print)
    print(`It can only vouch for ${SCOPE}. ${UNDO} (set LAKE_AUTO_TRUST=0 to skip this step).`)
  } catch (error) {
    print(`Could not trust the lake's CA: ${error instanceof Error ? error.message : String(error)}`)
    print('Run `npm run lake -- trust` to try again; the site and scripts work regardless (plain HTTP).')
  }
}
