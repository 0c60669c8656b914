// Turns the untrusted `actions` array of a request into typed actions, or a 400 ActionError naming the
// action. Shapes are checked with zod; how the ids of one action relate is checked here too, so that
// nothing after this point has to distrust an id.
import { z } from 'zod'
import { MutationError } from '../mutations/mutation-error.ts'
import {
  isJsonObject,
  type JsonObject,
  type ParsedMutation,
  parseMutations,
} from '../mutations/parse-mutations.ts'
import { invalidAction } from './action-error.ts'
import type { ActionExtension, ExtensionAction } from './action-extension.ts'
import { isVersionIdOf } from './document-ids.ts'
import { type DocumentStub, IdChecks } from './id-checks.ts'

type PatchMutation = Extract<ParsedMutation, { kind: 'patch' }>

export type ParsedAction =
  | { type: 'create'; publishedId: string; document: DocumentStub; ifExists: 'fail' | 'ignore' }
  | { type: 'edit'; draftId: string; publishedId: string; patch: PatchMutation }
  | {
      type: 'publish'
      draftId: string
      publishedId: string
      ifDraftRevisionId?: string
      ifPublishedRevisionId?: string
    }
  | { type: 'unpublish'; draftId: string; publishedId: string }
  | { type: 'discard'; draftId: string }
  | { type: 'delete'; publishedId: string; includeDrafts: string[] }
  | ExtensionAction
  | { type: 'replaceDraft'; publishedId: string; document: DocumentStub }
  | { type: 'versionCreate'; publishedId: string; document: DocumentStub }
  | {
      type: 'versionCreateFromBase'
      publishedId: string
      baseId: string
      versionId: string
      ifBaseRevisionId?: string
    }
  | { type: 'versionDiscard'; versionId: string }
  | { type: 'versionReplace'; document: DocumentStub }
  | { type: 'versionUnpublish'; versionId: string; publishedId: string }

export type ActionType = ParsedAction['type']

const id = z.string().min(1)
const revision = z.string().min(1).optional()
// Documents and patches are passed on as sent (no copy by zod), for the mutation engine to check.
const document = z.custom<JsonObject>(isJsonObject, 'expected an object')

const SCHEMAS = {
  'sanity.action.document.create': z.object({
    publishedId: id,
    attributes: document,
    ifExists: z.enum(['fail', 'ignore']).optional(),
  }),
  'sanity.action.document.edit': z.object({ draftId: id, publishedId: id, patch: document }),
  'sanity.action.document.publish': z.object({
    draftId: id,
    publishedId: id,
    ifDraftRevisionId: revision,
    ifPublishedRevisionId: revision,
  }),
  'sanity.action.document.unpublish': z.object({ draftId: id, publishedId: id }),
  'sanity.action.document.discard': z.object({ draftId: id, purge: z.boolean().optional() }),
  'sanity.action.document.delete': z.object({
    publishedId: id,
    includeDrafts: z.array(id).max(1000).optional(),
    purge: z.boolean().optional(),
  }),
  'sanity.action.document.replaceDraft': z.object({ publishedId: id, attributes: document }),
  'sanity.action.document.version.create': z.object({
    publishedId: id,
    document: document.optional(),
    baseId: id.optional(),
    versionId: id.optional(),
    ifBaseRevisionId: revision,
  }),
  'sanity.action.document.version.discard': z.object({ versionId: id, purge: z.boolean().optional() }),
  'sanity.action.document.version.replace': z.object({ document }),
  'sanity.action.document.version.unpublish': z.object({ versionId: id, publishedId: id }),
}

function isKnownActionType(type: string): type is keyof typeof SCHEMAS {
  return Object.hasOwn(SCHEMAS, type)
}

export function parseActions(raw: unknown, extensions: readonly ActionExtension[] = []): ParsedAction[] {
  if (!Array.isArray(raw)) throw invalidAction(0, 'The request body must have an `actions` array')
  if (raw.length === 0) throw invalidAction(0, 'No actions provided')
  return raw.map((action, index) => parseAction(action, index, extensions))
}

function fields<T extends z.ZodType>(schema: T, raw: unknown, index: number, type: string): z.infer<T> {
  const result = schema.safeParse(raw)
  if (result.success) return result.data
  const [issue] = result.error.issues
  const path = issue?.path.map(String).join('.') ?? ''
  throw invalidAction(
    index,
    `Invalid \`${type}\` action: ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}`,
  )
}

