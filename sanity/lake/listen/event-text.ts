// The text of `mutation` events, built once per committed transaction however many listeners hear it.
// Listeners with the same query, parameters, options and read scope share one rendering (one Buffer, written
// to each of them); listeners that differ still share the JSON of the documents, mutations and effects, which
// is the expensive part (a 100 KB document was serialised once per listener: 200 listeners, 1.2 s a write).
import type { TransactionInput } from '../store/transaction-record.ts'
import type { MutationEvent } from './mutation-events.ts'

/** One server-sent event: optional id, name, one `data:` line of JSON. */
export function sseText(name: string, dataJson: string, id?: string): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${name}\ndata: ${dataJson}\n\n`
}

/** Caches for one committed transaction; dropped with it (a WeakMap keyed by the transaction). */
export class CommitRendering {
  readonly #json = new WeakMap<object, string>()
  readonly #byListenerKind = new Map<string, Buffer>()

  /** The events for one kind of listener (same key: same events), rendered by `render` the first time. */
  forListenerKind(key: string, render: () => readonly MutationEvent[]): Buffer {
    let text = this.#byListenerKind.get(key)
    if (text === undefined) {
      text = Buffer.from(
        render()
          .map((event) => this.eventText(event))
          .join(''),
      )
      this.#byListenerKind.set(key, text)
    }
    return text
  }

  eventText(event: MutationEvent): string {
    return sseText('mutation', this.eventJson(event), event.eventId)
  }

  /** Equal to JSON.stringify(event), with each document, mutation list and effect serialised once. */
  eventJson(event: MutationEvent): string {
    const parts: string[] = []
    for (const [key, value] of Object.entries(event)) {
      if (value === undefined) continue
      const json =
        key === 'effects' && event.effects
          ? `{"apply":${this.#valueJson(event.effects.apply)},"revert":${this.#valueJson(event.effects.revert)}}`
          : this.#valueJson(value)
      parts.push(`${JSON.stringify(key)}:${json}`)
    }
    return `{${parts.join(',')}}`
  }

  #valueJson(value: unknown): string {
    if (typeof value !== 'object' || value === null) return JSON.stringify(value)
    let json = this.#json.get(value)
    if (json === undefined) {
      json = JSON.stringify(value)
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
