// Simple drawings of each network's mark, not the brands' artwork: 20x20, currentColor, decorative only
// (the link around each carries the accessible name).
import type { ReactNode } from 'react'
import type { ShareNetwork } from '#lib/share.ts'

function Svg({ children }: { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  )
}

const drawings: Record<ShareNetwork | 'copy' | 'native', ReactNode> = {
  x: (
    <>
      <path d="M4 3.5 16 16.5" />
      <path d="M16 3.5 4 16.5" />
    </>
  ),
  facebook: <path d="M12.5 3.5h-1.8a2.7 2.7 0 0 0-2.7 2.7V17M5.5 9.5h6.5" />,
  whatsapp: (
    <>
      <path d="M3.5 16.5 4.6 13a6.8 6.8 0 1 1 2.6 2.5Z" />
      <path d="M8 7.5c0 2.3 2 4.5 4.5 4.5" />
    </>
  ),
  reddit: (
    <>
      <ellipse cx="10" cy="12" rx="6" ry="4.2" />
      <path d="M10 7.8 11.2 3.5l3.3.9" />
      <circle cx="15.5" cy="4.5" r="1" />
      <path d="M7.5 13.6c1.5 1 3.5 1 5 0" />
    </>
  ),
  linkedin: (
    <>
      <rect x="3" y="3" width="14" height="14" rx="2" />
      <path d="M6.5 9v5M6.5 6.2v.1M9.5 14V9M9.5 11.2c0-1.3 1-2.2 2.2-2.2s2 .9 2 2.2V14" />
    </>
  ),
  bluesky: (
    <path d="M10 9.2C8.7 6.6 5.2 3.5 3.6 4.2 2.4 4.8 3.3 9 4.6 10c1.2.9 3 .8 3.9.6-2.8.9-3.4 2.6-2 3.9 1.8 1.6 3 .1 3.5-1.5.5 1.6 1.7 3.1 3.5 1.5 1.4-1.3.8-3-2-3.9.9.2 2.7.3 3.9-.6 1.3-1 2.2-5.2 1-5.8-1.6-.7-5.1 2.4-6.4 5Z" />
  ),
  threads: (
    <path d="M13.8 9.2c-.4-2.2-1.9-3.2-3.8-3.2-2.6 0-4.2 1.9-4.2 4.5S7.3 15 10 15c2.4 0 4.2-1.4 4.2-3.4 0-1.8-1.6-2.6-3.4-2.6-1.6 0-2.6.8-2.6 1.9 0 1 .9 1.6 2 1.6 1.8 0 2.6-1.6 2.6-3.8" />
  ),
  email: (
    <>
      <rect x="2.5" y="4.5" width="15" height="11" rx="1.5" />
      <path d="m3 5.5 7 5.5 7-5.5" />
    </>
  ),
  copy: (
    <>
      <path d="M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-.9.9" />
      <path d="M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l.9-.9" />
    </>
  ),
  native: (
    <>
      <path d="M10 12.5V3M6.5 6.5 10 3l3.5 3.5" />
      <path d="M6 9.5H4.5v7h11v-7H14" />
    </>
  ),
}

export function ShareIcon({ name }: { name: ShareNetwork | 'copy' | 'native' }) {
  return <Svg>{drawings[name]}</Svg>
}
