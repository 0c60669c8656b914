import type { NextConfig } from 'next'

// Caching headers (public pages for shared caches, router payloads `private, no-cache` so live refresh is not
// served the previous payload from the browser's cache) are set per request in proxy.ts.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
}

export default nextConfig
