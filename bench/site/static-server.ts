// The throughput bench's baseline, in its own process (as a real static server would be, not sharing the load
// generator's event loop): node's http server answering every request with one file's bytes and the given
// headers. Usage: node bench/site/static-server.ts <body-file> <headers-json>; prints its port.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { z } from 'zod'

const [bodyFile, headersJson] = process.argv.slice(2)
if (!bodyFile || !headersJson) throw new Error('usage: static-server.ts <body-file> <headers-json>')
const body = readFileSync(bodyFile)
const headers = {
  ...z.record(z.string(), z.string()).parse(JSON.parse(headersJson)),
  'content-length': String(body.length),
}
const server = createServer((_req, res) => {
  res.writeHead(200, headers)
  res.end(body)
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(typeof address === 'object' && address ? address.port : 0)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
