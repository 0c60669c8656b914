import { GroqQueryError } from './query-error.ts'

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Rejects parameter names GROQ cannot reference and drops undefined values (absent in JSON). */
export function checkedParams(query: string, params: Record<string, unknown>): Record<string, unknown> {
  const checked: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(params)) {
    if (!IDENTIFIER.test(name)) {
      throw new GroqQueryError(`invalid parameter name "${name}": must be an identifier`, query, 0, 0)
    }
    if (value !== undefined) checked[name] = value
  }
  return checked
}

/** The error for a `$name` the query uses but the caller did not provide, pointing at its first use. */
export function missingParamError(query: string, name: string): GroqQueryError {
  const start = findParameter(query, name)
  const end = start === undefined ? query.length : start + name.length + 1
  return new GroqQueryError(`param $${name} referenced, but not provided`, query, start ?? 0, end)
}

/** Position of `$name` outside string literals and comments. */
function findParameter(query: string, name: string): number | undefined {
  let i = 0
  while (i < query.length) {
    const char = query[i]
    if (char === '"' || char === "'") {
      i = skipString(query, i, char)
    } else if (char === '/' && query[i + 1] === '/') {
      const newline = query.indexOf('\n', i)
      i = newline === -1 ? query.length : newline
    } else if (
      char === '$' &&
      query.startsWith(name, i + 1) &&
      !isIdentifierChar(query[i + name.length + 1])
    ) {
      return i
    } else {
      i++
    }
  }
  return undefined
}

function skipString(query: string, start: number, quote: string): number {
  let i = start + 1
  while (i < query.length && query[i] !== quote) i += query[i] === '\\' ? 2 : 1
  return i + 1
}

function isIdentifierChar(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9_]/.test(char)
}
