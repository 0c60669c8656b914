'use client'
// The config pulls in the whole Studio, which must only load on the client (its swr import breaks a
// server build). The client-component NextStudio is used because 'next-sanity/studio' also loads a
// bridge script from Sanity's CDN, and nothing may be downloaded at run time.
import { NextStudio } from 'next-sanity/studio/client-component'
import { readStudioEnv } from '#sanity/env.ts'
import config from '#sanity/sanity.config.ts'
import { LakeGate } from './LakeGate.tsx'
import { lakeHealthUrls } from './lake-probe.ts'

const studioEnv = readStudioEnv()
const lakeUrls =
  studioEnv.backend === 'lake' ? lakeHealthUrls(studioEnv.apiHost, studioEnv.projectId) : undefined

export function Studio() {
  const studio = <NextStudio config={config} />
  return lakeUrls ? <LakeGate urls={lakeUrls}>{studio}</LakeGate> : studio
}
