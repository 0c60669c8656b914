// `lake users add <id> --name "…" --email x --role editor | users list | users remove <id>`: writes the
// lake's SQLite directly; a running lake sees the change on its next request.
import { ROOT_USER_ID } from '../users/identity.ts'
import { ROLES } from '../users/roles.ts'
import { UserDirectory, UserDirectoryError } from '../users/user-directory.ts'
import { parseCommandCall } from './command-args.ts'
import { LakeConfigError, type LakeEnvironment, lakeEnvironment } from './environment.ts'

export const USERS_USAGE = `users add <id> --name "…" --email x --role ${ROLES.join('|')} | users list | users remove <id>`

/** Opens the directory, runs `action`, closes it; directory refusals print as one line. */
export function withDirectory<T>(env: LakeEnvironment, action: (directory: UserDirectory) => T): T {
  const directory = UserDirectory.open(env.dataDir)
  try {
    return action(directory)
  } catch (error) {
    if (error instanceof UserDirectoryError) throw new LakeConfigError(error.message)
    throw error
  } finally {
    directory.close()
  }
}

export async function usersCommand(
  args: readonly string[],
  env: LakeEnvironment = lakeEnvironment(),
): Promise<void> {
  const { values, positionals, usageError } = parseCommandCall(args, {
    usage: USERS_USAGE,
    maxPositionals: 2,
    options: { name: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' } },
  })
  const [action, id] = positionals
  if (action === 'add' && id) {
    const { name, email, role } = values
    if (!email || !role) throw usageError('--email and --role are required')
    const user = withDirectory(env, (directory) => directory.addUser({ id, name: name ?? id, email, role }))
    console.log(`Added ${user.role} "${user.id}" (${user.name} <${user.email}>)`)
    return
  }
  if (action === 'list' && !id) {
    const users = withDirectory(env, (directory) => directory.listUsers())
    console.log(`${ROOT_USER_ID}\tadministrator\t(the root token)`)
    for (const user of users)
      console.log(`${user.id}\t${user.role}\t${user.name} <${user.email}>\t${user.createdAt}`)
    return
  }
  if (action === 'remove' && id) {
    withDirectory(env, (directory) => directory.removeUser(id))
    console.log(`Removed user "${id}" and their tokens`)
    return
  }
  throw usageError()
}
