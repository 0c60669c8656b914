// A query worker's copy of the lake's in-memory indexes, fed in the order the main thread committed.
import { DocumentIndex, type LakeDocument } from '../query/document-index.ts'
import { isPublicDocumentId } from '../store/names.ts'

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
    const replica = this.#dataset(dataset)
    replica.all.put(document)
    if (isPublicDocumentId(document._id)) replica.public.put(document)
  }

  remove(dataset: string, id: string): void {
    const replica = this.#dataset(dataset)
    replica.all.remove(id)
    if (isPublicDocumentId(id)) replica.public.remove(id)
  }

  index(dataset: string, publicOnly: boolean): DocumentIndex {
    const replica = this.#dataset(dataset)
    return publicOnly ? replica.public : replica.all
  }
}
