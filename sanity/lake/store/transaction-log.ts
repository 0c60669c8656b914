// Reading rows of the append-only `transactions` table back into typed entries.
import type { DocumentEffect, TransactionLogEntry } from './transaction-record.ts'

type Row = Record<string, unknown>

export function parseLogRow(row: Row): TransactionLogEntry | undefined {
  const { seq, id, dataset, time, author, mutations, effects } = row
  if (
    typeof seq !== 'number' ||
    typeof id !== 'string' ||
    typeof dataset !== 'string' ||
    typeof time !== 'string' ||
    typeof author !== 'string' ||
    typeof mutations !== 'string' ||
    typeof effects !== 'string'
  ) {
    return undefined
  }
  const parsedMutations: unknown = JSON.parse(mutations)
  const parsedEffects: unknown = JSON.parse(effects)
  return {
    seq,
    id,
    dataset,
    timestamp: time,
    author,
    mutations: Array.isArray(parsedMutations) ? parsedMutations : [],
    effects: isEffectMap(parsedEffects) ? parsedEffects : {},
  }
}

function isEffectMap(value: unknown): value is Record<string, DocumentEffect> {
  // Written only by LakeStore.commit from effectsOf(), so the outer shape is all that needs checking.
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
