// The lake's sign-in page, the one provider on the Studio's login screen: a form asking for the lake
// token. Plain HTML with inline styles, no scripts, nothing loaded from elsewhere.

export interface SignInPageOptions {
  /** The Studio URL to return to; absent when the request did not carry a usable one. */
  returnUrl: string | undefined
  /** Shown above the form (a wrong token, a bad return URL). */
  error?: string
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character)
}

/** Sent with the page: no scripts, no framing (clickjacking the token field), no caching, no referrer. */
export const SIGN_IN_PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
}

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f4f4f5; color: #18181b; }
  main { background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 3px #0002; width: min(26rem, 90vw); }
  h1 { font-size: 1.25rem; margin: 0 0 .5rem; }
  p { margin: 0 0 1rem; color: #52525b; }
  label { display: block; font-weight: 600; margin-bottom: .25rem; }
  input { box-sizing: border-box; width: 100%; font: inherit; padding: .5rem; border: 1px solid #a1a1aa; border-radius: 4px; }
  button { margin-top: 1rem; font: inherit; padding: .5rem 1rem; border: 0; border-radius: 4px; background: #2563eb; color: #fff; cursor: pointer; }
  [role=alert] { background: #fef2f2; color: #991b1b; border: 1px solid #fecaca; padding: .5rem .75rem; border-radius: 4px; }
  code { font-size: .9em; }
`

export function renderSignInPage({ returnUrl, error }: SignInPageOptions): string {
  const alert = error ? `<p role="alert">${escapeHtml(error)}</p>` : ''
  const form = returnUrl
    ? `<form method="post" action="/auth/login">
      <input type="hidden" name="origin" value="${escapeHtml(returnUrl)}">
      <label for="token">Lake token</label>
      <input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
      <button type="submit">Sign in</button>
    </form>`
    : '<p>Open the Studio and choose “Sign in to the Marquee lake” to come back here.</p>'
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>Sign in to the Marquee lake</title>
  <style>${STYLE}</style>
</head>
<body>
  <main>
    <h1>Sign in to the Marquee lake</h1>
    <p>Enter your lake token: a personal one (<code>node sanity/lake/cli.ts tokens create --user &lt;id&gt;</code>) or the root token, which <code>npm run lake</code> prints on first start and keeps in <code>$LAKE_DATA_DIR/token</code>.</p>
    ${alert}
    ${form}
  </main>
</body>
</html>
`
}
