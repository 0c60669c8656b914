// Portable Text builders so review bodies read like prose in the source files.
// Paragraph text understands three inline marks: **strong**, *em* and [label](https://link).
import { createHash } from 'node:crypto'
import type { LinkAnnotation, PullQuote, ReleaseInfo, Span, TextBlock } from './model.ts'

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((\S+?)\)/g

function span(text: string, marks: string[] = []): Span {
  return { _type: 'span', text, marks }
}

function linkKey(href: string, label: string, index: number): string {
  return createHash('sha1').update(`${index}:${href}:${label}`).digest('hex').slice(0, 12)
}

function parseInline(text: string): { children: Span[]; markDefs: LinkAnnotation[] } {
  const children: Span[] = []
  const markDefs: LinkAnnotation[] = []
  let cursor = 0
  for (const match of text.matchAll(INLINE)) {
    if (match.index > cursor) children.push(span(text.slice(cursor, match.index)))
    const [, strong, em, label, href] = match
    if (strong !== undefined) children.push(span(strong, ['strong']))
    else if (em !== undefined) children.push(span(em, ['em']))
    else if (label !== undefined && href !== undefined) {
      if (!href.startsWith('https://')) throw new Error(`Demo links must use https: ${href}`)
      const key = linkKey(href, label, markDefs.length)
      markDefs.push({ _type: 'link', _key: key, href })
      children.push(span(label, [key]))
    }
    cursor = match.index + match[0].length
  }
  if (cursor < text.length) children.push(span(text.slice(cursor)))
  return { children, markDefs }
}

function block(style: TextBlock['style'], text: string): TextBlock {
  return { _type: 'block', style, ...parseInline(text) }
}

export const p = (text: string): TextBlock => block('normal', text)
export const h2 = (text: string): TextBlock => block('h2', text)
export const h3 = (text: string): TextBlock => block('h3', text)
export const blockquote = (text: string): TextBlock => block('blockquote', text)

export function bullets(items: readonly string[], listItem: 'bullet' | 'number' = 'bullet'): TextBlock[] {
  return items.map((item) => ({ ...block('normal', item), listItem, level: 1 }))
}

export function pullQuote(text: string, attribution?: string): PullQuote {
  return { _type: 'pullQuote', text, ...(attribution === undefined ? {} : { attribution }) }
}

export function releaseInfo(info: Omit<ReleaseInfo, '_type'>): ReleaseInfo {
  return { _type: 'releaseInfo', ...info }
}
