// A small, valid magazine: one review of one film, and everything it points at.
import type { DocumentInput } from './validate-against-schema.ts'

const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) })
const slug = (current: string) => ({ _type: 'slug', current })
export const imageAsset: DocumentInput = {
  _id: 'image-0123456789abcdef0123456789abcdef01234567-1200x800-jpg',
  _type: 'sanity.imageAsset',
}

const figure = (alt: string) => ({
  _type: 'image',
  asset: { _type: 'reference', _ref: imageAsset._id },
  alt,
  credit: 'Credit: Lionsgate',
})

export const person: DocumentInput = {
  _id: 'person-keanu-reeves',
  _type: 'person',
  name: 'Keanu Reeves',
  slug: slug('keanu-reeves'),
  portrait: figure('Keanu Reeves at a premiere'),
  knownFor: 'John Wick',
}

export const film: DocumentInput = {
  _id: 'film-ballerina',
  _type: 'film',
  title: 'Ballerina',
  slug: slug('ballerina'),
  releases: [{ _type: 'release', _key: 'uk', territory: 'UK', date: '2025-06-06', medium: 'cinema' }],
  runtime: 125,
  certificates: [{ _type: 'certificate', _key: 'bbfc', territory: 'UK', body: 'BBFC', rating: '18' }],
  cast: [{ _type: 'castMember', _key: 'c1', person: ref('person-keanu-reeves'), character: 'John Wick' }],
  genres: ['Action'],
  poster: figure('Ballerina poster'),
  trailerUrl: 'https://www.youtube.com/watch?v=abc123',
}

export const author: DocumentInput = {
  _id: 'author-ada-critic',
  _type: 'author',
  name: 'Ada Critic',
  slug: slug('ada-critic'),
  role: 'Chief film critic',
  links: [{ _type: 'authorLink', _key: 'l1', label: 'Website', url: 'https://example.com' }],
}

export const section: DocumentInput = {
  _id: 'section-reviews',
  _type: 'section',
  title: 'Reviews',
  slug: slug('reviews'),
}

export const tag: DocumentInput = { _id: 'tag-action', _type: 'tag', title: 'Action', slug: slug('action') }

export const review: DocumentInput = {
  _id: 'review-ballerina',
  _type: 'review',
  headline: 'Ballerina review | Pirouettes and gunfire',
  slug: slug('ballerina'),
  standfirst: 'Ana de Armas dances through the John Wick universe.',
  film: ref('film-ballerina'),
  rating: 3.5,
  verdict: 'A stylish spin-off.',
  authors: [ref('author-ada-critic', 'a1')],
  publishedAt: '2025-06-04T08:00:00Z',
  heroImage: figure('Ana de Armas holding a flamethrower'),
  body: [
    {
      _type: 'block',
      _key: 'b1',
      style: 'normal',
      markDefs: [{ _type: 'link', _key: 'm1', href: 'https://example.com/wick' }],
      children: [{ _type: 'span', _key: 's1', text: 'Set in the world of John Wick.', marks: ['m1'] }],
    },
    { _type: 'pullQuote', _key: 'q1', text: 'Pure kinetic joy.' },
    { _type: 'videoEmbed', _key: 'v1', url: 'https://vimeo.com/12345' },
    {
      _type: 'releaseInfo',
      _key: 'r1',
      title: 'Ballerina',
      medium: 'cinema',
      territory: 'UK',
      date: '2025-06-06',
    },
  ],
  tags: [ref('tag-action', 't1')],
  section: ref('section-reviews'),
  spoilers: false,
  seo: { title: 'Ballerina review', description: 'Our verdict on the John Wick spin-off.' },
}

export const magazine: DocumentInput[] = [person, film, author, section, tag, review]

/** What the lake would hold: the magazine plus the asset documents its images point at. */
export const dataset: DocumentInput[] = [...magazine, imageAsset]
