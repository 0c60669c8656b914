// Edge-cache throughput: the cached article page through Varnish (deploy/varnish/marquee.vcl) against a plain
// Node static server sending the same bytes, in the same run, on the same machine; the site's `/images`
// through Varnish against the lake direct; and `next start` alone for reference. autocannon drives the load
// (CONNECTIONS connections for DURATION seconds each). `runThroughputBench` is what `npm run bench:site`
// calls; `npm run bench:edge` runs it alone (bench/site/edge.bench.ts).
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { z } from 'zod'
import { findVarnishd, type RunningVarnish, startVarnish } from '#scripts/lib/varnish-process.ts'

export const TARGET_RATIO = 0.5
export const TARGET_P99_MS = 20

export interface ThroughputOptions {
  /** The site (`next start`) Varnish sits in front of, e.g. http://127.0.0.1:3000. */
  siteUrl: string
  /** The lake the site reads images from, e.g. http://127.0.0.1:4000. */
  lakeUrl: string
  /** A cached article page, e.g. /reviews/john-wick-chapter-4. */
  articlePath: string
  connections?: number
  durationSeconds?: number
  /** Also measure `next start` without Varnish (the "before"). */
  includeOrigin?: boolean
  log?: (line: string) => void
}

export interface LoadResult {
  name: string
  url: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  errors: number
  non2xx: number
  bytesPerResponse: number
}

export interface ThroughputReport {
  connections: number
  durationSeconds: number
  article: { edge: LoadResult; staticBaseline: LoadResult; origin?: LoadResult; ratio: number }
  images: { edge: LoadResult; lake: LoadResult; ratio: number; edgeContentLength: string | null }
  meetsTarget: boolean
}

const histogram = z.object({ average: z.number(), p50: z.number(), p99: z.number() })
const autocannonResult = z.object({
  requests: histogram,
  latency: histogram,
  throughput: histogram,
  errors: z.number(),
  timeouts: z.number(),
  non2xx: z.number(),
})

/** Browsers ask for compressed pages; both sides of the comparison answer the same way. */
const PAGE_HEADERS = { 'accept-encoding': 'gzip, deflate, br' }
const IMAGE_HEADERS = { accept: 'image/avif,image/webp,image/*,*/*;q=0.8' }

async function load(
  name: string,
  url: string,
  headers: Record<string, string>,
  connections: number,
  duration: number,
): Promise<LoadResult> {
  const result = autocannonResult.parse(
    await autocannon({ url, connections, duration, headers, timeout: 10 }),
  )
  const requestsPerSecond = result.requests.average
  return {
    name,
    url,
    requestsPerSecond,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: requestsPerSecond > 0 ? Math.round(result.throughput.average / requestsPerSecond) : 0,
  }
}

interface Captured {
  status: number
  headers: Record<string, string>
  body: Buffer
}

