// `lake seed`: imports the demo magazine (sanity/demo/dataset, Sanity's export layout) into `production`.
// Idempotent: unchanged documents are skipped, so a second run writes nothing.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { LakeConfigError, type LakeEnvironment, lakeEnvironment } from './environment.ts'
import { formatSummary, runImport } from './import.ts'

export const DEMO_DATASET_DIR = fileURLToPath(new URL('../../demo/dataset/', import.meta.url))
export const SEED_DATASET = 'production'

export async function seedCommand(
  args: readonly string[],
  env: LakeEnvironment = lakeEnvironment(),
): Promise<void> {
  if (args.length > 0) throw new LakeConfigError('usage: seed (takes no arguments)')
  if (!existsSync(DEMO_DATASET_DIR)) throw new LakeConfigError(`No demo dataset at ${DEMO_DATASET_DIR}`)
  const summary = await runImport(DEMO_DATASET_DIR, SEED_DATASET, 'replace', env)
  console.log(`Seeded "${SEED_DATASET}": ${formatSummary(summary)}`)
}
