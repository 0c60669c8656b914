'use client'
// A `next/link` that prefetches only once the reader shows intent (pointer over it, a touch, keyboard
// focus) instead of when it scrolls into view. The header, footer and story cards put dozens of links on
// every page; prefetching each one's router payload on sight cost main-thread time and bandwidth while the
// page was still loading, for navigations that mostly never happen. The pattern is Next's own
// (docs: guides/prefetching, "Hover-triggered prefetch"): `prefetch={null}` restores the default.
import Link from 'next/link'
import { type ComponentProps, useState } from 'react'

export type HoverPrefetchLinkProps = Omit<ComponentProps<typeof Link>, 'prefetch'>

export function HoverPrefetchLink({ onMouseEnter, onTouchStart, onFocus, ...props }: HoverPrefetchLinkProps) {
  const [intent, setIntent] = useState(false)
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true)
        onMouseEnter?.(event)
      }}
      onTouchStart={(event) => {
        setIntent(true)
        onTouchStart?.(event)
      }}
      onFocus={(event) => {
        setIntent(true)
        onFocus?.(event)
      }}
    />
  )
}
