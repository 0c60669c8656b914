// A small magazine whose relations are known exactly, so the order of related stories proves the
// ranking. Every candidate of `review-ballerina` shares exactly one kind of signal with it.
import type { IdentifiedSanityDocumentStub } from '@sanity/client'

const DAY = 86_400_000
/** Beyond the recency window, so these stories score nothing for freshness. */
const OLD = 200

export function daysAgo(days: number, now = Date.now()): string {
  return new Date(now - days * DAY).toISOString()
}

const ref = (id: string, key?: string) =>
  key ? { _type: 'reference', _ref: id, _key: key } : { _type: 'reference', _ref: id }
const refs = (...ids: string[]) => ids.map((id, index) => ref(id, `k${index}`))
const slug = (current: string) => ({ _type: 'slug', current })

function story(
  _type: 'review' | 'article',
  name: string,
  ageDays: number,
  fields: Record<string, unknown> = {},
): IdentifiedSanityDocumentStub {
  return {
    _id: `${_type}-${name}`,
    _type,
    ...(_type === 'article' ? { kind: 'news' } : {}),
    headline: `Headline of ${name}`,
    slug: slug(name),
    standfirst: `Standfirst of ${name}`,
    publishedAt: daysAgo(ageDays),
    authors: refs('author-critic'),
    ...fields,
  }
}

export function relatedFixtures(): IdentifiedSanityDocumentStub[] {
  return [
    { _id: 'author-critic', _type: 'author', name: 'A Critic', slug: slug('a-critic') },
    { _id: 'franchise-wick', _type: 'franchise', title: 'John Wick', slug: slug('john-wick') },
    ...['wiseman', 'ana', 'keanu', 'stahelski', 'donnie', 'other'].map((name) => ({
      _id: `person-${name}`,
      _type: 'person',
      name,
      slug: slug(name),
    })),
    { _id: 'tag-action', _type: 'tag', title: 'Action', slug: slug('action') },
    { _id: 'tag-dance', _type: 'tag', title: 'Dance', slug: slug('dance') },
    { _id: 'tag-other', _type: 'tag', title: 'Other', slug: slug('other') },
    {
      _id: 'film-ballerina',
      _type: 'film',
      title: 'Ballerina',
      slug: slug('ballerina'),
      franchise: ref('franchise-wick'),
      directors: refs('person-wiseman'),
      cast: [
        { _key: 'c1', _type: 'castMember', person: ref('person-ana'), character: 'Eve' },
        { _key: 'c2', _type: 'castMember', person: ref('person-keanu'), character: 'John' },
      ],
    },
    {
      _id: 'film-jw4',
      _type: 'film',
      title: 'John Wick: Chapter 4',
      slug: slug('john-wick-4'),
      franchise: ref('franchise-wick'),
      directors: refs('person-stahelski'),
      cast: [{ _key: 'c1', _type: 'castMember', person: ref('person-donnie'), character: 'Caine' }],
    },
    {
      _id: 'film-other',
      _type: 'film',
      title: 'Other',
      slug: slug('other-film'),
      directors: refs('person-other'),
    },

    { _id: 'tag-pair', _type: 'tag', title: 'Pair', slug: slug('pair') },

    // The story being read. Ages are distinct so ties never depend on timing.
    story('review', 'ballerina', OLD, {
      film: ref('film-ballerina'),
      tags: refs('tag-action', 'tag-dance'),
      rating: 4,
    }),
    // Same film (and so its franchise and people too).
    story('article', 'same-film', OLD + 50, { films: refs('film-ballerina') }),
    // Same franchise, a different film with nobody in common.
    story('review', 'same-franchise', OLD + 40, { film: ref('film-jw4'), rating: 3 }),
    // Two shared people outrank one.
    story('article', 'two-people', OLD + 35, { people: refs('person-ana', 'person-keanu') }),
    story('article', 'one-person', OLD + 30, { people: refs('person-wiseman') }),
    // One shared tag, old.
    story('article', 'shared-tag', OLD + 20, { tags: refs('tag-action', 'tag-other') }),
    // Unrelated: fresh beats old.
    story('article', 'fresh', 1, { films: refs('film-other'), tags: refs('tag-other') }),
    story('article', 'old', OLD + 10),
    story('article', 'older', OLD + 60),

    // Pins in the editor's order, including itself, a missing story and a draft-only one (skipped).
    story('article', 'pinned-host', OLD + 5, {
      relatedPins: refs(
        'article-older',
        'article-shared-tag',
        'article-pinned-host',
        'article-missing',
        'article-draft-only',
      ),
    }),
    // A pin that is also the best match appears once, first.
    story('article', 'pins-best-match', OLD + 15, {
      tags: refs('tag-pair'),
      relatedPins: refs('article-pair'),
    }),
    story('article', 'pair', OLD + 25, { tags: refs('tag-pair') }),
    // Nothing in common with anything.
    story('article', 'lonely', OLD + 100),
  ]
}

/** Drafts: a strong match that exists only as a draft, and a draft overlay of a published story. */
export function relatedDrafts(): IdentifiedSanityDocumentStub[] {
  return [
    {
      ...story('article', 'draft-only', 0, { films: refs('film-ballerina'), tags: refs('tag-action') }),
      _id: 'drafts.article-draft-only',
    },
    {
      ...story('article', 'same-film', 0, { films: refs('film-ballerina') }),
      _id: 'drafts.article-same-film',
      headline: 'Unpublished draft headline',
    },
  ]
}
