// The text indexes queries have needed, remembered so every query worker builds them ahead of the next query
// that needs one: building an index of every story's body takes seconds at 100k documents, and without this
// each worker (and each replacement of one) paid that on some reader's search. Kept in the data directory, so
// a restarted lake builds them at start instead of on the first searches.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { textKey } from '../query/text-sources.ts'
import type { WarmText } from './messages.ts'

/**
 * Distinct indexes kept warm: the few a site and a Studio search with. Anyone can make a worker build an index
 * (any `x match "y"`); past the cap such an index is still built, on use, in the worker that needs it.
 */
export const MAX_WARM_TEXTS = 16

const pathSchema = z.array(z.string()).readonly()
const warmTextSchema = z.object({
  dataset: z.string(),
  publicOnly: z.boolean(),
  perspective: z.enum(['raw', 'published', 'drafts']),
  text: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('path'), path: pathSchema }),
    z.object({ kind: z.literal('portableText'), path: pathSchema }),
    z.object({ kind: z.literal('document') }),
  ]),
})

function keyOf({ dataset, publicOnly, perspective, text }: WarmText): string {
  return JSON.stringify([dataset, publicOnly, perspective, textKey(text)])
}

export class WarmTexts {
  readonly #file: string | undefined
  readonly #log: (line: string) => void
  readonly #entries = new Map<string, WarmText>()

  constructor(file: string | undefined, log: (line: string) => void) {
    this.#file = file
    this.#log = log
    for (const text of this.#read()) this.#entries.set(keyOf(text), text)
  }

  entries(): WarmText[] {
    return [...this.#entries.values()]
  }

  /** Remembers the texts not known yet (within the cap) and returns them. */
  add(texts: readonly WarmText[]): WarmText[] {
    const added: WarmText[] = []
    for (const text of texts) {
      const key = keyOf(text)
      if (this.#entries.has(key) || this.#entries.size >= MAX_WARM_TEXTS) continue
      this.#entries.set(key, text)
      added.push(text)
    }
    if (added.length > 0) this.#write()
    return added
  }

  #read(): WarmText[] {
    if (this.#file === undefined) return []
    let json: unknown
    try {
      json = JSON.parse(readFileSync(this.#file, 'utf8'))
    } catch {
      return []
    }
    const parsed = z.array(warmTextSchema).safeParse(json)
    if (!parsed.success) {
      this.#log(`lake: ignoring ${this.#file}: not a list of text indexes`)
      return []
    }
    return parsed.data.slice(0, MAX_WARM_TEXTS)
  }

  #write(): void {
    if (this.#file === undefined) return
    const temporary = `${this.#file}.tmp`
    try {
      writeFileSync(temporary, `${JSON.stringify(this.entries(), null, 2)}\n`)
      renameSync(temporary, this.#file)
    } catch (error) {
      this.#log(
        `lake: could not save ${this.#file}: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }
}
