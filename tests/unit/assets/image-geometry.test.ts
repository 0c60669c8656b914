import { describe, expect, it } from 'vitest'
import { computeGeometry } from '#sanity/lake/assets/image-geometry.ts'
import { parseTransformParams } from '#sanity/lake/assets/image-params.ts'

const source = { width: 800, height: 400 }
const geometry = (query: string, size = source) =>
  computeGeometry(size, parseTransformParams(new URLSearchParams(query)))

describe('computeGeometry', () => {
  it('keeps the whole image when nothing is asked', () => {
    expect(geometry('')).toEqual({ region: { left: 0, top: 0, width: 800, height: 400 }, resized: source })
  })

  it('follows the aspect ratio when one side is given', () => {
    expect(geometry('w=200').resized).toEqual({ width: 200, height: 100 })
    expect(geometry('h=100').resized).toEqual({ width: 200, height: 100 })
  })

  it('fit=clip fits inside the box and may upscale; fit=max never upscales', () => {
    expect(geometry('w=100&h=100').resized).toEqual({ width: 100, height: 50 })
    expect(geometry('w=1600&h=1600').resized).toEqual({ width: 1600, height: 800 })
    expect(geometry('w=1600&h=1600&fit=max').resized).toEqual(source)
    expect(geometry('w=1600&fit=max').resized).toEqual(source)
  })

  it('fit=crop covers the box and cuts a centred window', () => {
    const result = geometry('w=100&h=100&fit=crop')
    expect(result.resized).toEqual({ width: 200, height: 100 })
    expect(result.window).toEqual({ left: 50, top: 0, width: 100, height: 100 })
  })

  it('fit=crop honours crop=left/right and the focal point, staying inside the image', () => {
    expect(geometry('w=100&h=100&fit=crop&crop=left').window?.left).toBe(0)
    expect(geometry('w=100&h=100&fit=crop&crop=right').window?.left).toBe(100)
    expect(geometry('w=100&h=100&fit=crop&crop=focalpoint&fp-x=0.3&fp-y=0.5').window?.left).toBe(10)
    expect(geometry('w=100&h=100&fit=crop&fp-x=1&fp-y=0.5').window?.left).toBe(100)
  })

  it('fit=min keeps the aspect ratio but never exceeds the source', () => {
    const result = geometry('w=1000&h=1000&fit=min')
    expect(result.window).toMatchObject({ width: 400, height: 400 })
  })

  it('fit=scale distorts to the exact box', () => {
    expect(geometry('w=100&h=100&fit=scale').resized).toEqual({ width: 100, height: 100 })
  })

  it('fit=fill pads to the box; fit=fillmax pads without upscaling', () => {
    expect(geometry('w=100&h=100&fit=fill')).toMatchObject({
      resized: { width: 100, height: 50 },
      canvas: { width: 100, height: 100 },
    })
    expect(geometry('w=2000&h=2000&fit=fillmax')).toMatchObject({
      resized: source,
      canvas: { width: 2000, height: 2000 },
    })
  })

  it('rect selects a region first, clamped to the image', () => {
    expect(geometry('rect=700,300,200,200')).toMatchObject({
      region: { left: 700, top: 300, width: 100, height: 100 },
      resized: { width: 100, height: 100 },
    })
  })

  it('max-w and min-w bound the result', () => {
    expect(geometry('max-w=400').resized).toEqual({ width: 400, height: 200 })
    expect(geometry('w=100&min-h=100').resized).toEqual({ width: 200, height: 100 })
  })
})
