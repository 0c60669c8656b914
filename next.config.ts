import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [
      {
        // Router payloads (RSC) of ISR pages carry `s-maxage, stale-while-revalidate` meant for a shared cache;
        // Chromium applies the stale-while-revalidate to its own cache, so a `router.refresh()` (what
        // `<SanityLive />` does after a live event) got the previous payload. Browsers must revalidate them.
        source: '/:path*',
        has: [{ type: 'header', key: 'rsc', value: '1' }],
        headers: [{ key: 'Cache-Control', value: 'private, no-cache' }],
      },
    ]
  },
}

export default nextConfig
