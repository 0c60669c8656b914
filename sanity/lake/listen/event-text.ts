// The text of `mutation` events, built once per committed transaction however many listeners hear it.
// Listeners with the same query, parameters, options and read scope share one rendering; listeners that differ
// still share the JSON of the documents, mutations and effects (as Buffers, written as they are to every
// stream), which is the expensive part: a 100 KB document was serialised once per listener, 200 listeners
// made a write take 1.2 s.
import type { TransactionInput } from '../store/transaction-record.ts'
import type { MutationEvent } from './mutation-events.ts'

/** One server-sent event: optional id, name, one `data:` line of JSON. */
export function sseText(name: string, dataJson: string, id?: string): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${name}\ndata: ${dataJson}\n\n`
}

/** Fragments longer than this are kept as one shared Buffer instead of being copied into each event's text. */
const SHARED_FRAGMENT_BYTES = 4_096

/** An event stream's bytes for one commit: small strings around shared Buffers. */
export type EventChunks = readonly (string | Buffer)[]

/** Caches for one committed transaction; dropped with it (a WeakMap keyed by the transaction). */
export class CommitRendering {
  readonly #json = new WeakMap<object, string | Buffer>()
  readonly #byListenerKind = new Map<string, EventChunks>()

  /** The events for one kind of listener (same key: same events), rendered by `render` the first time. */
  forListenerKind(key: string, render: () => readonly MutationEvent[]): EventChunks {
    let chunks = this.#byListenerKind.get(key)
    if (chunks === undefined) {
      chunks = render().flatMap((event) => this.eventChunks(event))
      this.#byListenerKind.set(key, chunks)
    }
    return chunks
  }

  /** The same bytes as sseText('mutation', JSON.stringify(event), event.eventId). */
  eventChunks(event: MutationEvent): EventChunks {
    const chunks: (string | Buffer)[] = []
    let text = `id: ${event.eventId}\nevent: mutation\ndata: {`
    let first = true
    const append = (fragment: string | Buffer) => {
      if (typeof fragment === 'string') {
        text += fragment
        return
      }
      chunks.push(text, fragment)
      text = ''
    }
    for (const [key, value] of Object.entries(event)) {
      if (value === undefined) continue
      append(`${first ? '' : ','}${JSON.stringify(key)}:`)
      first = false
      if (key === 'effects' && event.effects) {
        append('{"apply":')
        append(this.#valueJson(event.effects.apply))
        append(',"revert":')
        append(this.#valueJson(event.effects.revert))
        append('}')
      } else {
        append(this.#valueJson(value))
      }
    }
    chunks.push(`${text}}\n\n`)
    return chunks
  }

  #valueJson(value: unknown): string | Buffer {
    if (typeof value !== 'object' || value === null) return JSON.stringify(value)
    let json = this.#json.get(value)
    if (json === undefined) {
      const text = JSON.stringify(value)
      json = text.length > SHARED_FRAGMENT_BYTES ? Buffer.from(text) : text
      this.#json.set(value, json)
    }
    return json
  }
}

const renderings = new WeakMap<TransactionInput, CommitRendering>()

/** The rendering every listener of this commit shares (commit listeners run one after another, in-thread). */
export function renderingFor(transaction: TransactionInput): CommitRendering {
  let rendering = renderings.get(transaction)
  if (rendering === undefined) {
    rendering = new CommitRendering()
    renderings.set(transaction, rendering)
  }
  return rendering
}
