// A tiny HTTP server that answers @sanity/client queries over a fixed set of documents with groq-js,
// so custom validators (slug uniqueness) run through a real client and real GROQ, without a lake.
import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { evaluate, parse } from 'groq-js'

export interface GroqTestServer {
  url: string
  close(): Promise<void>
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function parseJson(text: string): Json {
  const value: Json = JSON.parse(text)
  return value
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks).toString('utf8')
}

async function queryAndParams(request: IncomingMessage, url: URL) {
  if (request.method === 'POST') {
    const body = parseJson(await readBody(request))
    if (typeof body !== 'object' || body === null || Array.isArray(body) || typeof body.query !== 'string') {
      throw new Error('POST body must be {query, params}')
    }
    const params = body.params
    return {
      query: body.query,
      params: typeof params === 'object' && params !== null && !Array.isArray(params) ? params : {},
    }
  }
  const query = url.searchParams.get('query') ?? ''
  const params: Record<string, Json> = {}
  for (const [key, value] of url.searchParams) {
    if (key.startsWith('$')) params[key.slice(1)] = parseJson(value)
  }
  return { query, params }
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify(body))
}

export async function startGroqTestServer(documents: readonly object[]): Promise<GroqTestServer> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (!/^\/v[^/]+\/data\/query\/[^/]+$/.test(url.pathname)) {
      send(response, 404, { error: 'Not Found', message: `No route for ${url.pathname}`, statusCode: 404 })
      return
    }
    try {
      const { query, params } = await queryAndParams(request, url)
      const started = performance.now()
      const value = await evaluate(parse(query, { params }), { dataset: documents, params })
      const result: unknown = await value.get()
      send(response, 200, { query, result, ms: Math.round(performance.now() - started) })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      send(response, 400, { error: 'Bad Request', message, statusCode: 400 })
    }
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address: AddressInfo | string | null = server.address()
  if (address === null || typeof address === 'string') throw new Error('Test server has no TCP address')
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
