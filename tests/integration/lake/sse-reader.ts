// Reads a lake event stream over plain fetch, event by event, for shapes and headers the client hides.

export interface SseEvent {
  id?: string
  event: string
  data: unknown
}

export interface SseStream {
  status: number
  /** Waits for the next event (comments skipped); rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<SseEvent>
  /** Events until one satisfies `until` (included). */
  collect(until: (event: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent[]>
  close(): void
}

function parseBlock(block: string): SseEvent | undefined {
  let id: string | undefined
  let event = 'message'
  const data: string[] = []
  for (const line of block.split('\n')) {
    if (line.startsWith(':') || line === '') continue
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '')
    if (field === 'id') id = value
    else if (field === 'event') event = value
    else if (field === 'data') data.push(value)
  }
  if (data.length === 0 && id === undefined && event === 'message') return undefined
  const text = data.join('\n')
  return { id, event, data: text === '' ? undefined : JSON.parse(text) }
}

export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  const controller = new AbortController()
  const response = await fetch(url, { headers, signal: controller.signal })
  const reader = response.body?.getReader()
  if (!reader) throw new Error('no body')
  const decoder = new TextDecoder()
  let buffer = ''
  const queue: SseEvent[] = []

  async function next(timeoutMs = 3000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const queued = queue.shift()
      if (queued) return queued
      const boundary = buffer.indexOf('\n\n')
      if (boundary !== -1) {
        const event = parseBlock(buffer.slice(0, boundary))
        buffer = buffer.slice(boundary + 2)
        if (event) queue.push(event)
        continue
      }
      const remaining = deadline - Date.now()
      if (remaining <= 0) throw new Error('timed out waiting for an event')
      let timer: NodeJS.Timeout | undefined
      const chunk = await Promise.race([
        reader?.read(),
        new Promise<undefined>((resolve) => {
          timer = setTimeout(() => resolve(undefined), remaining)
        }),
      ])
      clearTimeout(timer)
      if (chunk === undefined) throw new Error('timed out waiting for an event')
      if (chunk.done) throw new Error('stream ended')
      buffer += decoder.decode(chunk.value, { stream: true })
    }
  }

  return {
    status: response.status,
    next,
    async collect(until, timeoutMs) {
      const events: SseEvent[] = []
      for (;;) {
        const event = await next(timeoutMs)
        events.push(event)
        if (until(event)) return events
      }
    },
    close: () => controller.abort(),
  }
}
