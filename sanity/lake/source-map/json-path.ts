// Paths in Content Source Maps, written as Sanity writes them (what @sanity/client's stega code parses):
// `$['body'][0]['children'][1]['text']`, and with key selectors `$['body'][?(@._key=='a1')]['text']`.

/** One step into a document: a field, an array index, or an array item that has a `_key`. */
export type PathSegment = string | number | { readonly key: string; readonly index: number }

const ESCAPES: Readonly<Record<string, string>> = {
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  "'": "\\'",
  '\\': '\\\\',
}

function field(name: string): string {
  return `['${name.replace(/[\f\n\r\t'\\]/g, (character) => ESCAPES[character] ?? character)}']`
}

/** A path into a source document; keyed items by `_key` when `keySelectors` (`withKeyArraySelector`). */
export function sourcePath(segments: readonly PathSegment[], keySelectors: boolean): string {
  let path = '$'
  for (const segment of segments) {
    if (typeof segment === 'string') path += field(segment)
    else if (typeof segment === 'number') path += `[${segment}]`
    else if (keySelectors) path += `[?(@._key=='${segment.key.replace(/['\\]/g, (c) => `\\${c}`)}')]`
    else path += `[${segment.index}]`
  }
  return path
}

/** A path into the query's result: the keys of `mappings` always index arrays by position. */
export function resultPath(segments: readonly (string | number)[]): string {
  let path = '$'
  for (const segment of segments) path += typeof segment === 'string' ? field(segment) : `[${segment}]`
  return path
}
