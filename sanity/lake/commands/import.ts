// `lake import <file.tar.gz|folder|data.ndjson> [--dataset production] [--replace|--missing]`
import { DatasetSourceError, openDatasetSource } from '../dataset-format/dataset-archive.ts'
import { type ImportMode, type ImportSummary, importDataset } from '../dataset-format/import-dataset.ts'
import { connectToLake } from '../dataset-format/lake-connection.ts'
import { NdjsonError } from '../dataset-format/ndjson.ts'
import { SanityAssetError } from '../dataset-format/sanity-asset-refs.ts'
import { parseCommandCall } from './command-args.ts'
import { LakeConfigError, type LakeEnvironment, lakeEnvironment } from './environment.ts'

export const IMPORT_USAGE =
  'import <file.tar.gz|folder|data.ndjson> [--dataset production] [--replace|--missing]'

export async function importCommand(
  args: readonly string[],
  env: LakeEnvironment = lakeEnvironment(),
): Promise<void> {
  const { values, positionals, usageError } = parseCommandCall(args, {
    usage: IMPORT_USAGE,
    maxPositionals: 1,
    options: {
      dataset: { type: 'string', default: 'production' },
      replace: { type: 'boolean', default: false },
      missing: { type: 'boolean', default: false },
    },
  })
  const [input] = positionals
  if (!input) throw usageError()
  if (values.replace && values.missing)
    throw new LakeConfigError('--replace and --missing cannot be used together')
  const mode: ImportMode = values.missing ? 'missing' : 'replace'
  const summary = await runImport(input, values.dataset, mode, env)
  console.log(`Imported into "${values.dataset}": ${formatSummary(summary)}`)
}

/** Opens the source, connects (or starts) the lake, imports, and always cleans up both. */
export async function runImport(
  input: string,
  dataset: string,
  mode: ImportMode,
  env: LakeEnvironment,
  log: (line: string) => void = (line) => console.error(line),
): Promise<ImportSummary> {
  const source = await openDatasetSource(input).catch(asUsageError)
  try {
    log(`Read ${source.documents.length} documents from ${input}`)
    const lake = await connectToLake(env, log)
    try {
      return await importDataset(source, { client: lake.client(dataset), mode, log }).catch(asUsageError)
    } finally {
      await lake.close()
    }
  } finally {
    await source.close()
  }
}

/** Problems with the input (bad NDJSON, missing asset files) print as one line, not a stack trace. */
function asUsageError(error: unknown): never {
  if (
    error instanceof DatasetSourceError ||
    error instanceof NdjsonError ||
    error instanceof SanityAssetError
  ) {
    throw new LakeConfigError(error.message)
  }
  throw error
}

export function formatSummary(summary: ImportSummary): string {
  return `${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged (${summary.assets} assets)`
}
