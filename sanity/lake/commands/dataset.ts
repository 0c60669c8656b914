// `lake dataset create <name>` and `lake dataset list`: manage datasets without starting the server.
import { restrictDatabaseFiles } from '../private-files.ts'
import { LakeStore, StoreError } from '../store/lake-store.ts'
import { LakeConfigError, type LakeEnvironment, lakeEnvironment } from './environment.ts'

export async function datasetCommand(
  args: readonly string[],
  env: LakeEnvironment = lakeEnvironment(),
): Promise<void> {
  const [action, name] = args
  restrictDatabaseFiles(env.dataDir)
  const store = LakeStore.open(env.dataDir)
  try {
    if (action === 'create' && name) {
      try {
        store.createDataset(name)
      } catch (error) {
        if (error instanceof StoreError) throw new LakeConfigError(error.message)
        throw error
      }
      console.log(`Created dataset "${name}" in ${env.dataDir}`)
      return
    }
    if (action === 'list') {
      for (const dataset of store.datasetNames()) console.log(dataset)
      return
    }
    throw new LakeConfigError('Usage: lake dataset create <name> | lake dataset list')
  } finally {
    store.close()
  }
}
