// Signing the Studio in (shared/studio-contract, sanity's authStore with `loginMethod: 'token'`):
//   1. the login screen lists `GET /v{v}/auth/providers`; the lake offers one, its own sign-in page;
//   2. `GET /auth/login?origin=<studio url>` shows a form for a lake token (root or personal); a right
//      token redirects to `<studio url>#sid=<one-time id>`, a wrong one shows the form again (401).
//      Only allowed Studio origins (LAKE_CORS_ORIGINS) get a form or a redirect; repeated failures
//      from one address are slowed down (429, http/token-attempts.ts);
//   3. the Studio trades the id at `GET /v{v}/auth/fetch?sid=` for `{token}` and keeps it in localStorage.
import { requestOrigin } from '../../assets/request-origin.ts'
import { parseReturnUrl, returnUrlWithSessionId } from '../../studio/return-url.ts'
import { renderSignInPage, SIGN_IN_PAGE_HEADERS } from '../../studio/sign-in-page.ts'
import { signInSessionsFor } from '../../studio/sign-in-sessions.ts'
import { readBody } from '../body.ts'
import { studioOriginsOf } from '../cors.ts'
import { unauthorized } from '../http-error.ts'
import { sendJson } from '../response.ts'
import { tokenAttemptsFor } from '../token-attempts.ts'
import type { LakeContext, LakeRequest, LakeResponse, Route } from '../types.ts'

export const LAKE_PROVIDER_NAME = 'marquee-lake'
export const LAKE_PROVIDER_TITLE = 'Sign in to the Marquee lake'
export const SIGN_IN_PATH = '/auth/login'

/** A token and a URL fit in far less; the limit keeps a form post from holding memory. */
const FORM_BODY_LIMIT = 16 * 1024

function providers({ req, res }: LakeRequest): void {
  sendJson(res, 200, {
    thirdPartyLogin: false,
    sso: {},
    providers: [
      { name: LAKE_PROVIDER_NAME, title: LAKE_PROVIDER_TITLE, url: `${requestOrigin(req)}${SIGN_IN_PATH}` },
    ],
  })
}

function sendPage(
  res: LakeResponse,
  statusCode: number,
  html: string,
  headers: Record<string, string> = {},
): void {
  res.statusCode = statusCode
  for (const [name, value] of Object.entries({ ...SIGN_IN_PAGE_HEADERS, ...headers }))
    res.setHeader(name, value)
  res.setHeader('content-length', Buffer.byteLength(html))
  res.end(html)
}

const BAD_RETURN_URL =
  'This sign-in link has no valid Studio address to return to (it must be an http or https URL).'

/**
 * The Studio URL to send the one-time id to, or a 400 page: it must be an http(s) URL on an allowed
 * Studio origin, or any page could collect a token by sending its users here.
 */
function allowedReturnUrl(lake: LakeContext, res: LakeResponse, origin: string | null): URL | undefined {
  const returnUrl = parseReturnUrl(origin)
  if (!returnUrl) {
    sendPage(res, 400, renderSignInPage({ returnUrl: undefined, error: BAD_RETURN_URL }))
    return undefined
  }
  const origins = studioOriginsOf(lake)
  if (!origins.allows(returnUrl.origin)) {
    const error =
      `${returnUrl.origin} is not an allowed Studio address for this lake, so it cannot sign in here. ` +
      `Allowed: ${origins.list().join(', ')}. Start the lake with LAKE_CORS_ORIGINS set to the Studio's origin to allow it.`
    sendPage(res, 400, renderSignInPage({ returnUrl: undefined, error }))
    return undefined
  }
  return returnUrl
}

function showSignIn({ res, url, lake }: LakeRequest): void {
  const returnUrl = allowedReturnUrl(lake, res, url.searchParams.get('origin'))
  if (returnUrl) sendPage(res, 200, renderSignInPage({ returnUrl: returnUrl.toString() }))
}

async function signIn({ req, res, lake }: LakeRequest): Promise<void> {
  const form = new URLSearchParams((await readBody(req, FORM_BODY_LIMIT)).toString('utf8'))
  const returnUrl = allowedReturnUrl(lake, res, form.get('origin'))
  if (!returnUrl) return
  const attempts = tokenAttemptsFor(lake)
  const verdict = attempts.verdict(req)
  if (!verdict.allowed) {
    const error = `Too many failed sign-ins from this address. Try again in ${verdict.retryAfterSeconds} s.`
    sendPage(res, 429, renderSignInPage({ returnUrl: returnUrl.toString(), error }), {
      'retry-after': String(verdict.retryAfterSeconds),
    })
    return
  }
  const token = (form.get('token') ?? '').trim()
  // verifyToken compares in constant time (users/token-verifier.ts, users/user-tokens.ts).
  const identity = token === '' ? undefined : lake.verifyToken(token)
  if (identity?.kind !== 'user') {
    attempts.failed(req)
    const error =
      'That token is not valid for this lake. Check $LAKE_DATA_DIR/token or your personal token and try again.'
    sendPage(res, 401, renderSignInPage({ returnUrl: returnUrl.toString(), error }))
    return
  }
  attempts.succeeded(req)
  const sessionId = signInSessionsFor(lake).issue(token)
  res.statusCode = 303
  res.setHeader('location', returnUrlWithSessionId(returnUrl, sessionId))
  res.setHeader('cache-control', 'no-store')
  res.setHeader('referrer-policy', 'no-referrer')
  res.end()
}

function exchangeSessionId({ res, url, lake }: LakeRequest): void {
  const sessionId = url.searchParams.get('sid') ?? ''
  const token = sessionId === '' ? undefined : signInSessionsFor(lake).redeem(sessionId)
  if (!token) throw unauthorized('Session ID not found, already used or expired: sign in again')
  sendJson(res, 200, { token }, { 'cache-control': 'no-store' })
}

/** Tokens are the lake's own secrets, not sessions it could end: nothing to tear down here. */
function logout({ res }: LakeRequest): void {
  sendJson(res, 200, { ok: true })
}

export const studioAuthRoutes: readonly Route[] = [
  { path: 'auth/providers', versioned: true, methods: ['GET'], handle: providers },
  { path: 'auth/fetch', versioned: true, methods: ['GET'], handle: exchangeSessionId },
  { path: 'auth/logout', versioned: true, methods: ['POST'], handle: logout },
  { path: SIGN_IN_PATH, versioned: false, methods: ['GET'], handle: showSignIn },
  { path: SIGN_IN_PATH, versioned: false, methods: ['POST'], handle: signIn },
]
