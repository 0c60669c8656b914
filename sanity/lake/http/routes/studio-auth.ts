// Signing the Studio in (shared/studio-contract, sanity's authStore with `loginMethod: 'token'`):
//   1. the login screen lists `GET /v{v}/auth/providers`; the lake offers one, its own sign-in page;
//   2. `GET /auth/login?origin=<studio url>` shows a form for the lake token; a right token redirects
//      to `<studio url>#sid=<one-time id>`, a wrong one shows the form again (401);
//   3. the Studio trades the id at `GET /v{v}/auth/fetch?sid=` for `{token}` and keeps it in localStorage.
import { requestOrigin } from '../../assets/request-origin.ts'
import { parseReturnUrl, returnUrlWithSessionId } from '../../studio/return-url.ts'
import { renderSignInPage, SIGN_IN_PAGE_HEADERS } from '../../studio/sign-in-page.ts'
import { signInSessionsFor } from '../../studio/sign-in-sessions.ts'
import { readBody } from '../body.ts'
import { unauthorized } from '../http-error.ts'
import { sendJson } from '../response.ts'
import type { LakeRequest, LakeResponse, Route } from '../types.ts'

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

function sendPage(res: LakeResponse, statusCode: number, html: string): void {
  res.statusCode = statusCode
  for (const [name, value] of Object.entries(SIGN_IN_PAGE_HEADERS)) res.setHeader(name, value)
  res.setHeader('content-length', Buffer.byteLength(html))
  res.end(html)
}

const BAD_RETURN_URL =
  'This sign-in link has no valid Studio address to return to (it must be an http or https URL).'

function showSignIn({ res, url }: LakeRequest): void {
  const returnUrl = parseReturnUrl(url.searchParams.get('origin'))
  if (!returnUrl) {
    sendPage(res, 400, renderSignInPage({ returnUrl: undefined, error: BAD_RETURN_URL }))
    return
  }
  sendPage(res, 200, renderSignInPage({ returnUrl: returnUrl.toString() }))
}

async function signIn({ req, res, lake }: LakeRequest): Promise<void> {
  const form = new URLSearchParams((await readBody(req, FORM_BODY_LIMIT)).toString('utf8'))
  const returnUrl = parseReturnUrl(form.get('origin'))
  if (!returnUrl) {
    sendPage(res, 400, renderSignInPage({ returnUrl: undefined, error: BAD_RETURN_URL }))
    return
  }
  const token = (form.get('token') ?? '').trim()
  // verifyToken compares in constant time (see http/auth.ts).
  const identity = token === '' ? undefined : lake.verifyToken(token)
  if (identity?.kind !== 'user') {
    const error = 'That token is not valid for this lake. Check $LAKE_DATA_DIR/token and try again.'
    sendPage(res, 401, renderSignInPage({ returnUrl: returnUrl.toString(), error }))
    return
  }
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
