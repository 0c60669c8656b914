// Draft preview of a release: when the editor picks a release in Presentation, next-sanity stores the stack
// in the `sanity-preview-perspective` cookie, and the site reads it back with resolvePerspectiveFromCookies
// (lib/draft/draft-mode.ts). Next's draftMode() needs a request, so this checks the two halves: the cookie as
// Next writes and reads it, and the site's own draft query path (lib/fetch.ts, lib/draft/draft-client.ts)
// against a real lake with that perspective, in GET and POST queries. Anonymous readers see none of it.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type ClientPerspective, type SanityClient, validateApiPerspective } from '@sanity/client'
import { perspectiveCookieName } from '@sanity/preview-url-secret/constants'
import { RequestCookiesAdapter } from 'next/dist/server/web/spec-extension/adapters/request-cookies'
import { RequestCookies, ResponseCookies } from 'next/dist/server/web/spec-extension/cookies'
import { stegaClean } from 'next-sanity'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSanityClient } from '#lib/client.ts'
import { createDraftClient } from '#lib/draft/draft-client.ts'
import { parseEnv } from '#lib/env.ts'
import { fetchDraftQuery, fetchQuery } from '#lib/fetch.ts'
import { articleQuery } from '#lib/queries/article.ts'
import { homeQuery } from '#lib/queries/listings.ts'
import { startTestLake, type TestLake } from '#tests/integration/lake/lake-fixture.ts'
import { siteFixtures } from './fixtures.ts'

const RELEASE = 'rBallerinaEmbargo'
const SLUG = 'ballerina-at-the-embargo'
const HEADLINE = 'Ballerina review | Seen at the embargo'
const DRAFT_HEADLINE = 'Review number 14, redrafted'

let t: TestLake
let writer: SanityClient
let reader: SanityClient
let draftClient: SanityClient

/** The cookie as next-sanity's perspectiveChangeAction sets it, sent back as a browser would. */
function cookieHeaderFor(stack: readonly string[]): string {
  const response = new ResponseCookies(new Headers())
  response.set(perspectiveCookieName, stack.join(','))
  const setCookie = response.toString()
  return setCookie.split(';')[0] ?? ''
}

/**
 * next-sanity's own resolvePerspectiveFromCookies. `next-sanity/live` resolves to a stub that throws outside
 * the `react-server` condition (vitest has none), so this loads the module that export comes from; the pinned
 * build names it `n` there. If an upgrade moves it, this fails loudly rather than testing something else.
 */
async function resolvePerspectiveFromCookies(cookies: unknown): Promise<ClientPerspective> {
  const file = join(process.cwd(), 'node_modules/next-sanity/dist/resolveVariantFromCookies.js')
  const module: Record<string, unknown> = await import(pathToFileURL(file).href)
  const resolve = module.n
  if (typeof resolve !== 'function' || resolve.name !== 'resolvePerspectiveFromCookies') {
    throw new Error('next-sanity moved resolvePerspectiveFromCookies')
  }
  const perspective: unknown = await resolve({ cookies })
  if (typeof perspective !== 'string' && !Array.isArray(perspective)) throw new Error('not a perspective')
  validateApiPerspective(perspective)
  return perspective
}

async function perspectiveFromCookieHeader(cookie: string): Promise<ClientPerspective> {
  return resolvePerspectiveFromCookies(
    RequestCookiesAdapter.seal(new RequestCookies(new Headers({ cookie }))),
  )
}

