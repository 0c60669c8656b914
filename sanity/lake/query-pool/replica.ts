// A query worker's copy of the lake's in-memory indexes, fed in the order the main thread committed.
import { DocumentIndex, type LakeDocument } from '../query/document-index.ts'
import { putInPair, removeFromPair } from '../store/public-view.ts'

interface DatasetReplica {
  readonly all: DocumentIndex
  readonly public: DocumentIndex
}

/**
 * Each dataset's index of every document and of the public ones, kept as LakeStore keeps its own: a worker
 * that applies the same puts and removes in the same order sees the same documents in the same `*` order.
 */
export class IndexReplica {
  readonly #datasets = new Map<string, DatasetReplica>()

  #dataset(name: string): DatasetReplica {
    let replica = this.#datasets.get(name)
    if (replica === undefined) {
      replica = { all: new DocumentIndex(), public: new DocumentIndex() }
      this.#datasets.set(name, replica)
    }
    return replica
  }

  put(dataset: string, document: LakeDocument): void {
    putInPair(this.#dataset(dataset), document)
  }

  remove(dataset: string, id: string): void {
    removeFromPair(this.#dataset(dataset), id)
  }

  index(dataset: string, publicOnly: boolean): DocumentIndex {
    const replica = this.#dataset(dataset)
    return publicOnly ? replica.public : replica.all
  }
}
