// GET /v{v}/users/me/keyvalue/{k1,k2} and PUT /v{v}/users/me/keyvalue: the Studio's per-user preferences.
import { isJsonObject } from '../../mutations/parse-mutations.ts'
import { requireSignedIn } from '../../studio/current-user.ts'
import {
  type KeyValuePair,
  MAX_KEY_LENGTH,
  MAX_KEYS_PER_USER,
  userKeyValuesFor,
} from '../../studio/user-key-values.ts'
import { readJsonBody } from '../body.ts'
import { badRequest, httpError } from '../http-error.ts'
import { sendJson } from '../response.ts'
import type { LakeRequest, Route } from '../types.ts'

/** Preferences are small; a megabyte bounds what one PUT can hold in the lake's memory. */
const KEY_VALUE_BODY_LIMIT = 1024 * 1024

function validKey(key: string): boolean {
  return key !== '' && key.length <= MAX_KEY_LENGTH
}

function readKeys({ res, identity, params, lake }: LakeRequest): void {
  const user = requireSignedIn(identity)
  const keys = (params.keys ?? '').split(',')
  if (!keys.every(validKey)) {
    throw badRequest(`Keys must be 1 to ${MAX_KEY_LENGTH} characters, separated by commas`)
  }
  sendJson(res, 200, userKeyValuesFor(lake).get(user.userId, keys))
}

function parsePairs(body: unknown): KeyValuePair[] {
  const items = Array.isArray(body) ? body : [body]
  return items.map((item) => {
    if (!isJsonObject(item) || typeof item.key !== 'string' || !validKey(item.key) || !('value' in item)) {
      throw badRequest(
        `The body must be an array of {key, value} with keys of 1 to ${MAX_KEY_LENGTH} characters`,
      )
    }
    return { key: item.key, value: item.value }
  })
}

async function writeKeys({ req, res, identity, lake }: LakeRequest): Promise<void> {
  const user = requireSignedIn(identity)
  const pairs = parsePairs(await readJsonBody(req, KEY_VALUE_BODY_LIMIT))
  if (!userKeyValuesFor(lake).set(user.userId, pairs)) {
    throw httpError(409, `A user may keep at most ${MAX_KEYS_PER_USER} preferences`)
  }
  sendJson(res, 200, pairs)
}

export const studioKeyValueRoutes: readonly Route[] = [
  { path: 'users/me/keyvalue/:keys', versioned: true, methods: ['GET'], handle: readKeys },
  { path: 'users/me/keyvalue', versioned: true, methods: ['PUT'], handle: writeKeys },
]