/** Fetches with node's http semantics kept (no automatic decompression), so the bytes are the wire bytes. */
function capture(url: string, headers: Record<string, string>): Promise<Captured> {
  return new Promise((resolveCapture, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolveCapture({
          status: res.statusCode ?? 0,
          headers: flatHeaders(res.headers),
          body: Buffer.concat(chunks),
        }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string') flat[name] = value
    else if (Array.isArray(value)) flat[name] = value.join(', ')
  }
  return flat
}

/** The baseline (bench/site/static-server.ts, its own process) answering with the captured response's bytes. */
async function staticServer(page: Captured): Promise<{ url: string; stop: () => void }> {
  const headers: Record<string, string> = {}
  for (const name of ['content-type', 'content-encoding', 'vary', 'cache-control']) {
    const value = page.headers[name]
    if (value) headers[name] = value
  }
  const dir = mkdtempSync(join(tmpdir(), 'marquee-static-'))
  writeFileSync(join(dir, 'body'), page.body)
  const child: ChildProcess = spawn(
    process.execPath,
    [join(import.meta.dirname, 'static-server.ts'), join(dir, 'body'), JSON.stringify(headers)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const stop = () => {
    child.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
  const port = await new Promise<number>((resolvePort, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolvePort(Number(chunk.toString().trim())))
    child.once('exit', (code) => reject(new Error(`the static server exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${port}`, stop }
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen))
  const address = server.address()
  return typeof address === 'object' && address ? address.port : 0
}

async function freePort(): Promise<number> {
  const server = createServer()
  const port = await listen(server)
  await new Promise((resolveClose) => server.close(resolveClose))
  return port
}

/** The first `/images/…` URL in the page (the hero or cover). */
export function firstImagePath(html: string): string | undefined {
  const match = /(?:src|srcSet|srcset)="(?:https?:\/\/[^/"]+)?(\/images\/[^"\s,]+)/.exec(html)
  return match?.[1]?.replaceAll('&amp;', '&')
}

export async function runThroughputBench(options: ThroughputOptions): Promise<ThroughputReport> {
  const connections = options.connections ?? 20
  const duration = options.durationSeconds ?? 10
  const log = options.log ?? (() => {})
  if (!findVarnishd())
    throw new Error('varnishd is not installed (Debian: apt-get install varnish varnish-modules)')
  const site = new URL(options.siteUrl)
  let varnish: RunningVarnish | undefined
  let baseline: { stop: () => void } | undefined
  try {
    varnish = await startVarnish({
      host: '127.0.0.1',
      port: await freePort(),
      backendHost: site.hostname,
      backendPort: Number(site.port || '80'),
    })
    const articleUrl = `${varnish.url}${options.articlePath}`
    // The first answer fills the cache; the second is the cached copy, whose bytes the baseline sends.
    await capture(articleUrl, PAGE_HEADERS)
    const page = await capture(articleUrl, PAGE_HEADERS)
    if (page.status !== 200) throw new Error(`${options.articlePath} answered ${page.status} through Varnish`)
    if (page.headers['x-cache'] !== 'HIT')
      throw new Error(`${options.articlePath} is not cached by Varnish (X-Cache: ${page.headers['x-cache']})`)
    const plain = await capture(articleUrl, {})
    const imagePath = firstImagePath(plain.body.toString('utf8'))
    if (!imagePath) throw new Error(`no /images/ URL on ${options.articlePath}`)

    const served = await staticServer(page)
    baseline = served
    log(
      `article: ${page.body.length} bytes (${page.headers['content-encoding'] ?? 'identity'}); image: ${imagePath}`,
    )
    const staticBaseline = await load(
      'static Node server, same bytes',
      `${served.url}/`,
      PAGE_HEADERS,
      connections,
      duration,
    )
    const edge = await load('article through Varnish', articleUrl, PAGE_HEADERS, connections, duration)
    const origin = options.includeOrigin
      ? await load(
          'article from next start',
          `${options.siteUrl}${options.articlePath}`,
          PAGE_HEADERS,
          connections,
          duration,
        )
      : undefined

    const edgeImageUrl = `${varnish.url}${imagePath}`
    await capture(edgeImageUrl, IMAGE_HEADERS)
    const image = await capture(edgeImageUrl, IMAGE_HEADERS)
    const lakeImage = await load(
      'image from the lake',
      `${options.lakeUrl}${imagePath}`,
      IMAGE_HEADERS,
      connections,
      duration,
    )
    const edgeImage = await load(
      '/images through Varnish',
      edgeImageUrl,
      IMAGE_HEADERS,
      connections,
      duration,
    )

    const ratio = edge.requestsPerSecond / staticBaseline.requestsPerSecond
    const imageRatio = edgeImage.requestsPerSecond / lakeImage.requestsPerSecond
    return {
      connections,
      durationSeconds: duration,
      article: { edge, staticBaseline, ...(origin ? { origin } : {}), ratio },
      images: {
        edge: edgeImage,
        lake: lakeImage,
        ratio: imageRatio,
        edgeContentLength: image.headers['content-length'] ?? null,
      },
      meetsTarget:
        ratio >= TARGET_RATIO && edge.p99Ms <= TARGET_P99_MS && edge.errors === 0 && edge.non2xx === 0,
    }
  } finally {
    baseline?.stop()
    await varnish?.stop()
  }
}

const fixed = (value: number, digits = 0) => value.toFixed(digits)

/** The report as a table, with the targets. */
export function formatThroughputReport(report: ThroughputReport): string {
  const rows = [
    report.article.staticBaseline,
    report.article.edge,
    ...(report.article.origin ? [report.article.origin] : []),
    report.images.lake,
    report.images.edge,
  ]
  const lines = [
    `| ${report.connections} connections, ${report.durationSeconds} s each | req/s | p50 ms | p99 ms | bytes | errors | non-2xx |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${fixed(row.requestsPerSecond)} | ${fixed(row.p50Ms, 1)} | ${fixed(row.p99Ms, 1)} | ${row.bytesPerResponse} | ${row.errors} | ${row.non2xx} |`,
    ),
    '',
    `article through Varnish / static baseline: ${fixed(report.article.ratio, 2)}x (target >= ${TARGET_RATIO}x), p99 ${fixed(report.article.edge.p99Ms, 1)} ms (target <= ${TARGET_P99_MS} ms): ${report.meetsTarget ? 'met' : 'NOT met'}`,
    ...(report.article.origin
      ? [
          `next start alone / static baseline: ${fixed(report.article.origin.requestsPerSecond / report.article.staticBaseline.requestsPerSecond, 3)}x`,
        ]
      : []),
    `/images through Varnish / lake direct: ${fixed(report.images.ratio, 2)}x; Content-Length through Varnish: ${report.images.edgeContentLength ?? 'missing'}`,
  ]
  return lines.join('\n')
}
