// subset-font (harfbuzz compiled to wasm) ships no types; this is the part of its API the font script uses.
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt'
    noHinting?: boolean
    keepFeatures?: string[]
    dropTables?: string[]
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>
}
