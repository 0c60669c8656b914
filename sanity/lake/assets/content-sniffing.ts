// What a file really is, from its first bytes (magic numbers), whatever its name or the uploader's
// Content-Type say. Serving decisions (inline or download, which Content-Type) rest on this, so a file
// that claims to be a PDF but is HTML is never handed to a browser as something it might run.

/** The sniffed types the lake knows. `text/html` and `image/svg+xml` are active content. */
export type SniffedType =
  | 'image/png'
  | 'image/jpeg'
  | 'image/gif'
  | 'image/webp'
  | 'image/avif'
  | 'image/heic'
  | 'image/tiff'
  | 'image/svg+xml'
  | 'application/pdf'
  | 'application/zip'
  | 'audio/mpeg'
  | 'audio/ogg'
  | 'audio/wav'
  | 'audio/flac'
  | 'video/mp4'
  | 'video/webm'
  | 'video/quicktime'
  | 'text/html'
  | 'application/xml'
  | 'text/plain'
  | 'application/octet-stream'

/** How much of the file the sniffers look at. */
const SNIFF_BYTES = 4096

interface Signature {
  type: SniffedType
  offset: number
  bytes: readonly number[]
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0))

const SIGNATURES: readonly Signature[] = [
  { type: 'image/png', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', offset: 0, bytes: ascii('GIF87a') },
  { type: 'image/gif', offset: 0, bytes: ascii('GIF89a') },
  { type: 'image/tiff', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { type: 'image/tiff', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { type: 'application/pdf', offset: 0, bytes: ascii('%PDF-') },
  { type: 'application/zip', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'audio/mpeg', offset: 0, bytes: ascii('ID3') },
  { type: 'audio/ogg', offset: 0, bytes: ascii('OggS') },
  { type: 'audio/flac', offset: 0, bytes: ascii('fLaC') },
  { type: 'video/webm', offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
]

/** ISO base media (`ftyp` box) brands: AVIF/HEIC images, MP4 and QuickTime video. */
const FTYP_BRANDS: Record<string, SniffedType> = {
  avif: 'image/avif',
  avis: 'image/avif',
  heic: 'image/heic',
  heix: 'image/heic',
  mif1: 'image/heic',
  'qt  ': 'video/quicktime',
}

export function sniffContentType(bytes: Buffer): SniffedType {
  const head = bytes.subarray(0, SNIFF_BYTES)
  for (const signature of SIGNATURES) {
    if (startsWithAt(head, signature.offset, signature.bytes)) return signature.type
  }
  const riff = riffType(head)
  if (riff) return riff
  const isoMedia = isoMediaType(head)
  if (isoMedia) return isoMedia
  if (isMpegAudioFrame(head)) return 'audio/mpeg'
  const text = decodeText(head)
  if (text === undefined) return 'application/octet-stream'
  return markupType(text) ?? 'text/plain'
}

/** Types a browser may show inline without running anything: raster images, PDF, audio, video. */
export function isPassiveMedia(type: SniffedType): boolean {
  return RASTER_IMAGE_TYPES.has(type) || type === 'application/pdf' || /^(audio|video)\//.test(type)
}

export const RASTER_IMAGE_TYPES: ReadonlySet<string> = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
])

function startsWithAt(head: Buffer, offset: number, bytes: readonly number[]): boolean {
  if (head.length < offset + bytes.length) return false
  return bytes.every((byte, i) => head[offset + i] === byte)
}

function riffType(head: Buffer): SniffedType | undefined {
  if (!startsWithAt(head, 0, ascii('RIFF'))) return undefined
  if (startsWithAt(head, 8, ascii('WEBP'))) return 'image/webp'
  if (startsWithAt(head, 8, ascii('WAVE'))) return 'audio/wav'
  return undefined
}

function isoMediaType(head: Buffer): SniffedType | undefined {
  if (!startsWithAt(head, 4, ascii('ftyp')) || head.length < 12) return undefined
  const brand = head.toString('latin1', 8, 12)
  return FTYP_BRANDS[brand] ?? 'video/mp4'
}

/** An MPEG audio frame header without an ID3 tag: 11 sync bits, a valid layer and bitrate. */
function isMpegAudioFrame(head: Buffer): boolean {
  const [first = 0, second = 0, third = 0] = head
  return first === 0xff && (second & 0xe0) === 0xe0 && (second & 0x06) !== 0 && (third & 0xf0) !== 0xf0
}

/** The text of the head when it is UTF-8 without control characters (a cut multibyte tail is fine). */
function decodeText(head: Buffer): string | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for (let trim = 0; trim <= Math.min(3, head.length); trim++) {
    try {
      const text = decoder.decode(head.subarray(0, head.length - trim))
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what binary data has
      return /[\u0000-\u0008\u000e-\u001f\u007f]/.test(text) ? undefined : text
    } catch {
      if (head.length < SNIFF_BYTES) return undefined
    }
  }
  return undefined
}

/** HTML, SVG and XML, the way browsers sniff them: tags near the start, after whitespace and a BOM. */
function markupType(text: string): SniffedType | undefined {
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 1024)
    .toLowerCase()
  if (!start.startsWith('<')) return undefined
  if (/<svg[\s>/]/.test(start)) return 'image/svg+xml'
  if (
    /^<(!doctype html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|img|meta|link|object|embed|!--)[\s>/]/.test(
      start,
    )
  ) {
    return 'text/html'
  }
  if (/<(html|script|body|iframe)[\s>/]/.test(start)) return 'text/html'
  if (start.startsWith('<?xml')) return 'application/xml'
  return undefined
}
