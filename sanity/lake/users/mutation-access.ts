// Whether a signed-in user may run a mutate request, whatever the Studio showed them: contributors only
// touch `drafts.**` and `versions.**`, viewers nothing. Refusals are 403 `mutationError`s with an
// `insufficientPermissionsError` item, the shape Sanity answers and @sanity/client formats.
import { MutationError } from '../mutations/mutation-error.ts'
import { type ParsedMutation, parseMutations } from '../mutations/parse-mutations.ts'
import type { SignedInUser } from './identity.ts'
import { mayWrite, mayWriteDocumentId, roleCan } from './permissions.ts'

type DocumentPermission = 'create' | 'update'

function insufficient(index: number, permission: DocumentPermission, id: string | undefined): MutationError {
  const target = id === undefined ? 'this document' : `"${id}"`
  return new MutationError(403, index, {
    type: 'insufficientPermissionsError',
    description: `Insufficient permissions; permission "${permission}" required on ${target}`,
    permission,
  })
}

function permissionFor(mutation: ParsedMutation): DocumentPermission {
  return mutation.kind === 'delete' || mutation.kind === 'patch' ? 'update' : 'create'
}

/** The id a mutation names, or undefined when a query selects (or the lake generates a root id). */
function namedId(mutation: ParsedMutation): string | undefined {
  if (mutation.kind === 'delete' || mutation.kind === 'patch') {
    return mutation.selection.kind === 'id' ? mutation.selection.id : undefined
  }
  return typeof mutation.document._id === 'string' ? mutation.document._id : undefined
}

function selectsByQuery(mutation: ParsedMutation): boolean {
  return (mutation.kind === 'delete' || mutation.kind === 'patch') && mutation.selection.kind === 'query'
}

/**
 * Throws unless `user` may apply every mutation. `touchedIds` (a dry run) is only called when a query
 * selects documents, so the ids it would change are known before anything is written.
 */
export function requireMutationAccess(
  user: SignedInUser,
  rawMutations: unknown,
  touchedIds: () => readonly string[],
): void {
  if (roleCan(user.role, 'publish')) return
  const mutations = parseMutations(rawMutations)
  const first = mutations[0]
  if (!mayWrite(user.role))
    throw insufficient(0, first ? permissionFor(first) : 'update', first && namedId(first))
  let firstQuery: number | undefined
  mutations.forEach((mutation, index) => {
    if (selectsByQuery(mutation)) {
      firstQuery ??= index
      return
    }
    // A create without `_id` gets a generated root id: a published document.
    const id = namedId(mutation) ?? ''
    if (!mayWriteDocumentId(user.role, id))
      throw insufficient(index, permissionFor(mutation), namedId(mutation))
  })
  if (firstQuery === undefined) return
  const refused = touchedIds().find((id) => !mayWriteDocumentId(user.role, id))
  const queryMutation = mutations[firstQuery]
  if (refused !== undefined && queryMutation) {
    throw insufficient(firstQuery, permissionFor(queryMutation), refused)
  }
}
