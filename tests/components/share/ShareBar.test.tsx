import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ShareBar } from '#components/share/ShareBar.tsx'
import { SHARE_NETWORKS } from '#lib/share.ts'

const url = 'https://marquee.example/reviews/ballerina'
const title = 'Ballerina review: Ana de Armas & a flamethrower'

// The seam: jsdom's navigator gets the browser APIs a test needs, set per test and removed after.
function setNavigator(name: 'clipboard' | 'share', value: unknown) {
  Object.defineProperty(window.navigator, name, { value, configurable: true, writable: true })
}
function clearNavigator() {
  for (const name of ['clipboard', 'share']) {
    if (Object.hasOwn(window.navigator, name)) Reflect.deleteProperty(window.navigator, name)
  }
}

beforeEach(clearNavigator)
afterEach(() => {
  cleanup()
  clearNavigator()
})

function hrefOf(name: RegExp): string {
  return screen.getByRole('link', { name }).getAttribute('href') ?? ''
}

function paramsOf(href: string): URLSearchParams {
  return new URL(href).searchParams
}

describe('ShareBar links', () => {
  it('labels the group and names every link for screen readers', () => {
    render(<ShareBar url={url} title={title} label="Share this article:" />)
    const group = screen.getByRole('group', { name: 'Share this article:' })
    const links = within(group).getAllByRole('link')
    expect(links).toHaveLength(SHARE_NETWORKS.length)
    for (const name of ['X', 'Facebook', 'WhatsApp', 'Reddit', 'LinkedIn', 'Bluesky', 'Threads']) {
      const link = screen.getByRole('link', { name: `Share on ${name} (opens in a new window)` })
      expect(link.getAttribute('target')).toBe('_blank')
      expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    }
    const email = screen.getByRole('link', { name: 'Share by email' })
    expect(email.getAttribute('target')).toBeNull()
    for (const svg of group.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true')
  })

  it('builds each network URL with the encoded headline and the canonical URL tagged by network', () => {
    render(<ShareBar url={url} title={title} xHandle="marqueefilm" />)
    const tagged = (network: string, medium = 'social') => `${url}?utm_source=${network}&utm_medium=${medium}`

    const x = hrefOf(/Share on X/)
    expect(x.startsWith('https://x.com/intent/tweet?')).toBe(true)
    expect(paramsOf(x).get('text')).toBe(title)
    expect(paramsOf(x).get('url')).toBe(tagged('x'))
    expect(paramsOf(x).get('via')).toBe('marqueefilm')
    expect(x).toContain('%26%20a%20flamethrower')

    const facebook = hrefOf(/Share on Facebook/)
    expect(facebook.startsWith('https://www.facebook.com/sharer/sharer.php?')).toBe(true)
    expect(paramsOf(facebook).get('u')).toBe(tagged('facebook'))

    const whatsapp = hrefOf(/Share on WhatsApp/)
    expect(whatsapp.startsWith('https://wa.me/?')).toBe(true)
    expect(paramsOf(whatsapp).get('text')).toBe(`${title} ${tagged('whatsapp')}`)

    const reddit = hrefOf(/Share on Reddit/)
    expect(reddit.startsWith('https://www.reddit.com/submit?')).toBe(true)
    expect(paramsOf(reddit).get('url')).toBe(tagged('reddit'))
    expect(paramsOf(reddit).get('title')).toBe(title)

    const linkedin = hrefOf(/Share on LinkedIn/)
    expect(linkedin.startsWith('https://www.linkedin.com/sharing/share-offsite/?')).toBe(true)
    expect(paramsOf(linkedin).get('url')).toBe(tagged('linkedin'))

    const bluesky = hrefOf(/Share on Bluesky/)
    expect(bluesky.startsWith('https://bsky.app/intent/compose?')).toBe(true)
    expect(paramsOf(bluesky).get('text')).toBe(`${title} ${tagged('bluesky')}`)

    const threads = hrefOf(/Share on Threads/)
    expect(threads.startsWith('https://www.threads.com/intent/post?')).toBe(true)
    expect(paramsOf(threads).get('text')).toBe(title)
    expect(paramsOf(threads).get('url')).toBe(tagged('threads'))

    const email = hrefOf(/Share by email/)
    expect(email.startsWith('mailto:?subject=')).toBe(true)
    expect(email).not.toContain('+')
    const mail = new URLSearchParams(email.slice('mailto:?'.length))
    expect(mail.get('subject')).toBe(title)
    expect(mail.get('body')).toBe(`${title}\n\n${tagged('email', 'email')}`)
  })
})

describe('copy link', () => {
  it('writes the canonical URL to the clipboard and announces it', async () => {
    const written: string[] = []
    setNavigator('clipboard', {
      writeText: async (text: string) => {
        written.push(text)
      },
    })
    render(<ShareBar url={url} title={title} />)
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByText('Link copied')).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('Link copied')
    expect(written).toEqual([url])
    expect(screen.queryByRole('textbox')).toBeNull()
  })

  it('falls back to a selected read-only field when the clipboard is refused', async () => {
    setNavigator('clipboard', {
      writeText: async () => {
        throw new DOMException('Write permission denied.', 'NotAllowedError')
      },
    })
    render(<ShareBar url={url} title={title} />)
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByText(/Press Ctrl\+C/)).toBeTruthy()
    const field = screen.getByRole('textbox', { name: 'Link to this article' })
    if (!(field instanceof HTMLInputElement)) throw new Error('expected an input')
    expect(field.value).toBe(url)
    expect(field.readOnly).toBe(true)
    await new Promise((resolve) => requestAnimationFrame(resolve))
    expect(document.activeElement).toBe(field)
    expect(field.selectionStart).toBe(0)
    expect(field.selectionEnd).toBe(url.length)
    expect(screen.queryByText('Link copied')).toBeNull()
  })

  it('falls back when the browser has no clipboard API', async () => {
    setNavigator('clipboard', undefined)
    render(<ShareBar url={url} title={title} />)
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByText(/Press Ctrl\+C/)).toBeTruthy()
    expect(screen.getByRole('textbox', { name: 'Link to this article' })).toBeTruthy()
  })
})

describe('native share', () => {
  it('is absent when navigator.share does not exist', () => {
    render(<ShareBar url={url} title={title} />)
    expect(screen.queryByRole('button', { name: /^Share/ })).toBeNull()
  })

  it('appears when navigator.share exists and shares the title and canonical URL', async () => {
    const shared: unknown[] = []
    setNavigator('share', async (data: unknown) => {
      shared.push(data)
    })
    render(<ShareBar url={url} title={title} />)
    const button = await screen.findByRole('button', { name: 'Share…' })
    fireEvent.click(button)
    await Promise.resolve()
    expect(shared).toEqual([{ title, url }])
  })

  it('ignores a cancelled share sheet', async () => {
    setNavigator('share', async () => {
      throw new DOMException('Share canceled', 'AbortError')
    })
    render(<ShareBar url={url} title={title} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Share…' }))
    await Promise.resolve()
    expect(screen.getByRole('button', { name: 'Share…' })).toBeTruthy()
  })
})