beforeAll(async () => {
  t = await startTestLake()
  const env = parseEnv({ LAKE_URL: t.lake.url, SANITY_PREVIEW_TOKEN: t.lake.token })
  writer = createSanityClient(env, { token: t.lake.token })
  reader = createSanityClient(env)
  const preview = createDraftClient(env)
  if (!preview) throw new Error('no draft client')
  draftClient = preview
  const png = await sharp({ create: { width: 16, height: 9, channels: 3, background: '#334455' } })
    .png()
    .toBuffer()
  const shared = await writer.assets.upload('image', png, { filename: 'shared.png' })
  const transaction = writer.transaction()
  for (const document of siteFixtures(shared._id)) transaction.createOrReplace(document)
  await transaction.commit({ visibility: 'sync' })
  const latest = await writer.getDocument('review-14')
  if (!latest) throw new Error('no review-14')
  await writer.createOrReplace({ ...latest, _id: 'drafts.review-14', headline: DRAFT_HEADLINE })

  await writer.releases.create({
    releaseId: RELEASE,
    metadata: { title: 'Ballerina embargo', releaseType: 'asap' },
  })
  await writer.createVersion({
    releaseId: RELEASE,
    publishedId: 'review-at-embargo',
    document: {
      _id: `versions.${RELEASE}.review-at-embargo`,
      _type: 'review',
      headline: HEADLINE,
      slug: { _type: 'slug', current: SLUG },
      standfirst: 'What the home page shows at the embargo.',
      film: { _type: 'reference', _ref: 'film-ballerina' },
      authors: [{ _key: 'a1', _type: 'reference', _ref: 'author-tom' }],
      section: { _type: 'reference', _ref: 'section-reviews' },
      rating: 4,
      publishedAt: '2030-01-12T00:01:00Z',
      heroImage: { _type: 'image', asset: { _type: 'reference', _ref: shared._id }, alt: 'A still' },
    },
  })
})
afterAll(async () => {
  await t?.stop()
})

describe('the release perspective cookie', () => {
  it('reads back as the release stack Presentation chose', async () => {
    const header = cookieHeaderFor([RELEASE, 'drafts'])
    expect(header).toBe(`${perspectiveCookieName}=${encodeURIComponent(`${RELEASE},drafts`)}`)
    expect(await perspectiveFromCookieHeader(header)).toEqual([RELEASE, 'drafts'])
  })

  it('falls back to drafts when absent, and refuses raw', async () => {
    expect(await perspectiveFromCookieHeader('')).toBe('drafts')
    expect(await perspectiveFromCookieHeader(`${perspectiveCookieName}=raw`)).toBe('drafts')
  })
})

describe('the site in draft mode with a release picked', () => {
  it('shows the release version on the home page and its review page, over drafts and published', async () => {
    const perspective = await perspectiveFromCookieHeader(cookieHeaderFor([RELEASE, 'drafts']))
    const home = stegaClean(await fetchDraftQuery(draftClient, homeQuery, {}, perspective))
    expect(home.lead?.headline).toBe(HEADLINE)
    expect(home.reviews.map((review) => review.headline)).toContain(DRAFT_HEADLINE)
    const review = stegaClean(await fetchDraftQuery(draftClient, articleQuery, { slug: SLUG }, perspective))
    expect(review?.headline).toBe(HEADLINE)
  })

  it('is answered the same in a POST query (a query too long for GET)', async () => {
    const perspective = await perspectiveFromCookieHeader(cookieHeaderFor([RELEASE, 'drafts']))
    const padding = `// ${'x'.repeat(12_000)}\n`
    const query = `${padding}*[_type == "review" && slug.current == $slug][0].headline`
    const headline = await writer.fetch(query, { slug: SLUG }, { perspective })
    expect(headline).toBe(HEADLINE)
    // The client sends the stack in the URL of the POST as well; the lake also takes it in the body.
    const raw = await t.request(`/v2025-02-19/data/query/production`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, params: { slug: SLUG }, perspective }),
    })
    expect(raw.status).toBe(200)
    expect(raw.body).toMatchObject({ result: HEADLINE })
  })

  it('shows anonymous readers neither the release nor drafts, with or without that perspective', async () => {
    const home = await fetchQuery(reader, homeQuery)
    expect(JSON.stringify(home)).not.toContain(HEADLINE)
    expect(JSON.stringify(home)).not.toContain(DRAFT_HEADLINE)
    expect(await fetchQuery(reader, articleQuery, { slug: SLUG })).toBeNull()
    const asked = await t.anonymous
      .fetch('*[slug.current == $slug][0].headline', { slug: SLUG }, { perspective: [RELEASE, 'drafts'] })
      .catch((error: unknown) => (error instanceof Error ? error.message : String(error)))
    expect(asked).not.toBe(HEADLINE)
  })
})
