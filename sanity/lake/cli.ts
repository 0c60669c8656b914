// The lake's command line: a thin dispatcher; each subcommand lives in commands/.
//   node sanity/lake/cli.ts start | dataset create <name> | dataset list | users … | tokens …
// To add a subcommand (seed, import, export): write commands/<name>.ts exporting `(args) => Promise<void>`
// and add one line to COMMANDS.
import { datasetCommand } from './commands/dataset.ts'
import { LakeConfigError } from './commands/environment.ts'
import { EXPORT_USAGE, exportCommand } from './commands/export.ts'
import { IMPORT_USAGE, importCommand } from './commands/import.ts'
import { seedCommand } from './commands/seed.ts'
import { startCommand } from './commands/start.ts'
import { TOKENS_USAGE, tokensCommand } from './commands/tokens.ts'
import { USERS_USAGE, usersCommand } from './commands/users.ts'
import { WEBHOOKS_USAGE, webhooksCommand } from './commands/webhooks.ts'

type Command = (args: readonly string[]) => Promise<void>

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  start: {
    run: startCommand,
    summary: 'serve the lake (LAKE_PORT, LAKE_HOST, LAKE_DATA_DIR, LAKE_TOKEN, LAKE_CORS_ORIGINS)',
  },
  dataset: { run: datasetCommand, summary: 'dataset create <name> | dataset list' },
  seed: { run: seedCommand, summary: 'import the demo magazine into production (idempotent)' },
  import: { run: importCommand, summary: IMPORT_USAGE },
  export: { run: exportCommand, summary: EXPORT_USAGE },
  users: { run: usersCommand, summary: USERS_USAGE },
  tokens: { run: tokensCommand, summary: TOKENS_USAGE },
  webhooks: { run: webhooksCommand, summary: WEBHOOKS_USAGE },
}

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(10)} ${summary}`)
  return ['Usage: node sanity/lake/cli.ts <command> [args]', '', 'Commands:', ...lines].join('\n')
}

async function main(argv: readonly string[]): Promise<void> {
  const [name, ...args] = argv
  const command = name === undefined ? undefined : COMMANDS[name]
  if (!command) {
    console.error(usage())
    process.exitCode = name === undefined || name === 'help' || name === '--help' ? 0 : 2
    return
  }
  await command.run(args)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof LakeConfigError) {
    console.error(`lake: ${error.message}`)
    process.exitCode = 2
    return
  }
  console.error(error)
  process.exitCode = 1
})
