// Families of actions defined outside this folder (releases) plug in here, so the Actions API stays one
// dispatch and one transaction without importing the families: a family parses its own action types
// and plans each action as mutations, like the built-in document actions.
import type { JsonObject, ParsedMutation } from '../mutations/parse-mutations.ts'
import type { DocumentChange } from '../store/transaction-record.ts'
import type { ReadDocument } from './plan-actions.ts'

export interface ExtensionAction {
  type: 'extension'
  actionType: string
  /** Needs the grant to change what is public (editors, administrators), not only drafts and versions. */
  requiresPublish: boolean
  /** The mutations this action stands for, against the state the earlier actions left; `now` is the commit time. */
  plan(read: ReadDocument, index: number, now: string): ParsedMutation[]
}

export interface ActionExtension {
  /** Action types starting with this (e.g. `sanity.action.release.`) are this family's. */
  prefix: string
  parse(raw: JsonObject, actionType: string, index: number): ExtensionAction
  /** Refuses the whole request by its net changes, before anything is written (throw an ActionError). */
  checkChanges?(changes: readonly DocumentChange[]): void
}
