// Per-user Studio preferences (`/users/me/keyvalue`: pane layouts, sort orders). Kept in memory for the
// life of the lake process: they are conveniences the Studio falls back from (a missing key reads as
// null), so losing them on restart costs an editor a click, and the store needs no schema.
import type { LakeContext } from '../http/types.ts'

export interface KeyValuePair {
  key: string
  value: unknown
}

/** Bounds one user's memory: the Studio writes a handful of keys per document type. */
export const MAX_KEYS_PER_USER = 1000
export const MAX_KEY_LENGTH = 256

export class UserKeyValues {
  readonly #byUser = new Map<string, Map<string, unknown>>()

  get(userId: string, keys: readonly string[]): KeyValuePair[] {
    const values = this.#byUser.get(userId)
    return keys.map((key) => ({ key, value: values?.get(key) ?? null }))
  }

  /** Writes all pairs or none: false when the user would pass MAX_KEYS_PER_USER. */
  set(userId: string, pairs: readonly KeyValuePair[]): boolean {
    const values = this.#byUser.get(userId) ?? new Map<string, unknown>()
    const added = new Set(pairs.map((pair) => pair.key).filter((key) => !values.has(key)))
    if (values.size + added.size > MAX_KEYS_PER_USER) return false
    for (const { key, value } of pairs) {
      if (value === null) values.delete(key)
      else values.set(key, value)
    }
    this.#byUser.set(userId, values)
    return true
  }
}

const stores = new WeakMap<LakeContext, UserKeyValues>()

/** One store per running lake (tests start many lakes in one process). */
export function userKeyValuesFor(lake: LakeContext): UserKeyValues {
  let store = stores.get(lake)
  if (!store) {
    store = new UserKeyValues()
    stores.set(lake, store)
  }
  return store
}
