// The search syntax of GROQ's `text::query()` (what the Studio sends: `ball*`, `"dark knight" -review`)
// and matching it against text, with groq-js's tokenizer rules so results agree with `match`.

/** One search term: a word (`*` as wildcard), or a quoted phrase whose words must be adjacent. */
export interface SearchTerm {
  words: string[]
  negated: boolean
}

// The Studio's own token rule (sanity/src/core/search/common/token.ts): runs of non-space, quotes kept together.
const TERM_PATTERN = /(?:[^\s"]+|"[^"]*")+/g
// groq-js's `match` tokenizer: word characters, dots only inside words.
const TOKEN_CHARS = /([^!@#$%^&*(),\\/?";:{}|[\]+<>\s-])+/g
const PATTERN_CHARS = /([^!@#$%^&(),\\/?";:{}|[\]+<>\s-])+/g
const EDGE_DOTS = /(\b\.+|\.+\b)/g

export function tokenize(text: string): string[] {
  return text.replace(EDGE_DOTS, '').match(TOKEN_CHARS) ?? []
}

function patternWords(text: string): string[] {
  return text.replace(EDGE_DOTS, '').match(PATTERN_CHARS) ?? []
}

/** Parses a `text::query()` string; an empty or all-wildcard search has no terms (everything matches). */
export function parseSearch(search: string): SearchTerm[] {
  const terms: SearchTerm[] = []
  for (const raw of search.match(TERM_PATTERN) ?? []) {
    const negated = raw.startsWith('-')
    const body = negated ? raw.slice(1) : raw
    const words = patternWords(body.replaceAll('"', ' '))
    if (words.length === 0) continue
    if (!negated && words.every((word) => /^\*+$/.test(word))) continue
    terms.push({ words, negated })
  }
  return terms
}

function wordPattern(word: string): RegExp {
  const escaped = word.slice(0, 1024).replace(/[.+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^${escaped.replace(/\*/g, '.*')}$`, 'i')
}

/** A compiled search: `matches(texts)` is true when every term is found and no negated one is. */
export interface CompiledSearch {
  readonly empty: boolean
  /** One pattern per required (not negated) term that a matching document has a token for. */
  readonly required: readonly RegExp[]
  matches(tokenLists: readonly (readonly string[])[]): boolean
}

export function compileSearch(search: string): CompiledSearch {
  const terms = parseSearch(search).map((term) => ({
    negated: term.negated,
    patterns: term.words.map(wordPattern),
  }))
  const found = (patterns: RegExp[], tokenLists: readonly (readonly string[])[]): boolean =>
    tokenLists.some((tokens) => {
      // A phrase: its words on consecutive tokens of one text.
      for (let start = 0; start + patterns.length <= tokens.length; start++) {
        if (patterns.every((pattern, offset) => pattern.test(tokens[start + offset] ?? ''))) return true
      }
      return false
    })
  return {
    empty: terms.length === 0,
    required: terms.flatMap((term) => (term.negated ? [] : term.patterns.slice(0, 1))),
    matches: (tokenLists) => terms.every((term) => found(term.patterns, tokenLists) !== term.negated),
  }
}
