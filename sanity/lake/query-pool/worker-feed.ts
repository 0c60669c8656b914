// Feeds one query worker its replica: a snapshot of every dataset in chunks (so the main thread never copies a
// large dataset in one go), then the commits made since the snapshot, then each commit as it happens.
import type { Worker } from 'node:worker_threads'
import type { LakeDocument } from '../query/document-index.ts'
import type { LakeStore } from '../store/lake-store.ts'
import type { ToWorker } from './messages.ts'

/** Documents per message: a few milliseconds of structured cloning on the main thread. */
const CHUNK_SIZE = 500

export class WorkerFeed {
  readonly #worker: Worker
  /** Commits made while the snapshot is still being sent; undefined once it has been. */
  #held: ToWorker[] | undefined = []
  #stopped = false

  constructor(worker: Worker, store: LakeStore) {
    this.#worker = worker
    // Taken now, synchronously: documents are replaced on write, never changed in place, so the snapshot
    // stays this instant's state however long sending it takes. Later commits are held until it is sent.
    const snapshot = store.datasetNames().map((dataset) => ({
      dataset,
      documents: [...(store.index(dataset)?.all() ?? [])],
    }))
    void this.#sendSnapshot(snapshot)
  }

  /** Sends a commit now, or after the snapshot when that is still on its way. */
  send(message: ToWorker): void {
    if (this.#stopped) return
    if (this.#held) this.#held.push(message)
    else this.#worker.postMessage(message)
  }

  stop(): void {
    this.#stopped = true
    this.#held = undefined
  }

  async #sendSnapshot(snapshot: { dataset: string; documents: LakeDocument[] }[]): Promise<void> {
    for (const { dataset, documents } of snapshot) {
      for (let start = 0; start < documents.length; start += CHUNK_SIZE) {
        if (this.#stopped) return
        this.#worker.postMessage({
          kind: 'load',
          dataset,
          documents: documents.slice(start, start + CHUNK_SIZE),
        } satisfies ToWorker)
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
    if (this.#stopped) return
    for (const message of this.#held ?? []) this.#worker.postMessage(message)
    this.#held = undefined
    this.#worker.postMessage({ kind: 'loaded' } satisfies ToWorker)
  }
}
