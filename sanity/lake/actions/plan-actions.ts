// What one action means in mutations, decided against the state the earlier actions of the transaction
// left: e.g. the first edit of a published document creates the draft from it, publish writes the
// published document and deletes the draft. Existence and revision rules of the Actions API are
// enforced here; the mutation engine then applies (and stamps) what is planned.
import type { JsonObject, ParsedMutation } from '../mutations/parse-mutations.ts'
import type { LakeDocument } from '../query/document-index.ts'
import { documentExists, documentNotFound, revisionMismatch } from './action-error.ts'
import { draftIdOf, isDraftIdOf } from './document-ids.ts'
import type { ParsedAction } from './parse-actions.ts'

/** The document as the transaction sees it so far (committed state plus earlier actions). */
export type ReadDocument = (id: string) => LakeDocument | undefined

export function planAction(
  action: ParsedAction,
  read: ReadDocument,
  index: number,
  now: string = new Date().toISOString(),
): ParsedMutation[] {
  const existing = (id: string, verb: string): LakeDocument => {
    const document = read(id)
    if (!document) throw documentNotFound(index, id, `Cannot ${verb} "${id}": the document does not exist`)
    return document
  }
  const checkRevision = (document: LakeDocument | undefined, id: string, expected?: string): void => {
    if (expected !== undefined && document?._rev !== expected) {
      throw revisionMismatch(index, id, document?._rev, expected)
    }
  }
  const mustNotExist = (id: string): void => {
    if (read(id)) throw documentExists(index, id, `Document by ID "${id}" already exists`)
  }

  switch (action.type) {
    case 'extension':
      return action.plan(read, index, now)
    case 'create': {
      const { document, publishedId } = action
      if (read(document._id)) {
        if (action.ifExists === 'ignore') return []
        mustNotExist(document._id)
      }
      if (isDraftIdOf(document._id, publishedId) && read(publishedId)) {
        throw documentExists(
          index,
          publishedId,
          `A published document "${publishedId}" already exists; edit its draft instead of creating one`,
        )
      }
      return [{ kind: 'create', document }]
    }
    case 'edit': {
      if (read(action.draftId)) return [action.patch]
      const published = read(action.publishedId)
      if (!published) {
        throw documentNotFound(
          index,
          action.draftId,
          `Cannot edit "${action.draftId}": neither it nor the published document "${action.publishedId}" exists`,
        )
      }
      return [{ kind: 'create', document: copyAs(published, action.draftId) }, action.patch]
    }
    case 'publish': {
      const { draftId, publishedId } = action
      const draft = existing(draftId, 'publish')
      checkRevision(draft, draftId, action.ifDraftRevisionId)
      const published = read(publishedId)
      checkRevision(published, publishedId, action.ifPublishedRevisionId)
      // Sanity keeps one `_createdAt` for the pair: the published document's, or the draft's on first publish.
      const createdAt = published?._createdAt ?? draft._createdAt
      const document = copyAs(draft, publishedId)
      if (createdAt !== undefined) document._createdAt = createdAt
      return [{ kind: 'createOrReplace', document }, deleteId(draftId)]
    }
    case 'unpublish': {
      const published = existing(action.publishedId, 'unpublish')
      const keepDraft: ParsedMutation[] = read(action.draftId)
        ? []
        : [{ kind: 'create', document: copyAs(published, action.draftId) }]
      return [...keepDraft, deleteId(action.publishedId)]
    }
    case 'discard':
      existing(action.draftId, 'discard')
      return [deleteId(action.draftId)]
    case 'delete': {
      // Sanity's docs call an unlisted existing draft an error; the lake deletes it with the published
      // document instead, so a delete never leaves an orphaned draft behind (the Studio lists it anyway).
      const { publishedId, includeDrafts } = action
      const candidates = new Set([publishedId, draftIdOf(publishedId), ...includeDrafts])
      const targets = [...candidates].filter((id) => read(id))
      if (targets.length === 0) existing(publishedId, 'delete')
      return targets.map(deleteId)
    }
    case 'replaceDraft': {
      const { document, publishedId } = action
      if (!read(document._id) && !read(publishedId)) {
        throw documentNotFound(
          index,
          document._id,
          `Cannot replace "${document._id}": neither it nor the published document "${publishedId}" exists`,
        )
      }
      return [{ kind: 'createOrReplace', document }]
    }
    case 'versionCreate':
      mustNotExist(action.document._id)
      return [{ kind: 'create', document: action.document }]
    case 'versionCreateFromBase': {
      const base = existing(action.baseId, 'create a version from')
      checkRevision(base, action.baseId, action.ifBaseRevisionId)
      mustNotExist(action.versionId)
      return [{ kind: 'create', document: copyAs(base, action.versionId) }]
    }
    case 'versionDiscard':
      existing(action.versionId, 'discard')
      return [deleteId(action.versionId)]
    case 'versionReplace':
      existing(action.document._id, 'replace')
      return [{ kind: 'createOrReplace', document: action.document }]
    case 'versionUnpublish': {
      // The version is marked; publishing its release then deletes the published document.
      const published = existing(action.publishedId, 'unpublish')
      if (!read(action.versionId)) {
        return [
          { kind: 'create', document: { ...copyAs(published, action.versionId), _system: { delete: true } } },
        ]
      }
      return [
        {
          kind: 'patch',
          selection: { kind: 'id', id: action.versionId },
          operations: { setIfMissing: { _system: {} }, set: { '_system.delete': true } },
        },
      ]
    }
  }
}

function copyAs(document: LakeDocument, id: string): JsonObject & { _id: string; _type: string } {
  return { ...document, _id: id }
}

function deleteId(id: string): ParsedMutation {
  return { kind: 'delete', selection: { kind: 'id', id } }
}
