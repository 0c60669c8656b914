import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Caching headers are set per request in proxy.ts, which must tell router payloads (RSC) from documents:
  // without this, Next hides the `rsc` header and the `_rsc` parameter from the proxy.
  skipProxyUrlNormalize: true,
}

export default nextConfig
