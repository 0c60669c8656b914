// `sanity.action.release.*` for the Actions API: parses each action (zod) into an extension action that
// plans itself as mutations (release-plans.ts). Creating and editing a release is drafting work;
// publishing, scheduling, archiving and deleting change what goes public, so they need the publish grant.
import { z } from 'zod'
import { ActionError, invalidAction } from '../actions/action-error.ts'
import type { ActionExtension, ExtensionAction } from '../actions/action-extension.ts'
import type { JsonObject } from '../mutations/parse-mutations.ts'
import { releaseMetadata, utcInstant } from './release-document.ts'
import { lockedVersionIn } from './release-lock.ts'
import { isValidReleaseName } from './release-names.ts'
import { planReleaseOperation, type ReleaseContext, type ReleaseOperation } from './release-plans.ts'

export const RELEASE_ACTION_PREFIX = 'sanity.action.release.'

const releaseId = z.string().refine(isValidReleaseName, {
  message:
    'must be a release name: letters, digits, "_" and "-", at most 64, not "drafts", "published" or "raw"',
})
const metadataPath = z.string().regex(/^metadata(\.[a-zA-Z_][a-zA-Z0-9_]*)?$/, {
  message: 'a release edit may only change `metadata` or `metadata.<field>`',
})
const metadataPatch = z.strictObject({
  set: z.record(metadataPath, z.unknown()).optional(),
  setIfMissing: z.record(metadataPath, z.unknown()).optional(),
  unset: z.array(metadataPath).optional(),
})

const SCHEMAS = {
  create: z.object({ releaseId, metadata: releaseMetadata.optional() }),
  edit: z.object({ releaseId, patch: metadataPatch }),
  publish: z.object({ releaseId }),
  archive: z.object({ releaseId }),
  unarchive: z.object({ releaseId }),
  schedule: z.object({ releaseId, publishAt: utcInstant }),
  unschedule: z.object({ releaseId }),
  delete: z.object({ releaseId }),
}
type Verb = keyof typeof SCHEMAS

function isVerb(value: string): value is Verb {
  return Object.hasOwn(SCHEMAS, value)
}

const DRAFTING_VERBS: ReadonlySet<Verb> = new Set(['create', 'edit'])

export function releaseActions(context: ReleaseContext): ActionExtension {
  // Releases this request acts on may change their own versions (publish deletes them) while scheduled.
  const actedOn = new Set<string>()
  return {
    prefix: RELEASE_ACTION_PREFIX,
    checkChanges(changes) {
      const locked = lockedVersionIn(context.index, changes, actedOn)
      if (locked) {
        throw new ActionError(409, 0, {
          type: 'releaseLockedError',
          id: locked.id,
          description: locked.description,
        })
      }
    },
    parse(raw, actionType, index): ExtensionAction {
      const operation = parseReleaseAction(raw, actionType, index)
      actedOn.add(operation.name)
      return {
        type: 'extension',
        actionType,
        requiresPublish: !DRAFTING_VERBS.has(operation.verb),
        plan: (read, planIndex, now) => planReleaseOperation(operation, { ...context, read, now }, planIndex),
      }
    },
  }
}

export function parseReleaseAction(raw: JsonObject, actionType: string, index: number): ReleaseOperation {
  const verb = actionType.slice(RELEASE_ACTION_PREFIX.length)
  if (!isVerb(verb)) throw invalidAction(index, `Unknown or unsupported action type "${actionType}"`)
  const fields = <T extends z.ZodType>(schema: T): z.infer<T> => {
    const parsed = schema.safeParse(raw)
    if (parsed.success) return parsed.data
    const [issue] = parsed.error.issues
    const path = issue?.path.map(String).join('.') ?? ''
    throw invalidAction(
      index,
      `Invalid \`${actionType}\` action: ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}`,
    )
  }
  switch (verb) {
    case 'create': {
      const { releaseId: name, metadata } = fields(SCHEMAS.create)
      return { verb, name, metadata: metadata ?? releaseMetadata.parse({}) }
    }
    case 'edit': {
      const { releaseId: name, patch } = fields(SCHEMAS.edit)
      return { verb, name, patch: checkedMetadataPatch(patch, index) }
    }
    case 'schedule': {
      const { releaseId: name, publishAt } = fields(SCHEMAS.schedule)
      return { verb, name, publishAt }
    }
    default:
      return { verb, name: fields(SCHEMAS[verb]).releaseId }
  }
}

const FIELD_SCHEMAS: Readonly<Record<string, z.ZodType>> = releaseMetadata.shape

/** Values set on the metadata must still make valid metadata; times are normalised to UTC. */
function checkedMetadataPatch(
  patch: z.infer<typeof metadataPatch>,
  index: number,
): z.infer<typeof metadataPatch> {
  const check = (values: Record<string, unknown> | undefined): Record<string, unknown> | undefined => {
    if (values === undefined) return undefined
    const checked: Record<string, unknown> = {}
    for (const [path, value] of Object.entries(values)) {
      const field = path === 'metadata' ? undefined : path.slice('metadata.'.length)
      const schema = field === undefined ? releaseMetadata : FIELD_SCHEMAS[field]
      if (schema === undefined) {
        checked[path] = value
        continue
      }
      const parsed = schema.safeParse(value)
      if (!parsed.success) {
        throw invalidAction(index, `Invalid release ${path}: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
      }
      checked[path] = parsed.data
    }
    return checked
  }
  if (patch.unset?.includes('metadata') || patch.unset?.includes('metadata.releaseType')) {
    throw invalidAction(index, 'A release keeps its `metadata.releaseType`')
  }
  return { set: check(patch.set), setIfMissing: check(patch.setIfMissing), unset: patch.unset }
}
