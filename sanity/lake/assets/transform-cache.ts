// A byte-bounded LRU of transformed images. Asset URLs are content-addressed, so an entry never goes
// stale; the bound only keeps memory in check. Concurrent requests for the same key share one transform.

export class TransformCache {
  readonly #maxBytes: number
  readonly #entries = new Map<string, Buffer>()
  readonly #pending = new Map<string, Promise<Buffer>>()
  #bytes = 0

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes
  }

  get size(): number {
    return this.#entries.size
  }

  get bytes(): number {
    return this.#bytes
  }

  async getOrCreate(key: string, create: () => Promise<Buffer>): Promise<Buffer> {
    const cached = this.#entries.get(key)
    if (cached) {
      // Re-insert to mark as most recently used (Map keeps insertion order).
      this.#entries.delete(key)
      this.#entries.set(key, cached)
      return cached
    }
    const pending = this.#pending.get(key)
    if (pending) return pending
    const promise = create().then(
      (bytes) => {
        this.#pending.delete(key)
        this.#store(key, bytes)
        return bytes
      },
      (error: unknown) => {
        this.#pending.delete(key)
        throw error
      },
    )
    this.#pending.set(key, promise)
    return promise
  }

  #store(key: string, bytes: Buffer): void {
    if (bytes.length > this.#maxBytes) return
    this.#entries.set(key, bytes)
    this.#bytes += bytes.length
    for (const [oldest, value] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break
      this.#entries.delete(oldest)
      this.#bytes -= value.length
    }
  }
}
