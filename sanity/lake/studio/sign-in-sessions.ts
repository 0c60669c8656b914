// One-time session ids for the Studio's sign-in callback: the sign-in page hands the browser `#sid=…`,
// and the Studio trades it once, within a short window, for the token (`/auth/fetch?sid=`).
import { randomBytes } from 'node:crypto'
import type { LakeContext } from '../http/types.ts'

/** Long enough for a redirect and a page load, short enough that a leaked URL is soon worthless. */
export const SESSION_ID_LIFETIME_MS = 2 * 60 * 1000
/** Sign-ins nobody completed are dropped past this many, oldest first. */
const MAX_PENDING = 100

interface PendingSession {
  token: string
  expiresAt: number
}

export class SignInSessions {
  readonly #pending = new Map<string, PendingSession>()
  readonly #now: () => number

  constructor(now: () => number = Date.now) {
    this.#now = now
  }

  /** Returns a fresh id (32 url-safe characters: the Studio wants at least 20, and no `&`). */
  issue(token: string): string {
    this.#dropExpired()
    while (this.#pending.size >= MAX_PENDING) {
      const oldest = this.#pending.keys().next()
      if (oldest.done) break
      this.#pending.delete(oldest.value)
    }
    const id = randomBytes(24).toString('base64url')
    this.#pending.set(id, { token, expiresAt: this.#now() + SESSION_ID_LIFETIME_MS })
    return id
  }

  /** The token for `id`, once: a second call, or a call after expiry, gets undefined. */
  redeem(id: string): string | undefined {
    const session = this.#pending.get(id)
    if (!session) return undefined
    this.#pending.delete(id)
    return session.expiresAt > this.#now() ? session.token : undefined
  }

  #dropExpired(): void {
    const now = this.#now()
    for (const [id, session] of this.#pending) {
      if (session.expiresAt <= now) this.#pending.delete(id)
    }
  }
}

const sessions = new WeakMap<LakeContext, SignInSessions>()

export function signInSessionsFor(lake: LakeContext): SignInSessions {
  let found = sessions.get(lake)
  if (!found) {
    found = new SignInSessions()
    sessions.set(lake, found)
  }
  return found
}
