// Publish-to-visible on the production build: an editor publishes a headline change on a published review,
// unpublishes a story, deletes a story (each as the Studio does it: document actions through @sanity/client,
// with an editor's token), and the bench polls the public page until readers see it. Prints p50 and p95 per
// kind against the target (p50 <= 1 s, p95 <= 2 s). Starts its own lake and `next start` (bench/publish/).
// Run: npm run bench:publish   Options: --changes=20 (per kind), --poll=25 (ms between polls),
// --reuse-build (skip `next build` when .next holds this bench's previous build), --verbose (each change).
import { createClient, type SanityClient } from '@sanity/client'
import { z } from 'zod'
import { breakdownRow, reportRow, type Sample, TARGET } from './publish/report.ts'
import { type SiteStack, startSiteStack } from './publish/site-stack.ts'

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? fallback
}

const CHANGES = Number(option('changes', '20'))
const POLL_MS = Number(option('poll', '25'))
const GIVE_UP_MS = 30_000
const VERBOSE = process.argv.includes('--verbose')

interface Answer {
  status: number
  text: string
}

type Kind = 'publish' | 'unpublish' | 'delete'

interface Bench {
  client: SanityClient
  stack: SiteStack
  runId: string
}

async function page(url: string): Promise<Answer> {
  const response = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(GIVE_UP_MS) })
  return { status: response.status, text: await response.text() }
}

/** Polls `url` from `start` (epoch ms) until `visible` holds; the milliseconds until that answer. */
async function pollUntil(url: string, start: number, visible: (answer: Answer) => boolean): Promise<number> {
  for (;;) {
    const answer = await page(url)
    const elapsed = Date.now() - start
    if (visible(answer)) return elapsed
    if (elapsed > GIVE_UP_MS) return Number.POSITIVE_INFINITY
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

/** Makes the change (an action answering its transaction id), then times it to visible, with its webhook legs. */
async function measure(
  bench: Bench,
  url: string,
  change: () => Promise<{ transactionId: string }>,
  visible: (answer: Answer) => boolean,
): Promise<Sample> {
  const start = Date.now()
  const { transactionId } = await change()
  const total = await pollUntil(url, start, visible)
  // The lake logs the attempt just after the site's answer; give it a moment when the poll was quicker.
  let delivery = bench.stack.delivery(transactionId)
  if (!delivery) await new Promise((resolve) => setTimeout(resolve, 200))
  delivery ??= bench.stack.delivery(transactionId)
  if (VERBOSE) {
    const legs = delivery
      ? `webhook sent ${delivery.sentAt - start} ms, answered ${delivery.answeredAt - start} ms`
      : 'no webhook logged'
    console.log(
      `${url}: ${Number.isFinite(total) ? `${total} ms` : 'never'} (${legs}; transaction ${transactionId})`,
    )
  }
  return {
    total,
    webhookSent: delivery && delivery.sentAt - start,
    webhookAnswered: delivery && delivery.answeredAt - start,
  }
}

const reviewsSchema = z.array(z.object({ _id: z.string(), slug: z.string() }))

async function publishes(bench: Bench): Promise<Sample[]> {
  const { client, stack, runId } = bench
  const reviews = reviewsSchema.parse(
    await client.fetch(
      '*[_type == "review" && defined(slug.current)] | order(_id)[0...5]{_id, "slug": slug.current}',
    ),
  )
  if (reviews.length === 0) throw new Error('the seeded lake has no reviews')
  for (const review of reviews) await page(`${stack.siteUrl}/reviews/${review.slug}`) // in the page cache
  const samples: Sample[] = []
  for (let i = 0; i < CHANGES; i++) {
    const review = reviews[i % reviews.length]
    if (!review) continue
    const headline = `Bench headline ${runId} number ${i}`
    const draftId = `drafts.${review._id}`
    // The Studio's way: the edit lands in the draft, then the publish action makes it public.
    await client.action({
      actionType: 'sanity.action.document.edit',
      draftId,
      publishedId: review._id,
      patch: { set: { headline } },
    })
    samples.push(
      await measure(
        bench,
        `${stack.siteUrl}/reviews/${review.slug}`,
        () =>
          client.action({ actionType: 'sanity.action.document.publish', draftId, publishedId: review._id }),
        (answer) => answer.status === 200 && answer.text.includes(headline),
      ),
    )
  }
  return samples
}

/** A news story published and seen on its page, for the unpublish and delete rounds to take away. */
async function publishedStory(bench: Bench, id: string, headline: string): Promise<string> {
  const slug = id.replace(/^article-/, '')
  await bench.client.createOrReplace({
    _id: id,
    _type: 'article',
    kind: 'news',
    headline,
    slug: { _type: 'slug', current: slug },
    standfirst: 'Published, then taken away again by the publish bench.',
    publishedAt: new Date().toISOString(),
    section: { _type: 'reference', _ref: 'section-news' },
  })
  const url = `${bench.stack.siteUrl}/news/${slug}`
  const shown = await pollUntil(url, Date.now(), (answer) => answer.text.includes(headline))
  if (!Number.isFinite(shown)) throw new Error(`${url} never showed the story the bench published`)
  return url
}

async function removals(bench: Bench, kind: Kind): Promise<Sample[]> {
  const { client, runId } = bench
  const samples: Sample[] = []
  for (let i = 0; i < CHANGES; i++) {
    const id = `article-bench-${kind}-${runId}-${i}`
    const url = await publishedStory(bench, id, `Bench story ${runId} ${kind} ${i}`)
    const change =
      kind === 'unpublish'
        ? () =>
            client.action({
              actionType: 'sanity.action.document.unpublish',
              draftId: `drafts.${id}`,
              publishedId: id,
            })
        : () =>
            client.action({ actionType: 'sanity.action.document.delete', publishedId: id, includeDrafts: [] })
    samples.push(await measure(bench, url, change, (answer) => answer.status === 404))
  }
  return samples
}

async function main(): Promise<void> {
  const stack = await startSiteStack({
    reuseBuild: process.argv.includes('--reuse-build'),
    log: (line) => console.log(line),
  })
  try {
    const client = createClient({
      projectId: 'local',
      dataset: 'production',
      apiHost: stack.lakeUrl,
      useProjectHostname: false,
      useCdn: false,
      apiVersion: '2025-02-19',
      token: stack.editorToken,
    })
    const bench: Bench = { client, stack, runId: Date.now().toString(36) }
    console.log(
      `site ${stack.siteUrl} (${stack.built ? 'built now' : 'previous build'}), lake ${stack.lakeUrl}`,
    )
    console.log(`${CHANGES} changes per kind, polling every ${POLL_MS} ms after each answer`)
    const results: [Kind, Sample[]][] = [
      ['publish', await publishes(bench)],
      ['unpublish', await removals(bench, 'unpublish')],
      ['delete', await removals(bench, 'delete')],
    ]
    console.log(`\npublish-to-visible (target p50 <= ${TARGET.p50 / 1000} s, p95 <= ${TARGET.p95 / 1000} s)`)
    for (const [kind, samples] of results) console.log(reportRow(kind, samples))
    console.log('\nwhere the time went (p50 of each leg)')
    for (const [kind, samples] of results) console.log(breakdownRow(kind, samples))
  } finally {
    await stack.stop()
  }
}

await main()
