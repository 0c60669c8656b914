// The root layout: document shell, self-hosted fonts (app/fonts.ts) and global styles only. The reader site's
// chrome lives in app/(site)/layout.tsx, because the Studio at /studio renders under this layout too.
import './globals.css'
import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { getEnv } from '#lib/env.ts'
import { fontClassNames, fontFaceVariables } from './fonts.ts'

export const metadata: Metadata = {
  metadataBase: new URL(getEnv().siteUrl),
  title: { default: 'Marquee', template: '%s | Marquee' },
  description: 'Film reviews, news, features and interviews.',
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#faf7f2' },
    { media: '(prefers-color-scheme: dark)', color: '#141210' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB" className={fontClassNames} style={fontFaceVariables}>
      <body>{children}</body>
    </html>
  )
}
