import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { sniffContentType } from '#sanity/lake/assets/content-sniffing.ts'
import { SANDBOX_POLICY, servingHeaders } from '#sanity/lake/assets/serving-policy.ts'

describe('sniffContentType', () => {
  it('reads images from their magic numbers', async () => {
    const base = sharp({ create: { width: 4, height: 4, channels: 3, background: '#ffffff' } })
    expect(sniffContentType(await base.clone().png().toBuffer())).toBe('image/png')
    expect(sniffContentType(await base.clone().jpeg().toBuffer())).toBe('image/jpeg')
    expect(sniffContentType(await base.clone().webp().toBuffer())).toBe('image/webp')
    expect(sniffContentType(await base.clone().gif().toBuffer())).toBe('image/gif')
    expect(sniffContentType(await base.clone().avif().toBuffer())).toBe('image/avif')
  })

  it('tells markup from plain text and binary', () => {
    expect(sniffContentType(Buffer.from('\uFEFF  <!DOCTYPE html><p>x'))).toBe('text/html')
    expect(sniffContentType(Buffer.from('<p onclick="x()">hi</p>'))).toBe('text/html')
    expect(sniffContentType(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="x"/>'))).toBe('image/svg+xml')
    expect(sniffContentType(Buffer.from('<?xml version="1.0"?><feed/>'))).toBe('application/xml')
    expect(sniffContentType(Buffer.from('Plain words, even with <b> later on'))).toBe('text/plain')
    expect(sniffContentType(Buffer.from('%PDF-1.7'))).toBe('application/pdf')
    expect(sniffContentType(Buffer.from([0, 1, 2, 3, 255]))).toBe('application/octet-stream')
  })
})

describe('servingHeaders', () => {
  it('never gives active content inline, whatever the uploader declared', () => {
    const html = Buffer.from('<html><script>alert(1)</script></html>')
    for (const declared of ['text/html', 'image/png', 'text/plain', undefined]) {
      const headers = servingHeaders(html, declared)
      expect(headers.download).toBe(true)
      expect(headers.contentType).not.toMatch(/html/)
    }
    const svg = servingHeaders(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml')
    expect(svg).toEqual({
      contentType: 'image/svg+xml',
      download: false,
      contentSecurityPolicy: SANDBOX_POLICY,
    })
  })

  it('shows plain text as text/plain and keeps a harmless declared type for downloads', () => {
    expect(servingHeaders(Buffer.from('hello'), 'text/markdown')).toMatchObject({
      contentType: 'text/plain; charset=utf-8',
      download: false,
    })
    expect(servingHeaders(Buffer.from([0, 1, 2]), 'application/vnd.ms-excel')).toMatchObject({
      contentType: 'application/vnd.ms-excel',
      download: true,
    })
  })
})
