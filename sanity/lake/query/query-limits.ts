// Limits checked on a query's text before groq-js parses it. The parser's cost grows much faster than the
// query (a 24 KB `1+1+…` took 25 s, a 100 KB one more than 15 minutes), and it recurses per nesting level,
// so a query is measured with one linear scan first and refused when it is too big to be an honest query.
import { GroqQueryError } from './query-error.ts'

/**
 * Bytes of query text (UTF-8). Sanity publishes none for POST (its GET URLs stop at 11 KB); GROQ's own
 * conformance suite has 100 KB queries (one long string literal, cheap to parse), so they pass.
 */
export const MAX_QUERY_BYTES = 262_144
/** Tokens (names, literals, operators): the Studio's longest query has ~120; a 2,500-token chain parses in ~20 ms. */
export const MAX_QUERY_TOKENS = 2_500
/** Brackets of any kind plus runs of prefix operators (`!!!x`, `---1`) open at once. */
export const MAX_QUERY_NESTING = 32

export interface QueryShape {
  readonly bytes: number
  readonly tokens: number
  readonly nesting: number
  /** `*` used as "every document" (not as multiplication): how many scans the text asks for. */
  readonly scans: number
  /** Length of the longest string literal. */
  readonly longestString: number
}

const OPENERS = new Set(['(', '[', '{'])
const CLOSERS = new Set([')', ']', '}'])
const TWO_CHAR_OPERATORS = new Set(['->', '==', '!=', '<=', '>=', '&&', '||', '**', '=>', '..'])
const PREFIX_OPERATORS = new Set(['!', '-', '+'])

function isNameChar(char: string): boolean {
  return /[A-Za-z0-9_]/.test(char)
}

/** One pass over the text: strings and `//` comments are skipped as single tokens. */
export function measureQuery(query: string): QueryShape {
  let tokens = 0
  let depth = 0
  let nesting = 0
  let prefixRun = 0
  // Prefix operators still applying inside open brackets each cost the parser a level too.
  const prefixesByDepth: number[] = []
  let openPrefixes = 0
  let scans = 0
  let longestString = 0
  // Whether the previous token ends a value: then `*` multiplies and `-`/`+`/`!` are infix.
  let afterValue = false
  let i = 0
  while (i < query.length) {
    const char = query.charAt(i)
    if (/\s/.test(char)) {
      i++
      continue
    }
    if (char === '/' && query.charAt(i + 1) === '/') {
      const newline = query.indexOf('\n', i)
      i = newline === -1 ? query.length : newline
      continue
    }
    tokens++
    if (char === '"' || char === "'") {
      let end = i + 1
      while (end < query.length && query.charAt(end) !== char) end += query.charAt(end) === '\\' ? 2 : 1
      longestString = Math.max(longestString, end - i - 1)
      i = end + 1
      afterValue = true
      prefixRun = 0
      continue
    }
    if (isNameChar(char) || char === '$' || char === '@' || char === '^') {
      i++
      while (i < query.length && isNameChar(query.charAt(i))) i++
      afterValue = true
      prefixRun = 0
      continue
    }
    const pair = query.slice(i, i + 2)
    if (TWO_CHAR_OPERATORS.has(pair)) {
      i += query.slice(i, i + 3) === '...' ? 3 : 2
      afterValue = false
      prefixRun = 0
      continue
    }
    i++
    if (OPENERS.has(char)) {
      depth++
      prefixesByDepth.push(prefixRun)
      openPrefixes += prefixRun
      nesting = Math.max(nesting, depth + openPrefixes)
      afterValue = false
      prefixRun = 0
    } else if (CLOSERS.has(char)) {
      depth = Math.max(0, depth - 1)
      openPrefixes -= prefixesByDepth.pop() ?? 0
      afterValue = true
      prefixRun = 0
    } else if (char === '*') {
      if (!afterValue) scans++
      afterValue = !afterValue
    } else if (!afterValue && PREFIX_OPERATORS.has(char)) {
      prefixRun++
      nesting = Math.max(nesting, depth + openPrefixes + prefixRun)
    } else {
      afterValue = false
      prefixRun = 0
    }
  }
  return { bytes: Buffer.byteLength(query), tokens, nesting, scans, longestString }
}

/** Throws a `queryParseError` (400) when the text is over a limit; returns its shape otherwise. */
export function checkQueryLimits(query: string): QueryShape {
  if (query.length > MAX_QUERY_BYTES || Buffer.byteLength(query) > MAX_QUERY_BYTES) {
    throw new GroqQueryError(
      `query is too large: ${Buffer.byteLength(query)} bytes, at most ${MAX_QUERY_BYTES} are accepted`,
      query,
      0,
      0,
    )
  }
  const shape = measureQuery(query)
  if (shape.tokens > MAX_QUERY_TOKENS) {
    throw new GroqQueryError(
      `query is too complex: ${shape.tokens} tokens, at most ${MAX_QUERY_TOKENS} are accepted`,
      query,
      0,
      0,
    )
  }
  if (shape.nesting > MAX_QUERY_NESTING) {
    throw new GroqQueryError(`query is nested deeper than ${MAX_QUERY_NESTING} levels`, query, 0, 0)
  }
  return shape
}