function parseAction(raw: unknown, index: number, extensions: readonly ActionExtension[]): ParsedAction {
  if (!isJsonObject(raw)) throw invalidAction(index, 'An action must be an object')
  const { actionType } = raw
  if (typeof actionType !== 'string') throw invalidAction(index, 'An action needs an `actionType` string')
  const extension = extensions.find((candidate) => actionType.startsWith(candidate.prefix))
  if (extension) return extension.parse(raw, actionType, index)
  if (!isKnownActionType(actionType)) {
    throw invalidAction(index, `Unknown or unsupported action type "${actionType}"`)
  }
  const ids = new IdChecks(index)
  switch (actionType) {
    case 'sanity.action.document.create': {
      const action = fields(SCHEMAS[actionType], raw, index, actionType)
      const publishedId = ids.published(action.publishedId)
      const targetId = action.attributes._id ?? `drafts.${publishedId}`
      const stub = ids.stub({ ...action.attributes, _id: targetId }, 'attributes')
      ids.versionOf(stub._id, publishedId, 'attributes._id')
      return { type: 'create', publishedId, document: stub, ifExists: action.ifExists ?? 'fail' }
    }
    case 'sanity.action.document.edit': {
      const action = fields(SCHEMAS[actionType], raw, index, actionType)
      const publishedId = ids.published(action.publishedId)
      const draftId = ids.versionOf(action.draftId, publishedId, 'draftId')
      return { type: 'edit', draftId, publishedId, patch: parsePatch(action.patch, draftId, index) }
    }
    case 'sanity.action.document.publish': {
      const action = fields(SCHEMAS[actionType], raw, index, actionType)
      const publishedId = ids.published(action.publishedId)
      return {
        ...action,
        type: 'publish',
        publishedId,
        draftId: ids.versionOf(action.draftId, publishedId, 'draftId'),
      }
    }
    case 'sanity.action.document.unpublish': {
      const action = fields(SCHEMAS[actionType], raw, index, actionType)
      const publishedId = ids.published(action.publishedId)
      return { type: 'unpublish', publishedId, draftId: ids.draftOf(action.draftId, publishedId) }
    }
    case 'sanity.action.document.discard': {
      const action = fields(SCHEMAS[actionType], raw, index, actionType)
      return { type: 'discard', draftId: ids.anyVersion(action.draftId, 'draftId') }
    }
    case 'sanity.action.document.delete': {
      const action = fields(SCHEMAS[actionType], raw, index, actionType)
      const publishedId = ids.published(action.publishedId)
      const includeDrafts = (action.includeDrafts ?? []).map((draft) =>
        ids.versionOf(draft, publishedId, 'includeDrafts'),
      )
      return { type: 'delete', publishedId, includeDrafts }
    }
    case 'sanity.action.document.replaceDraft': {
      const action = fields(SCHEMAS[actionType], raw, index, actionType)
      const publishedId = ids.published(action.publishedId)
      const stub = ids.stub(action.attributes, 'attributes')
      ids.versionOf(stub._id, publishedId, 'attributes._id')
      return { type: 'replaceDraft', publishedId, document: stub }
    }
    case 'sanity.action.document.version.create': {
      const action = fields(SCHEMAS[actionType], raw, index, actionType)
      const publishedId = ids.published(action.publishedId)
      if (action.document) {
        const stub = ids.stub(action.document, 'document')
        ids.versionOf(stub._id, publishedId, 'document._id')
        return { type: 'versionCreate', publishedId, document: stub }
      }
      if (action.baseId === undefined || action.versionId === undefined) {
        throw invalidAction(index, '`version.create` needs a `document`, or a `baseId` and a `versionId`')
      }
      const baseId = ids.valid(action.baseId, 'baseId')
      if (baseId !== publishedId) ids.versionOf(baseId, publishedId, 'baseId')
      const versionId = ids.versionOf(action.versionId, publishedId, 'versionId')
      return {
        type: 'versionCreateFromBase',
        publishedId,
        baseId,
        versionId,
        ifBaseRevisionId: action.ifBaseRevisionId,
      }
    }
    case 'sanity.action.document.version.discard': {
      const action = fields(SCHEMAS[actionType], raw, index, actionType)
      return { type: 'versionDiscard', versionId: ids.anyVersion(action.versionId, 'versionId') }
    }
    case 'sanity.action.document.version.replace': {
      const action = fields(SCHEMAS[actionType], raw, index, actionType)
      const stub = ids.stub(action.document, 'document')
      ids.anyVersion(stub._id, 'document._id')
      return { type: 'versionReplace', document: stub }
    }
    case 'sanity.action.document.version.unpublish': {
      const action = fields(SCHEMAS[actionType], raw, index, actionType)
      const publishedId = ids.published(action.publishedId)
      if (!isVersionIdOf(action.versionId, publishedId)) {
        throw invalidAction(index, `\`versionId\` must be "versions.<release>.${publishedId}"`)
      }
      return { type: 'versionUnpublish', publishedId, versionId: action.versionId }
    }
  }
}

/** The patch of an edit is a mutation patch without a selection: parsed by the mutation engine's parser. */
function parsePatch(patch: JsonObject, draftId: string, index: number): PatchMutation {
  if ('query' in patch || 'params' in patch) {
    throw invalidAction(index, 'An edit patch applies to `draftId`; `query` and `params` are not allowed')
  }
  try {
    const [mutation] = parseMutations([{ patch: { ...patch, id: draftId } }])
    if (mutation?.kind === 'patch') return mutation
  } catch (error) {
    if (error instanceof MutationError) throw invalidAction(index, error.item.description)
    throw error
  }
  throw invalidAction(index, 'Invalid patch')
}
