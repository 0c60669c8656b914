// Which changes of a committed transaction fire a webhook, and the body each delivery carries: the
// webhook's filter and projection in delta GROQ (`before()`, `after()`, `delta::*`), evaluated with `@` =
// the document (after the change; before it for a delete), over the dataset as it is after the commit.
import { type ExprNode, evaluate, parse } from 'groq-js'
import type { DocumentIndex, LakeDocument } from '../query/document-index.ts'
import { isDraftId, isVersionId, viewFor } from '../query/perspective.ts'
import { planQuery } from '../query/planner.ts'
import type { DocumentChange, TransactionInput } from '../store/transaction-record.ts'
import type { Operation, Webhook } from './webhook-definition.ts'

export interface PlannedDelivery {
  webhookId: string
  documentId: string
  transactionId: string
  operation: Operation
  body: string
}

export function operationOf(change: DocumentChange): Operation | undefined {
  if (change.before === undefined && change.after !== undefined) return 'create'
  if (change.before !== undefined && change.after !== undefined) return 'update'
  if (change.before !== undefined && change.after === undefined) return 'delete'
  return undefined
}

/** A projection like `*` could put the whole dataset in every delivery; bodies beyond this are skipped. */
export const MAX_DELIVERY_BODY_BYTES = 1024 * 1024

const parsedQueries = new Map<string, ExprNode>()

/** Webhook GROQ is parsed once per distinct source (a handful of webhooks, evaluated on every commit). */
function parsed(source: string): ExprNode {
  let tree = parsedQueries.get(source)
  if (!tree) {
    tree = parse(source, { mode: 'delta' })
    if (parsedQueries.size > 100) parsedQueries.clear()
    parsedQueries.set(source, tree)
  }
  return tree
}

async function evaluateOn(
  source: string,
  index: DocumentIndex,
  document: LakeDocument,
  change: DocumentChange,
  dataset: string,
): Promise<unknown> {
  // Narrow `*[...]` scans through the lake's indexes, as queries do (references(), _type, slug).
  const plan = planQuery(parsed(source), index)
  const value = await evaluate(plan.tree, {
    root: document,
    dataset: index.all(),
    dereference: plan.dereference,
    before: change.before ?? null,
    after: change.after ?? null,
    sanity: { projectId: 'local', dataset },
  })
  return value.get()
}

function firesOn(webhook: Webhook, change: DocumentChange): Operation | undefined {
  const operation = operationOf(change)
  if (!operation || !webhook.operations.includes(operation)) return undefined
  if (isVersionId(change.id)) return undefined
  if (isDraftId(change.id) && !webhook.includeDrafts) return undefined
  return operation
}

/**
 * The deliveries one transaction causes for one webhook, in the order of its changes. A filter or
 * projection groq-js cannot evaluate for a document fires nothing for it (and is reported through `onError`).
 */
export async function plannedDeliveries(
  webhook: Webhook,
  transaction: TransactionInput,
  source: DocumentIndex,
  onError: (documentId: string, error: unknown) => void,
): Promise<PlannedDelivery[]> {
  if (webhook.dataset !== transaction.dataset) return []
  // Without drafts the webhook sees what a published read sees; with drafts, every stored document.
  const index = webhook.includeDrafts ? source : viewFor(source, 'published')
  const deliveries: PlannedDelivery[] = []
  for (const change of transaction.changes) {
    const operation = firesOn(webhook, change)
    const document = change.after ?? change.before
    if (!operation || !document) continue
    try {
      if (webhook.filter !== '') {
        const matched = await evaluateOn(webhook.filter, index, document, change, transaction.dataset)
        if (matched !== true) continue
      }
      const body =
        webhook.projection === ''
          ? document
          : await evaluateOn(webhook.projection, index, document, change, transaction.dataset)
      const json = JSON.stringify(body ?? null)
      if (Buffer.byteLength(json) > MAX_DELIVERY_BODY_BYTES) {
        throw new Error(`the projection's result is larger than ${MAX_DELIVERY_BODY_BYTES} bytes`)
      }
      deliveries.push({
        webhookId: webhook.id,
        documentId: change.id,
        transactionId: transaction.id,
        operation,
        body: json,
      })
    } catch (error) {
      onError(change.id, error)
    }
  }
  return deliveries
}
