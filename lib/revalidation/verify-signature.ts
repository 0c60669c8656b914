// Checks a `sanity-webhook-signature` header (`t=<ms>,v1=<base64url HMAC-SHA256 of "<t>.<body>">`) the way
// Sanity signs it: @sanity/webhook decodes the header and computes the expected signature; the comparison
// is constant time (its own `isValidSignature` compares with `!==`), and old timestamps are refused so a
// captured request cannot be replayed.
import { timingSafeEqual } from 'node:crypto'
import { decodeSignatureHeader, encodeSignatureHeader, isSignatureError } from '@sanity/webhook'

/** How old (or how far in the future) a signature's timestamp may be. */
export const SIGNATURE_MAX_AGE_MS = 5 * 60 * 1000

export type SignatureCheck = 'valid' | 'missing' | 'malformed' | 'mismatch' | 'expired'

export async function checkSignature(
  body: string,
  header: string | null,
  secret: string,
  now: number,
): Promise<SignatureCheck> {
  if (header === null || header.trim() === '') return 'missing'
  let timestamp: number
  try {
    timestamp = decodeSignatureHeader(header).timestamp
  } catch (error) {
    if (isSignatureError(error)) return 'malformed'
    throw error
  }
  let expected: string
  try {
    expected = await encodeSignatureHeader(body, timestamp, secret)
  } catch (error) {
    // An empty body or a timestamp before 2021: nothing Sanity would have signed.
    if (isSignatureError(error)) return 'malformed'
    throw error
  }
  const presented = Buffer.from(header.trim(), 'utf8')
  const wanted = Buffer.from(expected, 'utf8')
  if (presented.length !== wanted.length || !timingSafeEqual(presented, wanted)) return 'mismatch'
  // Judged after the HMAC, so a forged header learns nothing from which check failed first.
  if (Math.abs(now - timestamp) > SIGNATURE_MAX_AGE_MS) return 'expired'
  return 'valid'
}
