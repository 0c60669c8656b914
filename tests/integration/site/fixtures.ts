// A small magazine for the site's query tests: two sections, 14 reviews (two listing pages), two
// articles, films, people, authors, tags, and a draft that readers must never see.
import type { IdentifiedSanityDocumentStub } from '@sanity/client'

const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) })
const slug = (current: string) => ({ _type: 'slug', current })
const block = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
})

export const REVIEW_COUNT = 14

export function siteFixtures(imageAssetId: string): IdentifiedSanityDocumentStub[] {
  const hero = { _type: 'image', asset: ref(imageAssetId), alt: 'A still', credit: 'Credit: Test' }
  const documents: IdentifiedSanityDocumentStub[] = [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      title: 'Marquee Test',
      navigation: [{ _key: 'n1', _type: 'navItem', label: 'Reviews', href: '/reviews' }],
    },
    { _id: 'section-reviews', _type: 'section', title: 'Reviews', slug: slug('reviews') },
    { _id: 'section-news', _type: 'section', title: 'News', slug: slug('news') },
    { _id: 'author-tom', _type: 'author', name: 'Tom Ellery', slug: slug('tom-ellery'), role: 'Critic' },
    { _id: 'person-ana', _type: 'person', name: 'Ana de Armas', slug: slug('ana-de-armas') },
    { _id: 'person-len', _type: 'person', name: 'Len Wiseman', slug: slug('len-wiseman') },
    { _id: 'tag-action', _type: 'tag', title: 'Action', slug: slug('action') },
    {
      _id: 'film-ballerina',
      _type: 'film',
      title: 'Ballerina',
      slug: slug('ballerina'),
      runtime: 125,
      distributor: 'Lionsgate',
      directors: [ref('person-len', 'd1')],
      cast: [{ _key: 'c1', _type: 'castMember', person: ref('person-ana'), character: 'Eve' }],
      releases: [{ _key: 'r1', _type: 'release', territory: 'UK', date: '2025-06-06', medium: 'cinema' }],
      certificates: [{ _key: 'k1', _type: 'certificate', territory: 'UK', body: 'BBFC', rating: '15' }],
    },
    { _id: 'film-quiet', _type: 'film', title: 'A Quiet Film', slug: slug('a-quiet-film') },
  ]
  for (let index = 1; index <= REVIEW_COUNT; index++) {
    const day = String(index).padStart(2, '0')
    documents.push({
      _id: `review-${index}`,
      _type: 'review',
      headline: index === 1 ? 'Ballerina review | Pointe-blank range' : `Review number ${index}`,
      slug: slug(index === 1 ? 'ballerina' : `review-${index}`),
      standfirst: `Standfirst ${index}`,
      film: ref(index === 1 ? 'film-ballerina' : 'film-quiet'),
      rating: index === 1 ? 3.5 : 3,
      verdict: index === 1 ? 'Bruising fun.' : null,
      authors: [ref('author-tom', 'a1')],
      publishedAt: `2025-05-${day}T09:00:00Z`,
      heroImage: hero,
      section: ref('section-reviews'),
      tags: index <= 2 ? [ref('tag-action', 't1')] : [],
      body:
        index === 1
          ? [
              block('b1', 'Eve redirects punishment.'),
              { _type: 'image', _key: 'i1', asset: ref(imageAssetId), alt: 'Inline still', caption: 'Eve' },
              { _type: 'pullQuote', _key: 'p1', text: 'She redirects it.' },
            ]
          : [block('b1', index === 5 ? 'A passing mention of a ballerina in the body.' : 'Body text.')],
    })
  }
  documents.push(
    {
      _id: 'article-news',
      _type: 'article',
      kind: 'news',
      headline: 'Sequel news',
      slug: slug('sequel-news'),
      films: [ref('film-ballerina', 'f1')],
      people: [ref('person-ana', 'p1')],
      authors: [ref('author-tom', 'a1')],
      publishedAt: '2025-06-10T09:00:00Z',
      section: ref('section-news'),
      heroImage: hero,
      tags: [ref('tag-action', 't1')],
    },
    {
      _id: 'article-unpublished',
      _type: 'article',
      kind: 'news',
      headline: 'No publication date yet',
      slug: slug('no-date'),
      section: ref('section-news'),
      authors: [ref('author-tom', 'a1')],
    },
    {
      _id: 'drafts.review-1',
      _type: 'review',
      headline: 'DRAFT headline readers must not see',
      slug: slug('ballerina'),
      film: ref('film-ballerina'),
      authors: [ref('author-tom', 'a1')],
      publishedAt: '2025-05-01T09:00:00Z',
      section: ref('section-reviews'),
    },
  )
  return documents
}
