// The site's URL scheme in one place: pages, links, canonical URLs, feeds and sitemaps all use these.
// Reviews live under /reviews; other articles under their section (/news, /features, /interviews).

export interface StoryRef {
  _type: string
  slug: string
  section?: { slug: string } | null
}

const DEFAULT_ARTICLE_SECTION = 'news'

export function storyPath(story: StoryRef): string {
  const section = story._type === 'review' ? 'reviews' : (story.section?.slug ?? DEFAULT_ARTICLE_SECTION)
  return `/${section}/${story.slug}`
}

export const sectionPath = (slug: string): string => `/${slug}`
export const filmPath = (slug: string): string => `/films/${slug}`
export const personPath = (slug: string): string => `/people/${slug}`
export const authorPath = (slug: string): string => `/authors/${slug}`
export const tagPath = (slug: string): string => `/tags/${slug}`
export const searchPath = (query: string): string => `/search?q=${encodeURIComponent(query)}`

/** An absolute URL on the site's canonical origin. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).toString()
}
