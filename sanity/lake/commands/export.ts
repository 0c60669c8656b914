// `lake export <out.tar.gz> [--dataset production]`
import { exportDataset } from '../dataset-format/export-dataset.ts'
import { connectToLake } from '../dataset-format/lake-connection.ts'
import { parseCommandArgs } from './command-args.ts'
import { LakeConfigError, type LakeEnvironment, lakeEnvironment } from './environment.ts'

export const EXPORT_USAGE = 'export <out.tar.gz> [--dataset production]'

export async function exportCommand(
  args: readonly string[],
  env: LakeEnvironment = lakeEnvironment(),
): Promise<void> {
  const { values, positionals } = parseCommandArgs({
    args: [...args],
    allowPositionals: true,
    options: { dataset: { type: 'string', default: 'production' } },
  })
  const [outFile] = positionals
  if (!outFile || positionals.length > 1 || !/\.(tar\.gz|tgz)$/.test(outFile)) {
    throw new LakeConfigError(`usage: ${EXPORT_USAGE}`)
  }
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
