// How an asset's bytes may be handed to a browser. The lake (and, through /images, the site) serves assets
// from an origin that may hold a Studio token, so nothing served may run there: raster images, PDF, audio
// and video are shown inline; plain text is shown as text/plain; SVG is shown only inside a CSP sandbox;
// everything else, HTML above all, is a download. Every answer carries `nosniff`, so the browser keeps to
// the type given.
import { isPassiveMedia, type SniffedType, sniffContentType } from './content-sniffing.ts'

export interface ServingHeaders {
  contentType: string
  /** True: `Content-Disposition: attachment` (never rendered). */
  download: boolean
  /** A Content-Security-Policy for what is shown inline but could hold scripts (SVG, text). */
  contentSecurityPolicy?: string
}

/** Scripts off, no fetches, no plugins, no forms; inline styles stay so an SVG still looks right. */
export const SANDBOX_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'"

/** Types that are never given to a browser as themselves, even for a download. */
const ACTIVE_TYPE =
  /^(text\/html|application\/xhtml\+xml|image\/svg\+xml|text\/xml|application\/xml|text\/javascript|application\/javascript|application\/ecmascript|text\/css)\b/i

/** Headers every asset response gets, the 304s included. */
export const ALWAYS_HEADERS: Readonly<Record<string, string>> = { 'x-content-type-options': 'nosniff' }

/**
 * Chooses the headers for an asset's bytes. `declared` is the type recorded at upload (the uploader's
 * claim); it is used only where the bytes cannot say more (a zip's kind of document, a download's type).
 */
export function servingHeaders(bytes: Buffer, declared: string | undefined): ServingHeaders {
  const sniffed = sniffContentType(bytes)
  if (isPassiveMedia(sniffed)) return { contentType: sniffed, download: false }
  if (sniffed === 'image/svg+xml') {
    return { contentType: sniffed, download: false, contentSecurityPolicy: SANDBOX_POLICY }
  }
  if (sniffed === 'text/plain' && !isActive(declared)) {
    return {
      contentType: 'text/plain; charset=utf-8',
      download: false,
      contentSecurityPolicy: SANDBOX_POLICY,
    }
  }
  return {
    contentType: downloadType(sniffed, declared),
    download: true,
    contentSecurityPolicy: SANDBOX_POLICY,
  }
}

function downloadType(sniffed: SniffedType, declared: string | undefined): string {
  if (declared && !isActive(declared) && /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i.test(declared.split(';')[0] ?? '')) {
    return declared
  }
  return sniffed === 'text/html' || sniffed === 'application/xml' || sniffed === 'text/plain'
    ? 'application/octet-stream'
    : sniffed
}

function isActive(type: string | undefined): boolean {
  return type !== undefined && ACTIVE_TYPE.test(type.trim())
}
