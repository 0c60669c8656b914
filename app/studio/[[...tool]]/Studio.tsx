'use client'
// The config pulls in the whole Studio, which must only load on the client (its swr import breaks a
// server build). The client-component NextStudio is used because 'next-sanity/studio' also loads a
// bridge script from Sanity's CDN, and nothing may be downloaded at run time.
import { NextStudio } from 'next-sanity/studio/client-component'
import config from '../../../sanity/sanity.config.ts'

export function Studio() {
  return <NextStudio config={config} />
}
