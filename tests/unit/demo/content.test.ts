// Editorial rules for the shipped demo magazine: enough stories across enough films, reviews shaped
// like reviews, the typical UK review on Ballerina, and interviews that only quote fictional people.
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_DATASET_DIR } from '#sanity/demo/build-dataset.ts'
import { isJsonObject, type Json, type JsonObject } from '#sanity/demo/lib/json.ts'
import { type DatasetDocument, readDocuments, walkObjects } from './dataset-files.ts'

let documents: DatasetDocument[] = []
const ofType = (type: string) => documents.filter((document) => document._type === type)
const byId = (id: string) => documents.find((document) => document._id === id)

function refIds(value: Json): string[] {
  if (!Array.isArray(value)) return isJsonObject(value) && typeof value._ref === 'string' ? [value._ref] : []
  return value.flatMap(refIds)
}

function blocks(document: JsonObject): JsonObject[] {
  return Array.isArray(document.body) ? document.body.filter(isJsonObject) : []
}

function paragraphs(document: JsonObject): JsonObject[] {
  return blocks(document).filter(
    (block) => block._type === 'block' && block.style === 'normal' && !block.listItem,
  )
}

beforeAll(async () => {
  documents = await readDocuments(DEFAULT_DATASET_DIR)
})

describe('demo magazine volume', () => {
  it('has at least 12 reviews, 8 articles, 10 films and 4 authors', () => {
    expect(ofType('review').length).toBeGreaterThanOrEqual(12)
    expect(ofType('article').length).toBeGreaterThanOrEqual(8)
    expect(ofType('film').length).toBeGreaterThanOrEqual(10)
    expect(ofType('author').length).toBeGreaterThanOrEqual(4)
    expect(
      ofType('section')
        .map((section) => section._id)
        .sort(),
    ).toEqual(['section-features', 'section-interviews', 'section-news', 'section-reviews'].sort())
  })

  it('reviews cover at least 10 films, and people and franchises are shared between films', () => {
    expect(new Set(ofType('review').flatMap((review) => refIds(review.film))).size).toBeGreaterThanOrEqual(10)
    const filmsByPerson = new Map<string, Set<string>>()
    for (const film of ofType('film')) {
      const cast = Array.isArray(film.cast) ? film.cast.filter(isJsonObject) : []
      const people = [...refIds(film.directors), ...cast.flatMap((member) => refIds(member.person))]
      for (const person of people)
        filmsByPerson.set(person, (filmsByPerson.get(person) ?? new Set()).add(film._id))
    }
    const shared = [...filmsByPerson].filter(([, films]) => films.size >= 2).map(([person]) => person)
    expect(shared).toEqual(
      expect.arrayContaining(['person-keanu-reeves', 'person-rebecca-ferguson', 'person-florence-pugh']),
    )
    const franchises = ofType('film').flatMap((film) => refIds(film.franchise))
    expect(franchises.filter((id) => id === 'franchise-john-wick')).toHaveLength(2)
  })
})

