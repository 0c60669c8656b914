// next-sanity's Live Content API helpers for the reader site: `<SanityLive />` (rendered by the reader layout
// with `action={expireLiveTags}`) keeps an open page fresh when content it shows is published, unpublished
// or deleted. Anonymous, published content only: no token reaches the browser. The server's fetches stay in
// lib/fetch.ts, which tags them with the sync tags the live events name.
import { defineLive } from 'next-sanity/live'
import { getEnv } from '../env.ts'
import { liveBrowserClient } from './live-client.ts'

type ReaderLive = ReturnType<typeof defineLive>

let live: ReaderLive | undefined

export function readerLive(): ReaderLive {
  live ??= defineLive({ client: liveBrowserClient(getEnv()), serverToken: false, browserToken: false })
  return live
}
