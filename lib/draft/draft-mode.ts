// Whether this request is in draft mode, and which perspective it previews: `drafts`, or the release stack
// Presentation chose (its perspective cookie, read as next-sanity's own `sanityFetch` reads it).
import type { ClientPerspective } from '@sanity/client'
import { cookies, draftMode } from 'next/headers'
import { resolvePerspectiveFromCookies } from 'next-sanity/live'

/** False outside a request (build-time generateStaticParams, scripts): there is no draft mode there. */
export async function isDraftMode(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false
  }
}

export async function draftPerspective(): Promise<ClientPerspective> {
  return resolvePerspectiveFromCookies({ cookies: await cookies() })
}
