// Patch paths are checked against the document before @sanity/mutator runs: an index far past the end
// (`{"set": {"arr[10000000]": 1}}`) would make a ten-million-item array, and a range makes the mutator copy
// the array once per index, so both are bounded by the arrays the document actually has.
import { MutationError } from './mutation-error.ts'
import type { PatchOperations } from './parse-mutations.ts'

/**
 * Array items a patch path may make @sanity/mutator visit, weighed by the array's length: it copies the
 * array once per index of a range (`arr[0:5000]` on 5,000 items is 25M copies). About 50 ms of work.
 */
export const MAX_PATCH_ARRAY_WORK = 20_000_000

/**
 * Refuses patch paths whose array indices reach past every array in the document, or whose ranges would
 * make the mutator copy arrays too often. Checked on the current document, before anything is allocated.
 */
export function assertPatchPathsWithinArrays(
  document: { _id: string },
  operations: PatchOperations,
  index: number,
): void {
  const paths = patchPaths(operations)
  const selectors = paths.flatMap((path) => numericSelectors(path).map((selector) => ({ path, selector })))
  if (selectors.length === 0) return
  const longest = longestArray(document)
  for (const { path, selector } of selectors) {
    // Negative indices count from the end: `insert after arr[-1]` on an empty array appends (the Studio's
    // "Add item"), so they may reach one past the start; they can never make an array grow.
    const outside = selector.bounds.find((bound) => bound > longest || bound < -(longest + 1))
    const fail = (reason: string): never => {
      throw new MutationError(400, index, {
        type: 'patchError',
        id: document._id,
        description: `Invalid patch path "${path}" for document "${document._id}": ${reason}`,
      })
    }
    if (outside !== undefined) {
      fail(`index ${outside} is past the end of the array (the longest array has ${longest} items)`)
    }
    if (selector.kind === 'range') {
      const [start = 0, end = longest] = selector.bounds
      const span = Math.max(0, relative(end, longest) - relative(start, longest))
      if (span * Math.max(longest, 1) > MAX_PATCH_ARRAY_WORK) {
        fail(`the range selects too many items at once (${span} of ${longest})`)
      }
    }
  }
}

function relative(bound: number, length: number): number {
  return bound < 0 ? Math.max(0, length + bound) : bound
}

function patchPaths(operations: PatchOperations): string[] {
  const paths = [
    ...Object.keys(operations.set ?? {}),
    ...Object.keys(operations.setIfMissing ?? {}),
    ...(operations.unset ?? []),
    ...Object.keys(operations.inc ?? {}),
    ...Object.keys(operations.dec ?? {}),
    ...Object.keys(operations.diffMatchPatch ?? {}),
  ]
  const insert = operations.insert
  if (insert) {
    if ('before' in insert) paths.push(insert.before)
    else if ('after' in insert) paths.push(insert.after)
    else paths.push(insert.replace)
  }
  return paths
}

interface NumericSelector {
  kind: 'index' | 'range'
  /** An index: its value. A range: start and end as written (absent ones left out, in order). */
  bounds: number[]
}

const INDEX = /^\s*(-?\d+)\s*$/
const RANGE = /^\s*(-?\d+)?\s*:\s*(-?\d+)?\s*(?::\s*-?\d+\s*)?$/

/** Index and range selectors inside `[...]` (unions split on commas; constraints and names are skipped). */
export function numericSelectors(path: string): NumericSelector[] {
  const selectors: NumericSelector[] = []
  for (const content of bracketContents(path)) {
    for (const part of splitTopLevel(content)) {
      const index = INDEX.exec(part)
      if (index) {
        selectors.push({ kind: 'index', bounds: [Number(index[1])] })
        continue
      }
      const range = RANGE.exec(part)
      if (range) {
        const start = range[1] === undefined ? 0 : Number(range[1])
        const bounds = range[2] === undefined ? [start] : [start, Number(range[2])]
        selectors.push({ kind: 'range', bounds })
      }
    }
  }
  return selectors
}

function bracketContents(path: string): string[] {
  const contents: string[] = []
  let depth = 0
  let start = 0
  let quote: string | undefined
  for (let i = 0; i < path.length; i++) {
    const char = path[i]
    if (quote !== undefined) {
      if (char === '\\') i++
      else if (char === quote) quote = undefined
    } else if (char === '"' || char === "'") {
      quote = char
    } else if (char === '[') {
      if (depth === 0) start = i + 1
      depth++
    } else if (char === ']' && depth > 0) {
      depth--
      if (depth === 0) contents.push(path.slice(start, i))
    }
  }
  return contents
}

function splitTopLevel(content: string): string[] {
  if (/["'[]/.test(content)) return [content]
  return content.split(',')
}

/** Length of the longest array anywhere in the value. */
export function longestArray(value: unknown): number {
  let longest = 0
  const stack: unknown[] = [value]
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (Array.isArray(current)) {
      longest = Math.max(longest, current.length)
      for (const item of current) if (typeof item === 'object' && item !== null) stack.push(item)
    } else if (typeof current === 'object' && current !== null) {
      for (const child of Object.values(current)) {
        if (typeof child === 'object' && child !== null) stack.push(child)
      }
    }
  }
  return longest
}
