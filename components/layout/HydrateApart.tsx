// Server-rendered content that never suspends, in a Suspense boundary of its own. The HTML is the same
// (React only marks the boundary with comments), but in the browser React hydrates such a boundary's content
// in a pass of its own after the page's first, one it can interrupt: a long page then hydrates in slices the
// main thread can answer input between, instead of one long task (Lighthouse's blocking time).
// Only around content whose data is already fetched: around an async component, the page's HTML could be
// sent before it, and a missing document could no longer answer 404.
import { type ReactNode, Suspense } from 'react'

export function HydrateApart({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>
}
