// Video embeds: only YouTube and Vimeo, played through their privacy-friendly embed hosts.
export interface VideoSource {
  provider: 'youtube' | 'vimeo'
  id: string
  /** The player URL, loaded only after the reader asks for it. */
  embedUrl: string
}

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be'])
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'])
const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,20}$/
const VIMEO_ID = /^\d{3,12}$/

function youtubeId(url: URL): string | undefined {
  if (url.hostname === 'youtu.be') return url.pathname.slice(1)
  const fromQuery = url.searchParams.get('v')
  if (fromQuery) return fromQuery
  const match = /^\/(?:embed|shorts|live)\/([^/]+)/.exec(url.pathname)
  return match?.[1]
}

function vimeoId(url: URL): string | undefined {
  return url.pathname.split('/').find((part) => VIMEO_ID.test(part))
}

/** The provider and id of a YouTube or Vimeo URL; undefined for anything else. */
export function parseVideoUrl(raw: string): VideoSource | undefined {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  if (YOUTUBE_HOSTS.has(url.hostname)) {
    const id = youtubeId(url)
    if (!id || !YOUTUBE_ID.test(id)) return undefined
    return { provider: 'youtube', id, embedUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1` }
  }
  if (VIMEO_HOSTS.has(url.hostname)) {
    const id = vimeoId(url)
    if (!id) return undefined
    return { provider: 'vimeo', id, embedUrl: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1` }
  }
  return undefined
}
