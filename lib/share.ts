// Share links for each network, built from a story's canonical URL and headline. Pure functions, so the
// share bar renders plain <a href> links that work without JavaScript.
//
// Each network gets the canonical URL tagged with utm_source=<network>, so the analytics can tell which
// button brought a reader back. Intent URLs follow each network's own documentation:
// - X: https://x.com/intent/tweet (docs.x.com "Post Web Intent": text, url, via)
// - Bluesky: https://bsky.app/intent/compose?text= (docs.bsky.app "Action Intent Links"; text only, 300 graphemes)
// - Threads: https://www.threads.com/intent/post (Meta "Threads Web Intents": text, url)
// - LinkedIn: https://www.linkedin.com/sharing/share-offsite/?url= (reads title and image from Open Graph)
// - Facebook: https://www.facebook.com/sharer/sharer.php?u= (reads the rest from Open Graph)
// - WhatsApp: https://wa.me/?text= ; Reddit: https://www.reddit.com/submit?url=&title=
// - Email: mailto:?subject=&body= (RFC 6068: percent-encoded, so a space is %20, never +)

export const SHARE_NETWORKS = [
  'x',
  'facebook',
  'whatsapp',
  'reddit',
  'linkedin',
  'bluesky',
  'threads',
  'email',
] as const
export type ShareNetwork = (typeof SHARE_NETWORKS)[number]

export const NETWORK_NAMES: Record<ShareNetwork, string> = {
  x: 'X',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  reddit: 'Reddit',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
  threads: 'Threads',
  email: 'email',
}

export interface ShareInput {
  /** The story's canonical absolute URL (no tracking parameters). */
  url: string
  /** The headline, shared as the post text. */
  title: string
  /** The site's X handle without @, added as `via`. */
  xHandle?: string | null
}

export interface ShareLink {
  network: ShareNetwork
  /** The network's display name ('X', 'Bluesky'). */
  name: string
  href: string
  /** Whether the link opens the network in a new window (every one but email). */
  opensNewWindow: boolean
  /** The link's accessible name, e.g. 'Share on X (opens in a new window)'. */
  accessibleName: string
}

/** Bluesky rejects posts over 300 graphemes; the URL must survive, so the headline is shortened instead. */
export const BLUESKY_MAX_GRAPHEMES = 300

/** The canonical URL tagged for analytics: utm_source=<network>, utm_medium=social (email: email). */
export function trackedUrl(url: string, network: ShareNetwork): string {
  const tracked = new URL(url)
  tracked.searchParams.set('utm_source', network)
  tracked.searchParams.set('utm_medium', network === 'email' ? 'email' : 'social')
  return tracked.toString()
}

function query(params: Record<string, string | undefined>): string {
  return Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
}

function graphemes(text: string): string[] {
  return Array.from(
    new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text),
    (part) => part.segment,
  )
}

/** Headline and URL in one post, the headline cut with an ellipsis when both exceed `max` graphemes. */
export function fitPostText(title: string, url: string, max: number): string {
  const room = max - graphemes(url).length - 1
  const titleParts = graphemes(title)
  if (titleParts.length <= room) return `${title} ${url}`
  if (room <= 1) return url
  return `${titleParts
    .slice(0, room - 1)
    .join('')
    .trimEnd()}… ${url}`
}

/** The share URL for one network. */
export function shareUrl(network: ShareNetwork, input: ShareInput): string {
  const url = trackedUrl(input.url, network)
  const { title } = input
  switch (network) {
    case 'x':
      return `https://x.com/intent/tweet?${query({ text: title, url, via: input.xHandle ?? undefined })}`
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}`
    case 'whatsapp':
      return `https://wa.me/?${query({ text: `${title} ${url}` })}`
    case 'reddit':
      return `https://www.reddit.com/submit?${query({ url, title })}`
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`
    case 'bluesky':
      return `https://bsky.app/intent/compose?${query({ text: fitPostText(title, url, BLUESKY_MAX_GRAPHEMES) })}`
    case 'threads':
      return `https://www.threads.com/intent/post?${query({ text: title, url })}`
    case 'email':
      return `mailto:?${query({ subject: title, body: `${title}\n\n${url}` })}`
  }
}

/** Every network's link, in the order the share bar shows them. */
export function shareLinks(input: ShareInput): ShareLink[] {
  return SHARE_NETWORKS.map((network) => {
    const name = NETWORK_NAMES[network]
    const opensNewWindow = network !== 'email'
    return {
      network,
      name,
      href: shareUrl(network, input),
      opensNewWindow,
      accessibleName: opensNewWindow ? `Share on ${name} (opens in a new window)` : 'Share by email',
    }
  })
}
