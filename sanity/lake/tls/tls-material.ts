// The lake's CA and server certificate on disk, in `$dataDir/tls/` (folder 0700, files 0600): made on first start,
// the server certificate renewed when it nears expiry or no longer chains to the CA, everything renewed when the CA
// itself nears expiry (it must then be trusted again).
import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  createCertificateAuthority,
  issueServerCertificate,
  LEAF_DNS_NAMES,
  type PemPair,
} from './certificates.ts'

export const TLS_DIR = 'tls'
export const CA_CERT_FILE = 'ca.crt'
export const CA_KEY_FILE = 'ca.key'
export const SERVER_CERT_FILE = 'server.crt'
export const SERVER_KEY_FILE = 'server.key'

/** Renew when less than this is left, so a lake started once a month never serves an expired certificate. */
export const RENEW_BEFORE_MS = 30 * 24 * 60 * 60 * 1000

export interface TlsMaterial {
  ca: PemPair
  server: PemPair
  /** Absolute-or-relative path of the CA certificate, for `trust` and for clients that pass it as `ca`. */
  caCertPath: string
  /** What this call did, so the CLI can say it. */
  created: 'none' | 'server' | 'all'
}

export function tlsDir(dataDir: string): string {
  return join(dataDir, TLS_DIR)
}

export function caCertPath(dataDir: string): string {
  return join(tlsDir(dataDir), CA_CERT_FILE)
}

function readPair(dir: string, certFile: string, keyFile: string): PemPair | undefined {
  const certPath = join(dir, certFile)
  const keyPath = join(dir, keyFile)
  if (!existsSync(certPath) || !existsSync(keyPath)) return undefined
  return { certPem: readFileSync(certPath, 'utf8'), keyPem: readFileSync(keyPath, 'utf8') }
}

function writeSecret(path: string, content: string): void {
  writeFileSync(path, content, { mode: 0o600 })
  // The mode only applies when the file is created; an older file with a wider mode is narrowed too.
  chmodSync(path, 0o600)
}

function writePair(dir: string, certFile: string, keyFile: string, pair: PemPair): void {
  writeSecret(join(dir, keyFile), pair.keyPem)
  writeSecret(join(dir, certFile), pair.certPem)
}

function parse(pem: string): X509Certificate | undefined {
  try {
    return new X509Certificate(pem)
  } catch {
    return undefined
  }
}

/** A half-written pair (the key from one run, the certificate from another) must not be served. */
function keyMatches(pair: PemPair, cert: X509Certificate): boolean {
  try {
    const fromKey = createPublicKey(createPrivateKey(pair.keyPem)).export({ type: 'spki', format: 'der' })
    return fromKey.equals(cert.publicKey.export({ type: 'spki', format: 'der' }))
  } catch {
    return false
  }
}

function fresh(cert: X509Certificate, now: Date): boolean {
  return cert.validFromDate <= now && cert.validToDate.getTime() - now.getTime() > RENEW_BEFORE_MS
}

function caUsable(ca: PemPair | undefined, now: Date): ca is PemPair {
  if (!ca) return false
  const cert = parse(ca.certPem)
  return cert?.ca === true && fresh(cert, now) && keyMatches(ca, cert)
}

function serverUsable(server: PemPair | undefined, ca: PemPair, now: Date): boolean {
  if (!server) return false
  const cert = parse(server.certPem)
  const caCert = parse(ca.certPem)
  if (!cert || !caCert || !fresh(cert, now)) return false
  const names = cert.subjectAltName ?? ''
  return (
    keyMatches(server, cert) &&
    cert.checkIssued(caCert) &&
    cert.verify(caCert.publicKey) &&
    LEAF_DNS_NAMES.every((name) => names.includes(`DNS:${name}`))
  )
}

export async function ensureTlsMaterial(dataDir: string, now: Date = new Date()): Promise<TlsMaterial> {
  const dir = tlsDir(dataDir)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  chmodSync(dir, 0o700)
  let created: TlsMaterial['created'] = 'none'
  let ca = readPair(dir, CA_CERT_FILE, CA_KEY_FILE)
  if (!caUsable(ca, now)) {
    ca = await createCertificateAuthority(now)
    writePair(dir, CA_CERT_FILE, CA_KEY_FILE, ca)
    created = 'all'
  }
  let server = readPair(dir, SERVER_CERT_FILE, SERVER_KEY_FILE)
  if (created === 'all' || !server || !serverUsable(server, ca, now)) {
    server = await issueServerCertificate(ca, { now })
    writePair(dir, SERVER_CERT_FILE, SERVER_KEY_FILE, server)
    if (created === 'none') created = 'server'
  }
  return { ca, server, caCertPath: caCertPath(dataDir), created }
}