describe('reviews', () => {
  it('each has the fields of a review and 5-9 paragraphs of criticism', () => {
    for (const review of ofType('review')) {
      const label = review._id
      expect(typeof review.headline === 'string' && review.headline.length <= 100, label).toBe(true)
      expect(typeof review.rating === 'number' && review.rating >= 0.5 && review.rating <= 5, label).toBe(
        true,
      )
      expect(Number(review.rating) * 2, label).toSatisfy(Number.isInteger)
      expect(typeof review.verdict === 'string' && review.verdict.length > 10, label).toBe(true)
      expect(refIds(review.authors).length, label).toBeGreaterThanOrEqual(1)
      expect(refIds(review.authors).length, label).toBeLessThanOrEqual(2)
      expect(String(review.publishedAt), label).toMatch(/^202[3-5]-\d\d-\d\dT/)
      expect(refIds(review.section), label).toEqual(['section-reviews'])
      expect(refIds(review.tags).length, label).toBeGreaterThan(0)
      expect(paragraphs(review).length, label).toBeGreaterThanOrEqual(5)
      expect(paragraphs(review).length, label).toBeLessThanOrEqual(9)
    }
  })

  it('spread their ratings and use spoilers, seo overrides and pins somewhere', () => {
    const reviews = ofType('review')
    expect(new Set(reviews.map((review) => review.rating)).size).toBeGreaterThanOrEqual(5)
    expect(reviews.some((review) => review.spoilers === true)).toBe(true)
    const seo = reviews.map((review) => review.seo).filter(isJsonObject)
    expect(seo.length).toBeGreaterThanOrEqual(2)
    for (const override of seo) {
      expect([...String(override.title)].length).toBeLessThanOrEqual(70)
      expect([...String(override.description)].length).toBeLessThanOrEqual(160)
    }
    expect(reviews.filter((review) => refIds(review.relatedPins).length > 0).length).toBeGreaterThanOrEqual(1)
  })

  it('link only over https', () => {
    const hrefs: string[] = []
    for (const document of documents) {
      walkObjects(document, (object) => {
        if (object._type === 'link' && typeof object.href === 'string') hrefs.push(object.href)
      })
    }
    expect(hrefs.length).toBeGreaterThan(3)
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//)
  })
})

describe('the typical UK review (Ballerina)', () => {
  it('has the punny headline, the standfirst hand-off, a studio-credited image and the release line', () => {
    const review = byId('review-ballerina')
    const film = byId('film-ballerina')
    if (!review || !film) throw new Error('Ballerina review or film is missing')
    expect(String(review.headline)).toMatch(/^Ballerina review \| /)
    expect(String(review.standfirst)).toMatch(/Our review:$/)
    const body = blocks(review)
    const inline = body.find((block) => block._type === 'image')
    expect(inline?.credit).toBe('Credit: Lionsgate')
    expect(String(inline?.caption)).toMatch(/illustration/i)
    const last = body.at(-1)
    expect(last).toMatchObject({
      _type: 'releaseInfo',
      title: 'Ballerina',
      medium: 'cinema',
      territory: 'UK',
    })
    const releases = Array.isArray(film.releases) ? film.releases.filter(isJsonObject) : []
    const ukCinema = releases.find((release) => release.territory === 'UK' && release.medium === 'cinema')
    expect(last?.date).toBe(ukCinema?.date)
    expect(last?.date).toBe('2025-06-06')
  })
})

describe('articles', () => {
  const sectionByKind: Record<string, string> = {
    news: 'section-news',
    feature: 'section-features',
    list: 'section-features',
    interview: 'section-interviews',
  }

  it('cover every kind, sit in the matching section and reference films', () => {
    const articles = ofType('article')
    expect(new Set(articles.map((article) => article.kind))).toEqual(new Set(Object.keys(sectionByKind)))
    for (const article of articles) {
      expect(refIds(article.section), article._id).toEqual([sectionByKind[String(article.kind)]])
      expect(refIds(article.films).length, article._id).toBeGreaterThan(0)
    }
  })

  it('only interview people whose biographies say they are fictional', () => {
    for (const interview of ofType('article').filter((article) => article.kind === 'interview')) {
      const fictional = refIds(interview.people)
        .map(byId)
        .filter((person) => typeof person?.bio === 'string' && person.bio.includes('fictional'))
      expect(fictional.length, interview._id).toBeGreaterThan(0)
      expect(JSON.stringify(interview.standfirst), interview._id).toMatch(/fictional/)
    }
  })
})

describe('site settings', () => {
  it('name the magazine and link every section and films', () => {
    const settings = byId('siteSettings')
    expect(settings?.title).toBe('Marquee')
    const navigation = Array.isArray(settings?.navigation) ? settings.navigation.filter(isJsonObject) : []
    expect(navigation.map((item) => item.href)).toEqual([
      '/reviews',
      '/news',
      '/features',
      '/interviews',
      '/films',
    ])
    expect(isJsonObject(settings?.defaultShareImage ?? null)).toBe(true)
  })
})
