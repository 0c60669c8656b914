// Reading time from the body's words, at a comfortable pace for long-form criticism.
import { stegaClean } from '@sanity/client/stega'

const WORDS_PER_MINUTE = 230

interface BlockLike {
  _type: string
  children?: unknown
  text?: unknown
}

function childText(child: unknown): string {
  return typeof child === 'object' && child !== null && 'text' in child && typeof child.text === 'string'
    ? child.text
    : ''
}

function blockText(block: BlockLike): string {
  if (typeof block.text === 'string') return block.text
  return Array.isArray(block.children) ? block.children.map(childText).join('') : ''
}

export function countWords(blocks: readonly BlockLike[]): number {
  // Draft mode's stega hides characters in the text (U+FEFF among them, which `\s` matches): not words.
  return stegaClean(blocks.map(blockText).join(' '))
    .split(/\s+/)
    .filter((word) => word.length > 0).length
}

/** Whole minutes, at least 1. */
export function readingMinutes(blocks: readonly BlockLike[]): number {
  return Math.max(1, Math.round(countWords(blocks) / WORDS_PER_MINUTE))
}
