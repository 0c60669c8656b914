// `lake export <out.tar.gz> [--dataset production]`
import { exportDataset } from '../dataset-format/export-dataset.ts'
import { connectToLake } from '../dataset-format/lake-connection.ts'
import { parseCommandCall } from './command-args.ts'
import { type LakeEnvironment, lakeEnvironment } from './environment.ts'

export const EXPORT_USAGE = 'export <out.tar.gz> [--dataset production]'

export async function exportCommand(
  args: readonly string[],
  env: LakeEnvironment = lakeEnvironment(),
): Promise<void> {
  const { values, positionals, usageError } = parseCommandCall(args, {
    usage: EXPORT_USAGE,
    maxPositionals: 1,
    options: { dataset: { type: 'string', default: 'production' } },
  })
  const [outFile] = positionals
  if (!outFile || !/\.(tar\.gz|tgz)$/.test(outFile)) throw usageError()
  const log = (line: string) => console.error(line)
  const lake = await connectToLake(env, log)
  try {
    const summary = await exportDataset(outFile, {
      client: lake.client(values.dataset),
      origin: lake.url,
      log,
    })
    console.log(
      `Exported "${values.dataset}": ${summary.documents} documents, ${summary.assets} assets -> ${outFile}`,
    )
  } finally {
    await lake.close()
  }
}
