// The `{dataset}` path segment: a malformed name is a 400, an unknown one (on read) a 404.
import type { LakeStore } from '../store/lake-store.ts'
import { isValidDatasetName } from '../store/names.ts'
import { badRequest, datasetNotFound } from './http-error.ts'

export function datasetName(params: Record<string, string>): string {
  const name = params.dataset ?? ''
  if (!isValidDatasetName(name)) {
    throw badRequest(
      `Invalid dataset name "${name}": lowercase letters, digits, "_" and "-", at most 64 characters`,
    )
  }
  return name
}

/** For reads: the dataset must exist. */
export function existingDataset(store: LakeStore, params: Record<string, string>): string {
  const name = datasetName(params)
  if (!store.hasDataset(name)) throw datasetNotFound(name)
  return name
}

/** Reads a boolean query-string flag (`true`/`false`/`1`/`0`), with a default when absent. */
export function flag(url: URL, name: string, fallback: boolean): boolean {
  const value = url.searchParams.get(name)
  if (value === null || value === '') return fallback
  if (value === 'true' || value === '1') return true
  if (value === 'false' || value === '0') return false
  throw badRequest(`Invalid value for "${name}": expected true or false, got "${value}"`)
}
