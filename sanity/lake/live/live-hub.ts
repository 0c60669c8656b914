// The Live Content API's event source: one event per committed transaction (id = transaction id), carrying
// the sync tags its changes announce per visibility, fanned out to open streams and kept in a bounded
// in-memory buffer per dataset so a reconnecting stream can resume from its Last-Event-ID.
import type { LakeStore } from '../store/lake-store.ts'
import { changeTags, type SyncTag, type Visibility } from './sync-tags.ts'

export interface LiveEvent {
  readonly id: string
  readonly tags: ReadonlyMap<Visibility, ReadonlySet<SyncTag>>
}

export type LiveSubscriber = (event: LiveEvent) => void

/** Events a stream can resume across; older ids (or ids from before a restart) get a `restart`. */
export const RESUME_BUFFER_EVENTS = 1000

export class LiveHub {
  readonly #recent = new Map<string, LiveEvent[]>()
  readonly #subscribers = new Map<string, Set<LiveSubscriber>>()

  constructor(store: LakeStore) {
    store.onCommit((transaction) => {
      const tags = new Map<Visibility, Set<SyncTag>>()
      for (const change of transaction.changes) {
        const announced = changeTags(transaction.dataset, change)
        const set = tags.get(announced.visibility) ?? new Set()
        for (const tag of announced.tags) set.add(tag)
        tags.set(announced.visibility, set)
      }
      if (tags.size > 0) this.#publish(transaction.dataset, { id: transaction.id, tags })
    })
  }

  subscribe(dataset: string, subscriber: LiveSubscriber): () => void {
    const subscribers = this.#subscribers.get(dataset) ?? new Set()
    this.#subscribers.set(dataset, subscribers)
    subscribers.add(subscriber)
    return () => {
      subscribers.delete(subscriber)
    }
  }

  /** The events after `eventId`, oldest first; undefined when that id is not in the buffer. */
  since(dataset: string, eventId: string): readonly LiveEvent[] | undefined {
    const recent = this.#recent.get(dataset) ?? []
    const at = recent.findIndex((event) => event.id === eventId)
    return at === -1 ? undefined : recent.slice(at + 1)
  }

  latest(dataset: string): LiveEvent | undefined {
    return this.#recent.get(dataset)?.at(-1)
  }

  #publish(dataset: string, event: LiveEvent): void {
    const recent = this.#recent.get(dataset) ?? []
    this.#recent.set(dataset, recent)
    recent.push(event)
    if (recent.length > RESUME_BUFFER_EVENTS) recent.splice(0, recent.length - RESUME_BUFFER_EVENTS)
    for (const subscriber of this.#subscribers.get(dataset) ?? []) subscriber(event)
  }
}

const hubs = new WeakMap<LakeStore, LiveHub>()

/** The store's hub, created on first use (events committed before that cannot be resumed across). */
export function liveHubFor(store: LakeStore): LiveHub {
  let hub = hubs.get(store)
  if (!hub) {
    hub = new LiveHub(store)
    hubs.set(store, hub)
  }
  return hub
}

/** The tags of an event a reader with these visibilities may hear of, sorted; empty: nothing to say. */
export function tagsFor(event: LiveEvent, visibilities: readonly Visibility[]): SyncTag[] {
  const tags = new Set<SyncTag>()
  for (const visibility of visibilities) for (const tag of event.tags.get(visibility) ?? []) tags.add(tag)
  return [...tags].sort()
}
