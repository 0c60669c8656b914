// `npm run fonts` (run before `build` and `dev`, and by the e2e and site-bench setups): cuts the site's web
// fonts (scripts/fonts/faces.ts) into generated/fonts, which is not committed. A file is cut again only when
// its source or its cut changed.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import subsetFont from 'subset-font'
import { codePointsOf, FACES, type Face, sourceFile, type Tier, UNICODE_RANGES } from './faces.ts'

const ROOT = resolve(import.meta.dirname, '../..')
export const GENERATED_FONTS = join(ROOT, 'generated/fonts')
const FEATURES = ['kern', 'liga']
/** Style attributes for variable-font pickers; browsers do not read them. */
const DROPPED_TABLES = ['STAT']
const TIERS: readonly Tier[] = ['core', 'latin', 'latinExt']

async function cut(face: Face, tier: Tier): Promise<{ file: string; bytes: number; fresh: boolean }> {
  const source = readFileSync(join(ROOT, sourceFile(face, tier)))
  const file = `${face.name}-${tier}.woff2`
  const target = join(GENERATED_FONTS, file)
  const stamp = `${target}.key`
  const key = createHash('sha256')
    .update(source)
    .update(JSON.stringify([face.weight, UNICODE_RANGES[tier], FEATURES, DROPPED_TABLES]))
    .digest('hex')
  if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) {
    return { file, bytes: readFileSync(target).length, fresh: false }
  }
  const text = String.fromCodePoint(...codePointsOf(UNICODE_RANGES[tier]))
  const font = await subsetFont(source, text, {
    targetFormat: 'woff2',
    noHinting: true,
    keepFeatures: FEATURES,
    variationAxes: { wght: face.weight },
    dropTables: DROPPED_TABLES,
  })
  writeFileSync(target, font)
  writeFileSync(stamp, key)
  return { file, bytes: font.length, fresh: true }
}

export async function subsetFonts(log: (line: string) => void = () => {}): Promise<void> {
  mkdirSync(GENERATED_FONTS, { recursive: true })
  for (const face of FACES) {
    for (const tier of TIERS) {
      const { file, bytes, fresh } = await cut(face, tier)
      log(`${fresh ? 'cut ' : 'kept'} ${file} (${(bytes / 1024).toFixed(1)} KiB)`)
    }
  }
}

if (import.meta.main) {
  await subsetFonts((line) => console.log(line))
}
