// node:util parseArgs, with its errors (unknown option, missing value) turned into one-line usage errors.
import { type ParseArgsConfig, type ParseArgsOptionsConfig, parseArgs } from 'node:util'
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

export interface CommandCall<Options extends ParseArgsOptionsConfig> {
  /** The command's usage line, shown (after `usage: `) for any call it cannot run. */
  usage: string
  options: Options
  /** More positionals than this is a usage error. */
  maxPositionals: number
}

/** A lake command's arguments: its options and positionals, and the usage error to throw for a bad call. */
export function parseCommandCall<const Options extends ParseArgsOptionsConfig>(
  args: readonly string[],
  call: CommandCall<Options>,
) {
  const { values, positionals } = parseCommandArgs({
    args: [...args],
    allowPositionals: true,
    options: call.options,
  })
  const usageError = (detail?: string) =>
    new LakeConfigError(`usage: ${call.usage}${detail ? ` (${detail})` : ''}`)
  if (positionals.length > call.maxPositionals) throw usageError()
  return { values, positionals, usageError }
}
