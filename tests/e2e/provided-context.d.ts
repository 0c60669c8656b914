// What tests/e2e/global-setup.ts hands to the browser tests through inject().
import 'vitest'

export type StaffRole = 'editor' | 'contributor' | 'viewer'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site, served by `next start` (e.g. http://127.0.0.1:41234). */
    siteUrl: string
    /** The lake the site reads, seeded with the demo magazine. */
    lakeUrl: string
    /** The lake's root token, for signing in to the Studio. */
    lakeToken: string
    /** $HOME for the test browser: its NSS store trusts this run's lake CA (https://local.localhost:<port>). */
    browserHome: string
    /** Personal tokens of one lake user per role (Edith Editor, Carl Contributor, Vera Viewer). */
    userTokens: Record<StaffRole, string>
    /** The site's draft-mode token (a lake viewer), server-only. */
    previewToken: string
  }
}
