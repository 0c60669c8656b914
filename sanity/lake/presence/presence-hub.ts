// Who is connected to presence, per dataset: each event a session sends reaches the other sessions of its dataset.
import type { PresenceEvent } from './bifur-messages.ts'

export interface PresencePeer {
  readonly dataset: string
  deliver(event: PresenceEvent): void
}

export interface PresenceLimits {
  /** Websockets per dataset; more are refused with 503 (a Studio tab holds one). */
  perDataset: number
  /** Websockets for the whole lake. */
  total: number
}

export const DEFAULT_PRESENCE_LIMITS: PresenceLimits = { perDataset: 200, total: 1000 }

export class PresenceHub {
  readonly #byDataset = new Map<string, Set<PresencePeer>>()
  #total = 0

  readonly limits: PresenceLimits

  constructor(limits: PresenceLimits = DEFAULT_PRESENCE_LIMITS) {
    this.limits = limits
  }

  hasRoomFor(dataset: string): boolean {
    return (
      this.#total < this.limits.total && (this.#byDataset.get(dataset)?.size ?? 0) < this.limits.perDataset
    )
  }

  /** False when full: the caller refuses the connection. */
  join(peer: PresencePeer): boolean {
    if (!this.hasRoomFor(peer.dataset)) return false
    let peers = this.#byDataset.get(peer.dataset)
    if (!peers) {
      peers = new Set()
      this.#byDataset.set(peer.dataset, peers)
    }
    peers.add(peer)
    this.#total++
    return true
  }

  leave(peer: PresencePeer): void {
    const peers = this.#byDataset.get(peer.dataset)
    if (!peers?.delete(peer)) return
    this.#total--
    if (peers.size === 0) this.#byDataset.delete(peer.dataset)
  }

  /** Sends to every other peer of the sender's dataset; a peer that throws does not stop the others. */
  broadcast(from: PresencePeer, event: PresenceEvent): void {
    for (const peer of this.#byDataset.get(from.dataset) ?? []) {
      if (peer === from) continue
      try {
        peer.deliver(event)
      } catch {
        // A socket closing mid-send is dropped by its own close handler.
      }
    }
  }

  size(dataset?: string): number {
    return dataset === undefined ? this.#total : (this.#byDataset.get(dataset)?.size ?? 0)
  }
}
