// node:util parseArgs, with its errors (unknown option, missing value) turned into one-line usage errors.
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { LakeConfigError } from './environment.ts'

export function parseCommandArgs<const Config extends ParseArgsConfig>(
  config: Config,
): ReturnType<typeof parseArgs<Config>> {
  try {
    return parseArgs(config)
  } catch (error) {
    throw new LakeConfigError(error instanceof Error ? error.message : String(error))
  }
}
