import { describe, expect, it } from 'vitest'
import { AssetError } from '#sanity/lake/assets/asset-error.ts'
import { canonicalSpec, hasTransform, parseTransformParams } from '#sanity/lake/assets/image-params.ts'
import { MAX_OUTPUT_SIDE } from '#sanity/lake/assets/limits.ts'

const parse = (query: string) => parseTransformParams(new URLSearchParams(query))

function errorOf(query: string): AssetError {
  try {
    parse(query)
  } catch (error) {
    if (error instanceof AssetError) return error
    throw error
  }
  throw new Error(`expected "${query}" to be refused`)
}

describe('parseTransformParams', () => {
  it('reads the parameters the Studio sends for previews', () => {
    const spec = parse('rect=8,0,48,48&w=33&h=33&fit=crop&dpr=1')
    expect(spec).toMatchObject({
      width: 33,
      height: 33,
      fit: 'crop',
      rect: { left: 8, top: 0, width: 48, height: 48 },
    })
  })

  it('defaults to fit=clip, quality 75, dpr 1 and no format', () => {
    const spec = parse('w=100')
    expect(spec).toMatchObject({ fit: 'clip', quality: 75, dpr: 1, autoFormat: false })
    expect(spec.format).toBeUndefined()
  })

  it('multiplies sizes by dpr and clamps dpr to 1-3', () => {
    expect(parse('w=100&h=50&dpr=2')).toMatchObject({ width: 200, height: 100, dpr: 2 })
    expect(parse('w=100&dpr=9').width).toBe(300)
  })

  it('reads formats, auto=format, crop lists, focal points, flips and colours', () => {
    const spec = parse(
      'fm=webp&auto=format&crop=top,left&fp-x=0.25&fp-y=0.75&flip=hv&bg=8000ff00&sat=-100&or=90',
    )
    expect(spec).toMatchObject({
      format: 'webp',
      autoFormat: true,
      crop: ['top', 'left'],
      focalPoint: { x: 0.25, y: 0.75 },
      flipHorizontal: true,
      flipVertical: true,
      background: '#00ff0080',
      saturation: -100,
      orientation: 90,
    })
    expect(parse('fm=jpeg').format).toBe('jpg')
  })

  it('ignores parameters it does not know, like Sanity', () => {
    expect(() => parse('w=10&frame=1&pad=4&whatever=x')).not.toThrow()
  })

  it('refuses sizes over the output bound with a 400 naming the parameter', () => {
    const error = errorOf(`w=${MAX_OUTPUT_SIDE + 1}`)
    expect(error.statusCode).toBe(400)
    expect(error.message).toContain('"w"')
    expect(error.message).toContain(`maximum of ${MAX_OUTPUT_SIDE}px`)
    expect(errorOf(`h=${MAX_OUTPUT_SIDE / 2 + 1}&dpr=2`).message).toContain('dpr 2')
  })

  it('clamps max-w instead of refusing it, since it only shrinks', () => {
    expect(parse('max-w=99999').maxWidth).toBe(MAX_OUTPUT_SIDE)
  })

  it('refuses malformed values of known parameters', () => {
    expect(errorOf('w=wide').message).toContain('expected a number')
    expect(errorOf('fit=stretch').message).toContain('clip, crop, fill')
    expect(errorOf('rect=1,2,3').message).toContain('left,top,width,height')
    expect(errorOf('bg=red').message).toContain('hex colour')
    expect(errorOf('q=101').message).toContain('between 0 and 100')
    expect(errorOf('or=45').message).toContain('0, 90, 180 or 270')
    expect(errorOf('fm=bmp').statusCode).toBe(400)
  })
})

describe('hasTransform and canonicalSpec', () => {
  it('treats a URL with only unknown parameters as the original', () => {
    expect(hasTransform(new URLSearchParams('dl=x.jpg'))).toBe(false)
    expect(hasTransform(new URLSearchParams('w=1'))).toBe(true)
  })

  it('gives the same key whatever the parameter order', () => {
    expect(canonicalSpec(parse('w=10&h=20&fit=crop'))).toBe(canonicalSpec(parse('fit=crop&h=20&w=10')))
    expect(canonicalSpec(parse('w=10'))).not.toBe(canonicalSpec(parse('w=11')))
  })
})
