// A deterministic magazine dataset shaped like sanity/schemaTypes/CONTENT-MODEL.md: films with directors,
// cast and franchises, reviews and articles with authors and tags, and a few drafts. Same size, same data.
import type { LakeDocument } from '#sanity/lake/query/document-index.ts'

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = [
  'night',
  'city',
  'last',
  'stranger',
  'summer',
  'ghost',
  'river',
  'glass',
  'crown',
  'storm',
  'echo',
]
const GENRES = ['Drama', 'Thriller', 'Comedy', 'Horror', 'Sci-Fi', 'Documentary', 'Animation', 'Romance']

export interface Dataset {
  readonly documents: LakeDocument[]
  /** Slugs of published reviews, to pick query parameters from. */
  readonly reviewSlugs: string[]
  /** Published `_id`s of reviews and articles. */
  readonly storyIds: string[]
  /** Slugs by document type (story, film, person, author, tag, section), for page query parameters. */
  readonly slugs: Readonly<Record<'story' | 'film' | 'person' | 'author' | 'tag' | 'section', string[]>>
}

export function generateDataset(size: number, seed = 42): Dataset {
  const next = random(seed)
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] ?? items[0] ?? pickFailed()
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ')
  const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) })
  const refs = (ids: readonly string[]) => ids.map((id, i) => ref(id, `k${i}`))
  const some = (ids: readonly string[], count: number) => [
    ...new Set(Array.from({ length: count }, () => pick(ids))),
  ]
  const date = (i: number) => new Date(Date.UTC(2015, 0, 1) + ((i * 7919) % 3650) * 86_400_000).toISOString()
  const slug = (current: string) => ({ _type: 'slug', current })

  const counts = {
    authors: Math.max(20, Math.round(size / 500)),
    tags: Math.max(50, Math.round(size / 100)),
    franchises: Math.max(10, Math.round(size / 200)),
    people: Math.round(size * 0.25),
    films: Math.round(size * 0.12),
    reviews: Math.round(size * 0.3),
  }
  const documents: LakeDocument[] = []
  const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${i}`)
  const authorIds = ids('author', counts.authors)
  const tagIds = ids('tag', counts.tags)
  const franchiseIds = ids('franchise', counts.franchises)
  const personIds = ids('person', counts.people)
  const filmIds = ids('film', counts.films)
  const sectionIds = ['section-reviews', 'section-news', 'section-features', 'section-interviews']
  const assetIds = ids('image-asset', Math.max(10, Math.round(size / 100)))
  const figure = () => ({
    _type: 'image',
    asset: ref(pick(assetIds)),
    alt: words(4),
    ...(next() < 0.5 ? { caption: words(6), credit: words(2) } : {}),
  })

  documents.push({
    _id: 'siteSettings',
    _type: 'siteSettings',
    title: 'Marquee',
    description: words(10),
    navigation: sectionIds.map((id, k) => ({ _key: `n${k}`, label: id.slice(8), href: `/${id.slice(8)}` })),
  })
  assetIds.forEach((_id, i) => {
    documents.push({
      _id,
      _type: 'sanity.imageAsset',
      url: `http://localhost/images/${_id}-1600x900.jpg`,
      metadata: { lqip: 'data:image/jpeg;base64,AAAA', dimensions: { width: 1600, height: 900 + i } },
    })
  })

  for (const _id of sectionIds)
    documents.push({ _id, _type: 'section', title: _id.slice(8), slug: slug(_id.slice(8)) })
  for (const _id of authorIds) {
    documents.push({
      _id,
      _type: 'author',
      name: words(2),
      slug: slug(_id),
      role: 'Film critic',
      bio: words(12),
    })
  }
  for (const _id of tagIds) documents.push({ _id, _type: 'tag', title: words(1), slug: slug(_id) })
  for (const _id of franchiseIds) {
    documents.push({ _id, _type: 'franchise', title: words(2), slug: slug(_id), description: words(10) })
  }
  for (const _id of personIds) {
    documents.push({
      _id,
      _type: 'person',
      name: words(2),
      slug: slug(_id),
      bio: words(20),
      knownFor: words(2),
    })
  }
  filmIds.forEach((_id, i) => {
    documents.push({
      _id,
      _type: 'film',
      title: words(3),
      slug: slug(_id),
      releases: [
        { _key: 'r0', _type: 'release', territory: 'UK', date: date(i).slice(0, 10), medium: 'cinema' },
      ],
      runtime: 80 + int(90),
      certificates: [{ _key: 'c0', _type: 'certificate', territory: 'UK', body: 'BBFC', rating: '15' }],
      directors: refs(some(personIds, 1 + int(2))),
      writers: refs(some(personIds, 1 + int(2))),
      cast: some(personIds, 4 + int(8)).map((person, k) => ({
        _key: `m${k}`,
        _type: 'castMember',
        person: ref(person),
        character: words(2),
      })),
      ...(next() < 0.3 ? { franchise: ref(pick(franchiseIds)) } : {}),
      genres: some(GENRES, 1 + int(3)),
      ...(next() < 0.7 ? { poster: figure() } : {}),
      synopsis: words(40),
      distributor: words(1),
    })
  })
  const body = () =>
    Array.from({ length: 6 }, (_, k) => ({
      _key: `b${k}`,
      _type: 'block',
      style: 'normal',
      markDefs: [],
      children: [{ _key: `s${k}`, _type: 'span', marks: [], text: words(30) }],
    }))
  const reviewSlugs: string[] = []
  for (let i = 0; i < counts.reviews; i++) {
    const _id = `review-${i}`
    reviewSlugs.push(_id)
    const review: LakeDocument = {
      _id,
      _type: 'review',
      headline: `Film review | ${words(4)}`,
      slug: slug(_id),
      standfirst: words(20),
      film: ref(pick(filmIds)),
      rating: (1 + int(9)) / 2,
      verdict: words(8),
      authors: refs(some(authorIds, 1 + int(2))),
      publishedAt: date(i),
      tags: refs(some(tagIds, 1 + int(3))),
      section: ref('section-reviews'),
      body: body(),
      ...(next() < 0.8 ? { heroImage: figure() } : {}),
      ...(i % 40 === 1 && i > 1 ? { relatedPins: refs([`review-${i - 1}`]) } : {}),
    }
    documents.push(review)
    if (i % 50 === 0)
      documents.push({ ...review, _id: `drafts.${_id}`, headline: `${review.headline} (draft)` })
  }
  const articleCount = Math.max(0, size - documents.length)
  for (let i = 0; i < articleCount; i++) {
    documents.push({
      _id: `article-${i}`,
      _type: 'article',
      kind: pick(['news', 'feature', 'interview', 'list']),
      headline: words(6),
      slug: slug(`article-${i}`),
      standfirst: words(20),
      films: refs(some(filmIds, 1 + int(2))),
      people: refs(some(personIds, int(3))),
      authors: refs(some(authorIds, 1)),
      publishedAt: date(i + 17),
      tags: refs(some(tagIds, 1 + int(3))),
      section: ref(pick(sectionIds.slice(1))),
      body: body(),
      ...(next() < 0.8 ? { heroImage: figure() } : {}),
      ...(i % 30 === 2 ? { updatedAt: date(i + 20) } : {}),
    })
  }
  const slugsOf = (type: string) =>
    documents.flatMap((doc) => {
      const slug = doc.slug
      return doc._type === type && !doc._id.startsWith('drafts.') && isSlug(slug) ? [slug.current] : []
    })
  const stories = documents.filter(
    (doc) => (doc._type === 'review' || doc._type === 'article') && !doc._id.startsWith('drafts.'),
  )
  return {
    documents,
    reviewSlugs,
    storyIds: stories.map((doc) => doc._id),
    slugs: {
      story: stories.flatMap((doc) => (isSlug(doc.slug) ? [doc.slug.current] : [])),
      film: slugsOf('film'),
      person: slugsOf('person'),
      author: slugsOf('author'),
      tag: slugsOf('tag'),
      section: slugsOf('section'),
    },
  }
}

function isSlug(value: unknown): value is { current: string } {
  return (
    typeof value === 'object' && value !== null && 'current' in value && typeof value.current === 'string'
  )
}

function pickFailed(): never {
  throw new Error('pick from an empty list')
}
