// Reads CONTENT-MODEL.md into {type -> field names}, so the schema test can hold the schema to the contract.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const CONTENT_MODEL_PATH = fileURLToPath(
  new URL('../../../sanity/schemaTypes/CONTENT-MODEL.md', import.meta.url),
)

export interface ContractField {
  name: string
  /** Field names inside `name {a, b}` when the contract spells out an inline object. */
  subfields: string[]
}

/** Splits on commas that are not inside (), {} or backticks. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let inCode = false
  let current = ''
  for (const char of text) {
    if (char === '`') inCode = !inCode
    else if (!inCode && (char === '(' || char === '{')) depth += 1
    else if (!inCode && (char === ')' || char === '}')) depth -= 1
    if (char === ',' && depth === 0 && !inCode) {
      parts.push(current.trim())
      current = ''
    } else current += char
  }
  if (current.trim() !== '') parts.push(current.trim())
  return parts
}

function leadingName(text: string): string | undefined {
  return /^[A-Za-z]\w*/.exec(text)?.[0]
}

function namesIn(list: string): string[] {
  return splitTopLevel(list)
    .map((part) => leadingName(part))
    .filter((name): name is string => name !== undefined)
}

function parseField(segment: string): ContractField | undefined {
  // 'singleton `_id: 'siteSettings'`: title' describes the document, then names its first field.
  const withoutPreamble = segment.replace(/^singleton `[^`]*`:\s*/, '')
  const name = leadingName(withoutPreamble)
  if (!name) return undefined
  const inline = new RegExp(`^${name}\\s*\\{([^}]*)\\}`).exec(withoutPreamble)
  return { name, subfields: inline?.[1] ? namesIn(inline[1]) : [] }
}

/** Document types and their top-level fields, from the contract's table. */
export function readDocumentContract(markdown = readFileSync(CONTENT_MODEL_PATH, 'utf8')) {
  const documents = new Map<string, ContractField[]>()
  for (const line of markdown.split('\n')) {
    const row = /^\|\s*([A-Za-z]\w*)\s*\|(.*)\|\s*$/.exec(line)
    if (!row?.[1] || !row[2] || row[1] === 'type') continue
    // Text after an em dash is a note about the type (e.g. the demo sections), not a field.
    const cell = row[2].replaceAll('\\|', '/').split(' — ')[0] ?? ''
    const fields = splitTopLevel(cell).map(parseField)
    documents.set(
      row[1],
      fields.filter((field): field is ContractField => field !== undefined),
    )
  }
  return documents
}

/** Named object types written as `name {a, b?}` anywhere in the contract. */
export function readObjectContract(markdown = readFileSync(CONTENT_MODEL_PATH, 'utf8')) {
  const objects = new Map<string, string[]>()
  for (const match of markdown.matchAll(/`([A-Za-z]\w*) \{([^}`]*)\}`/g)) {
    const [, name, list] = match
    if (!name || list === undefined) continue
    objects.set(
      name,
      namesIn(list.replaceAll('\\|', '/')).filter((field) => !field.startsWith('_')),
    )
  }
  return objects
}
