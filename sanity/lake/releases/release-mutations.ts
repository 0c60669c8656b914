// Mutation shapes release plans are made of, and the versions of a release at a point of a transaction.
import type { JsonObject, ParsedMutation, PatchOperations } from '../mutations/parse-mutations.ts'
import { versionPrefix } from './release-names.ts'
import type { PlanContext } from './release-plans.ts'

/** Ids of the versions of release `name` that exist at this point of the transaction. */
export function versionIdsOf(context: PlanContext, name: string): string[] {
  const prefix = versionPrefix(name)
  const ids: string[] = []
  for (const document of context.index?.all() ?? []) {
    if (document._id.startsWith(prefix) && context.read(document._id)) ids.push(document._id)
  }
  return ids.sort()
}

export function patch(id: string, operations: PatchOperations & { set?: JsonObject }): ParsedMutation {
  const defined: PatchOperations = {}
  if (operations.set !== undefined) defined.set = operations.set
  if (operations.setIfMissing !== undefined) defined.setIfMissing = operations.setIfMissing
  if (operations.unset !== undefined) defined.unset = operations.unset
  return { kind: 'patch', selection: { kind: 'id', id }, operations: defined }
}

export function deleteId(id: string): ParsedMutation {
  return { kind: 'delete', selection: { kind: 'id', id } }
}
