import { GroqQueryError } from './query-error.ts'

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Deepest nesting a parameter value may have. Evaluation and serialisation recurse over values, so a
 * parameter nested thousands of levels deep would overflow the stack: it is refused up front instead.
 */
export const MAX_PARAM_NESTING = 64

/** Rejects parameter names GROQ cannot reference and drops undefined values (absent in JSON). */
export function checkedParams(query: string, params: Record<string, unknown>): Record<string, unknown> {
  const checked: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(params)) {
    if (!IDENTIFIER.test(name)) {
      throw new GroqQueryError(`invalid parameter name "${name}": must be an identifier`, query, 0, 0)
    }
    if (jsonNesting(value, MAX_PARAM_NESTING) > MAX_PARAM_NESTING) {
      throw new GroqQueryError(
        `parameter $${name} is nested deeper than ${MAX_PARAM_NESTING} levels`,
        query,
        0,
        0,
      )
    }
    if (value !== undefined) checked[name] = value
  }
  return checked
}

/** How deep a JSON value nests, counted without recursion; stops once past `limit`. */
export function jsonNesting(value: unknown, limit: number): number {
  let deepest = 0
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    deepest = Math.max(deepest, frame.depth)
    if (deepest > limit) return deepest
    if (typeof frame.value !== 'object' || frame.value === null) continue
    const children = Array.isArray(frame.value) ? frame.value : Object.values(frame.value)
    for (const child of children) stack.push({ value: child, depth: frame.depth + 1 })
  }
  return deepest
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
