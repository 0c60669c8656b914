// The documents a query dereferenced (`->`), noted while it runs: they are the other places a value in its
// result can come from, besides the documents whose `_id` the result carries.
import { QueryReads } from '../query/query-reads.ts'

/** QueryReads that also remembers every dereferenced id (QueryReads forgets them past its key limit). */
export class DereferenceLog extends QueryReads {
  /** Beyond this many the rest are not remembered: a source map is best effort, memory is not. */
  static readonly MAX_IDS = 2000
  readonly ids = new Set<string>()

  override readDocument(id: string): void {
    if (this.ids.size < DereferenceLog.MAX_IDS) this.ids.add(id)
    super.readDocument(id)
  }
}
