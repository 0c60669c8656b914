// The site's cache-tag scheme, in one place: which tags a fetch carries, which tags a document change
// revalidates, and the webhook (filter + projection) that tells the site about changes. The same webhook
// works on the embedded lake (registered by scripts/start.ts and scripts/dev.ts) and on hosted Sanity.
//
//   doc:<id>          fetches keyed by a document id (site settings, a story's related list)
//   <kind>:<slug>     a page's own document, by slug (story:…, film:…, person:…, author:…, tag:…, section:…)
//   list:<kind>       fetches that range over every document of a kind (home, listings, related, film index)
//   feed, sitemap, search   the RSS feed, the sitemap, search results
//
// A change to a document revalidates its doc tag, its page tags (old and new slug), its kind's listing and the
// feed/sitemap/search when the kind appears there; and the same for every document that references it, and
// every document referencing those (two hops: a person's name reaches the films they are in and those
// films' reviews). A body-only edit of a story leaves the listings and feed alone (they do not show the body).
import { z } from 'zod'

export const PAGE_KINDS = ['story', 'film', 'person', 'author', 'tag', 'section'] as const
export type PageKind = (typeof PAGE_KINDS)[number]

/** Which page kind a document type is shown as; types without pages (images, franchises) have none. */
const KIND_BY_TYPE: Readonly<Record<string, PageKind>> = {
  review: 'story',
  article: 'story',
  film: 'film',
  person: 'person',
  author: 'author',
  tag: 'tag',
  section: 'section',
}

export const FEED_TAG = 'feed'
export const SITEMAP_TAG = 'sitemap'
export const SEARCH_TAG = 'search'

export const docTag = (id: string): string => `doc:${id}`
export const pageTag = (kind: PageKind, slug: string): string => `${kind}:${slug}`
export const listTag = (kind: PageKind): string => `list:${kind}`

/** Seconds before a cached page refreshes on its own: only a safety net for a missed webhook. */
export const REVALIDATE_FALLBACK_SECONDS = 6 * 60 * 60

export function kindOfType(type: string): PageKind | undefined {
  return KIND_BY_TYPE[type]
}

/** What a page's subject fetch is keyed by: `story` + `{slug}` -> `story:<slug>`; `doc` + `{id}` -> `doc:<id>`. */
export type Subject = PageKind | 'doc'

/** Typed names for TypedQuery's `subject` (an object literal would widen a bare string). */
export const SUBJECT: Readonly<Record<Subject, Subject>> = {
  story: 'story',
  film: 'film',
  person: 'person',
  author: 'author',
  tag: 'tag',
  section: 'section',
  doc: 'doc',
}

export function subjectTag(
  subject: Subject | undefined,
  params: Record<string, unknown>,
): string | undefined {
  if (subject === 'doc') return typeof params.id === 'string' ? docTag(params.id) : undefined
  if (subject === undefined) return undefined
  return typeof params.slug === 'string' ? pageTag(subject, params.slug) : undefined
}

// ---------------------------------------------------------------------------------------------------
// The webhook. Filter: the types the site renders. Projection: delta GROQ, evaluated by the lake (or
// Sanity) when the change is delivered; `refs` are the documents referencing the changed one.

export const REVALIDATE_WEBHOOK_NAME = 'marquee-revalidate'
export const REVALIDATE_WEBHOOK_FILTER = `_type in ["review", "article", "film", "person", "author", "tag", "section", "franchise", "siteSettings", "sanity.imageAsset"]`

const referrer = /* groq */ `{_id, _type, "slug": slug.current}`

export const REVALIDATE_WEBHOOK_PROJECTION = /* groq */ `{
  _id,
  _type,
  "operation": delta::operation(),
  "slugs": array::compact([before().slug.current, after().slug.current]),
  "pageOnly": delta::operation() == "update" && delta::changedOnly((body, verdict, spoilers, seo, updatedAt, _rev, _updatedAt)),
  "refs": *[references(^._id)]{_id, _type, "slug": slug.current, "refs": *[references(^._id)]${referrer}}
}`

const referrerSchema = z.object({ _id: z.string(), _type: z.string(), slug: z.string().nullish() })

export const revalidationPayloadSchema = z.object({
  _id: z.string().min(1),
  _type: z.string().min(1),
  slugs: z.array(z.string()).nullish(),
  pageOnly: z.boolean().nullish(),
  refs: z.array(referrerSchema.extend({ refs: z.array(referrerSchema).nullish() })).nullish(),
})
export type RevalidationPayload = z.infer<typeof revalidationPayloadSchema>

/** Drafts and versions are not on the site; their published id is what pages are tagged with. */
function publishedId(id: string): string {
  if (id.startsWith('drafts.')) return id.slice('drafts.'.length)
  const version = /^versions\.[^.]+\.(.+)$/.exec(id)
  return version?.[1] ?? id
}

/** The tags of one document that changed itself (`listed`: its listings may show the change). */
function ownTags(type: string, id: string, slugs: readonly string[], listed: boolean): string[] {
  const tags = [docTag(publishedId(id))]
  const kind = kindOfType(type)
  if (!kind) return tags
  // The sitemap carries every page's last-modified time, so any change of a page's document reaches it.
  tags.push(SITEMAP_TAG)
  for (const slug of slugs) tags.push(pageTag(kind, slug))
  // Search matches story bodies and film titles, so even a body-only edit reaches it.
  if (kind === 'story' || kind === 'film') tags.push(SEARCH_TAG)
  if (!listed) return tags
  tags.push(listTag(kind))
  if (kind === 'story') tags.push(FEED_TAG)
  return tags
}

/** Exactly the tags a change affects (sorted, unique). */
export function tagsForChange(payload: RevalidationPayload): string[] {
  const tags = new Set(ownTags(payload._type, payload._id, payload.slugs ?? [], payload.pageOnly !== true))
  // A referencing document shows something of the changed one (a byline, film facts, a card's film title):
  // its page and the listings of its kind; the feed and sitemap do not show referenced documents' pages.
  const referencing = (payload.refs ?? []).flatMap((ref) => [ref, ...(ref.refs ?? [])])
  for (const ref of referencing) {
    tags.add(docTag(publishedId(ref._id)))
    const kind = kindOfType(ref._type)
    if (!kind) continue
    if (ref.slug) tags.add(pageTag(kind, ref.slug))
    tags.add(listTag(kind))
    if (kind === 'story') tags.add(FEED_TAG).add(SEARCH_TAG)
  }
  return [...tags].sort()
}
