// The lake's own certificate authority and the server certificate it signs, made with @peculiar/x509 on WebCrypto.
//
// The CA is name-constrained (RFC 5280 nameConstraints, critical) to `localhost` (which covers *.localhost) and the
// loopback addresses: once a user trusts it, its key can vouch for nothing but this machine, even if it leaked.
// @peculiar/x509 needs a Reflect metadata polyfill loaded before it (its README says so).
import 'reflect-metadata'
import { AsnConvert } from '@peculiar/asn1-schema'
import {
  GeneralName,
  GeneralSubtree,
  GeneralSubtrees,
  id_ce_nameConstraints,
  NameConstraints,
} from '@peculiar/asn1-x509'
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  ExtendedKeyUsage,
  ExtendedKeyUsageExtension,
  Extension,
  type JsonGeneralName,
  KeyUsageFlags,
  KeyUsagesExtension,
  PemConverter,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  X509Certificate,
  X509CertificateGenerator,
} from '@peculiar/x509'

// The global WebCrypto (Node's, typed as the DOM's, which is what @peculiar/x509 expects).
const webcrypto = globalThis.crypto
const { subtle } = webcrypto
const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' }
const SIGNING_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' }
const DAY_MS = 24 * 60 * 60 * 1000

export const CA_LIFETIME_DAYS = 3650
/** Under the 398 days browsers accept for public certificates, so no browser has a reason to object. */
export const LEAF_LIFETIME_DAYS = 397

/** What the CA may sign for: the name `localhost` and its subdomains, 127.0.0.0/8 and ::1. */
export const PERMITTED_DNS = 'localhost'
export const PERMITTED_IPS: readonly string[] = ['127.0.0.0/8', '::1/128']

/** The Studio calls `https://<projectId>.localhost:<port>` (project id `local`). */
export const LEAF_DNS_NAMES: readonly string[] = ['localhost', 'local.localhost', '*.localhost']
export const LEAF_IPS: readonly string[] = ['127.0.0.1', '::1']

export const CA_COMMON_NAME = 'Marquee lake local CA'

export interface PemPair {
  certPem: string
  keyPem: string
}

function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16))
  // Positive and non-zero: the top bit clear, the first byte set.
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x01
  return Buffer.from(bytes).toString('hex')
}

function nameConstraintsExtension(): Extension {
  const permitted = [
    new GeneralSubtree({ base: new GeneralName({ dNSName: PERMITTED_DNS }) }),
    ...PERMITTED_IPS.map((cidr) => new GeneralSubtree({ base: new GeneralName({ iPAddress: cidr }) })),
  ]
  const value = AsnConvert.serialize(
    new NameConstraints({ permittedSubtrees: new GeneralSubtrees(permitted) }),
  )
  return new Extension(id_ce_nameConstraints, true, value)
}

async function newKeyPair(): Promise<CryptoKeyPair> {
  return subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify'])
}

async function privateKeyPem(key: CryptoKey): Promise<string> {
  return PemConverter.encode(await subtle.exportKey('pkcs8', key), 'PRIVATE KEY')
}

export async function createCertificateAuthority(now: Date = new Date()): Promise<PemPair> {
  const keys = await newKeyPair()
  const cert = await X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: randomSerial(),
      name: `CN=${CA_COMMON_NAME}, O=Marquee (this machine only)`,
      notBefore: new Date(now.getTime() - DAY_MS),
      notAfter: new Date(now.getTime() + CA_LIFETIME_DAYS * DAY_MS),
      keys,
      signingAlgorithm: SIGNING_ALGORITHM,
      extensions: [
        new BasicConstraintsExtension(true, 0, true),
        new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
        nameConstraintsExtension(),
        await SubjectKeyIdentifierExtension.create(keys.publicKey),
      ],
    },
    webcrypto,
  )
  return { certPem: cert.toString('pem'), keyPem: await privateKeyPem(keys.privateKey) }
}

export interface ServerCertificateOptions {
  now?: Date
  dnsNames?: readonly string[]
  ips?: readonly string[]
  lifetimeDays?: number
}

/** A server certificate signed by the CA. Tests pass other names to prove the constraint holds. */
export async function issueServerCertificate(
  ca: PemPair,
  options: ServerCertificateOptions = {},
): Promise<PemPair> {
  const now = options.now ?? new Date()
  const dnsNames = options.dnsNames ?? LEAF_DNS_NAMES
  const ips = options.ips ?? LEAF_IPS
  const caCert = new X509Certificate(ca.certPem)
  const caKey = await subtle.importKey('pkcs8', PemConverter.decodeFirst(ca.keyPem), KEY_ALGORITHM, false, [
    'sign',
  ])
  const keys = await newKeyPair()
  const cert = await X509CertificateGenerator.create(
    {
      serialNumber: randomSerial(),
      subject: `CN=${dnsNames[0] ?? 'localhost'}`,
      issuer: caCert.subject,
      notBefore: new Date(now.getTime() - DAY_MS),
      notAfter: new Date(now.getTime() + (options.lifetimeDays ?? LEAF_LIFETIME_DAYS) * DAY_MS),
      publicKey: keys.publicKey,
      signingKey: caKey,
      signingAlgorithm: SIGNING_ALGORITHM,
      extensions: [
        new BasicConstraintsExtension(false, undefined, true),
        new KeyUsagesExtension(KeyUsageFlags.digitalSignature, true),
        new ExtendedKeyUsageExtension([ExtendedKeyUsage.serverAuth]),
        new SubjectAlternativeNameExtension(subjectAltNames(dnsNames, ips)),
        await SubjectKeyIdentifierExtension.create(keys.publicKey, false, webcrypto),
        await AuthorityKeyIdentifierExtension.create(caCert, false, webcrypto),
      ],
    },
    webcrypto,
  )
  return { certPem: cert.toString('pem'), keyPem: await privateKeyPem(keys.privateKey) }
}

function subjectAltNames(dnsNames: readonly string[], ips: readonly string[]): JsonGeneralName[] {
  const dns = dnsNames.map((value): JsonGeneralName => ({ type: 'dns', value }))
  return [...dns, ...ips.map((value): JsonGeneralName => ({ type: 'ip', value }))]
}
