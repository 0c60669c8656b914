// `lake tokens create --user <id> [--label "…"] | tokens list | tokens revoke <token-id>`. `create`
// prints the token once, alone on stdout (the lake keeps only its hash); the rest goes to stderr.
import { parseCommandCall } from './command-args.ts'
import { type LakeEnvironment, lakeEnvironment } from './environment.ts'
import { withDirectory } from './users.ts'

export const TOKENS_USAGE = 'tokens create --user <id> [--label "…"] | tokens list | tokens revoke <token-id>'

export async function tokensCommand(
  args: readonly string[],
  env: LakeEnvironment = lakeEnvironment(),
): Promise<void> {
  const { values, positionals, usageError } = parseCommandCall(args, {
    usage: TOKENS_USAGE,
    maxPositionals: 2,
    options: { user: { type: 'string' }, label: { type: 'string' } },
  })
  const [action, id] = positionals
  if (action === 'create' && !id && values.user) {
    const userId = values.user
    const { token, record } = withDirectory(env, (directory) => directory.createToken(userId, values.label))
    console.error(`Token ${record.id} for "${record.userId}" (shown once; the lake keeps only its hash):`)
    console.log(token)
    return
  }
  if (action === 'list' && !id) {
    const tokens = withDirectory(env, (directory) => directory.listTokens())
    for (const token of tokens) {
      const state = token.revoked ? 'revoked' : 'active'
      console.log(`${token.id}\t${token.userId}\t${state}\t${token.createdAt}\t${token.label}`)
    }
    return
  }
  if (action === 'revoke' && id) {
    withDirectory(env, (directory) => directory.revokeToken(id))
    console.log(`Revoked token ${id}`)
    return
  }
  throw usageError()
}
