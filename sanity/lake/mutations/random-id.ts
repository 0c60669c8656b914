// Random ids in the style Sanity's servers generate (22 base62 characters) and array keys (12 hex).
import { randomBytes } from 'node:crypto'

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** 22 base62 characters (~131 bits): used for generated document ids, revisions and transaction ids. */
export function randomId(length = 22): string {
  let id = ''
  while (id.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 * 62: rejecting larger bytes keeps every character equally likely.
      if (byte < 248 && id.length < length) id += BASE62[byte % 62]
    }
  }
  return id
}

/** A `_key` for an array item, like the Studio's (12 hex characters). */
export function randomKey(): string {
  return randomBytes(6).toString('hex')
}
