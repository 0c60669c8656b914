// Users and their tokens, in the lake's SQLite (tables `users` and `tokens`, store/schema.ts). Every
// lookup reads SQLite, so users and tokens the CLI adds or revokes while the lake runs count at once.
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { z } from 'zod'
import { restrictDatabaseFiles } from '../private-files.ts'
import { DATABASE_FILE } from '../store/lake-store.ts'
import { prepareDatabase } from '../store/schema.ts'
import { ROOT_USER_ID, type SignedInUser } from './identity.ts'
import { ROLES, type Role } from './roles.ts'
import { generateUserToken, tokenMatchesHash, userTokenId } from './user-tokens.ts'

export interface UserRecord {
  id: string
  name: string
  email: string
  role: Role
  createdAt: string
}

export interface TokenRecord {
  id: string
  userId: string
  label: string
  createdAt: string
  revoked: boolean
}

export class UserDirectoryError extends Error {
  readonly code: 'invalid' | 'exists' | 'notFound'
  constructor(code: UserDirectoryError['code'], message: string) {
    super(message)
    this.name = 'UserDirectoryError'
    this.code = code
  }
}

const newUserSchema = z.object({
  id: z
    .string()
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$/, 'a user id is 1-64 letters, digits, "_" or "-"')
    .refine((id) => id !== ROOT_USER_ID, `"${ROOT_USER_ID}" is the root token's user`),
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  role: z.enum(ROLES),
})

const userRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  created_at: z.string(),
})

const tokenRow = z.object({
  id: z.string(),
  user_id: z.string(),
  label: z.string(),
  created_at: z.string(),
  revoked: z.number(),
})

const credentialRow = z.object({ hash: z.instanceof(Uint8Array), role: z.enum(ROLES), user_id: z.string() })

function toUser(row: unknown): UserRecord {
  const { created_at: createdAt, ...user } = userRow.parse(row)
  return { ...user, createdAt }
}

function toToken(row: unknown): TokenRecord {
  const parsed = tokenRow.parse(row)
  return {
    id: parsed.id,
    userId: parsed.user_id,
    label: parsed.label,
    createdAt: parsed.created_at,
    revoked: parsed.revoked !== 0,
  }
}

export class UserDirectory {
  readonly #db: DatabaseSync

  private constructor(db: DatabaseSync) {
    this.#db = db
  }

  /** Its own connection to `$dataDir/lake.sqlite` (WAL lets the CLI and a running lake share it). */
  static open(dataDir: string): UserDirectory {
    restrictDatabaseFiles(dataDir)
    const db = new DatabaseSync(join(dataDir, DATABASE_FILE))
    prepareDatabase(db)
    return new UserDirectory(db)
  }

  addUser(input: { id: string; name: string; email: string; role: string }): UserRecord {
    const parsed = newUserSchema.safeParse(input)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new UserDirectoryError('invalid', `Invalid ${issue?.path.join('.') ?? 'user'}: ${issue?.message}`)
    }
    if (this.getUser(parsed.data.id)) {
      throw new UserDirectoryError('exists', `User "${parsed.data.id}" already exists`)
    }
    const user = { ...parsed.data, createdAt: new Date().toISOString() }
    this.#db
      .prepare('INSERT INTO users (id, name, email, role, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(user.id, user.name, user.email, user.role, user.createdAt)
    return user
  }

  getUser(id: string): UserRecord | undefined {
    const row = this.#db.prepare('SELECT * FROM users WHERE id = ?').get(id)
    return row === undefined ? undefined : toUser(row)
  }

  listUsers(): UserRecord[] {
    return this.#db.prepare('SELECT * FROM users ORDER BY id').all().map(toUser)
  }

  /** Removes the user and, with them, their tokens. */
  removeUser(id: string): void {
    const { changes } = this.#db.prepare('DELETE FROM users WHERE id = ?').run(id)
    if (changes === 0) throw new UserDirectoryError('notFound', `No user "${id}"`)
  }

  /** The new token is returned once; only its hash is kept. */
  createToken(userId: string, label = ''): { token: string; record: TokenRecord } {
    if (!this.getUser(userId)) throw new UserDirectoryError('notFound', `No user "${userId}"`)
    if (label.length > 200) throw new UserDirectoryError('invalid', 'A token label is at most 200 characters')
    const { id, token, hash } = generateUserToken()
    const createdAt = new Date().toISOString()
    this.#db
      .prepare('INSERT INTO tokens (id, user_id, label, hash, created_at, revoked) VALUES (?, ?, ?, ?, ?, 0)')
      .run(id, userId, label, hash, createdAt)
    return { token, record: { id, userId, label, createdAt, revoked: false } }
  }

  listTokens(): TokenRecord[] {
    return this.#db
      .prepare('SELECT id, user_id, label, created_at, revoked FROM tokens ORDER BY user_id, created_at')
      .all()
      .map(toToken)
  }

  revokeToken(id: string): void {
    const { changes } = this.#db.prepare('UPDATE tokens SET revoked = 1 WHERE id = ?').run(id)
    if (changes === 0) throw new UserDirectoryError('notFound', `No token "${id}"`)
  }

  /** The user a personal token signs in as, or undefined (unknown, revoked, or its user removed). */
  verify(token: string): SignedInUser | undefined {
    const id = userTokenId(token)
    if (id === undefined) return undefined
    const row = this.#db
      .prepare(
        'SELECT t.hash, t.user_id, u.role FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.id = ? AND t.revoked = 0',
      )
      .get(id)
    if (row === undefined) return undefined
    const credential = credentialRow.parse(row)
    if (!tokenMatchesHash(token, credential.hash)) return undefined
    return { kind: 'user', userId: credential.user_id, role: credential.role }
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close()
  }
}
