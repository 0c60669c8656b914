// The site bench's baseline: the smallest App Router page, built with the same Next and React as the site, so
// the cost of the framework itself on this machine is measured in the same run as the site's pages.
import type { ReactNode } from 'react'

export const metadata = { title: 'Bare Next page', description: 'The site bench baseline.' }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
