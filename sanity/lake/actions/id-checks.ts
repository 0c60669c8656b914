// The id rules of one action (how `publishedId`, `draftId`, `versionId` and a document's `_id` must
// relate), each failure a 400 ActionError naming the field.
import type { JsonObject } from '../mutations/parse-mutations.ts'
import { isValidDocumentId } from '../store/names.ts'
import { invalidAction } from './action-error.ts'
import { isDraftIdOf, isPublishedId, isVersionOrDraftOf, publishedIdOf } from './document-ids.ts'

export type DocumentStub = JsonObject & { _id: string; _type: string }

export class IdChecks {
  readonly #index: number
  constructor(index: number) {
    this.#index = index
  }

  valid(value: string, field: string): string {
    if (!isValidDocumentId(value)) {
      throw invalidAction(this.#index, `Invalid document ID in \`${field}\`: ${JSON.stringify(value)}`)
    }
    return value
  }

  published(value: string): string {
    if (!isPublishedId(value)) {
      throw invalidAction(
        this.#index,
        `\`publishedId\` must be a document ID without a "drafts." or "versions." prefix, got ${JSON.stringify(value)}`,
      )
    }
    return value
  }

  /** `drafts.<publishedId>` or `versions.<release>.<publishedId>`. */
  versionOf(value: string, publishedId: string, field: string): string {
    if (!isVersionOrDraftOf(value, publishedId)) {
      throw invalidAction(
        this.#index,
        `\`${field}\` must be "drafts.${publishedId}" or "versions.<release>.${publishedId}", got ${JSON.stringify(value)}`,
      )
    }
    return value
  }

  draftOf(value: string, publishedId: string): string {
    if (!isDraftIdOf(value, publishedId)) {
      throw invalidAction(
        this.#index,
        `\`draftId\` must be "drafts.${publishedId}", got ${JSON.stringify(value)}`,
      )
    }
    return value
  }

  /** A draft or version id of some published id. */
  anyVersion(value: string, field: string): string {
    if (publishedIdOf(value) === undefined) {
      throw invalidAction(
        this.#index,
        `\`${field}\` must be a "drafts." or "versions.<release>." document ID, got ${JSON.stringify(value)}`,
      )
    }
    return value
  }

  stub(value: JsonObject, field: string): DocumentStub {
    const { _id, _type } = value
    if (typeof _id !== 'string') throw invalidAction(this.#index, `\`${field}\` needs an \`_id\` string`)
    if (typeof _type !== 'string' || _type === '') {
      throw invalidAction(this.#index, `\`${field}\` needs a \`_type\` string`)
    }
    return { ...value, _id, _type }
  }
}
