import { describe, expect, it } from 'vitest'
import { parseReturnUrl, returnUrlWithSessionId } from '#sanity/lake/studio/return-url.ts'
import { escapeHtml } from '#sanity/lake/studio/sign-in-page.ts'
import { SESSION_ID_LIFETIME_MS, SignInSessions } from '#sanity/lake/studio/sign-in-sessions.ts'

describe('SignInSessions', () => {
  it('redeems an id once', () => {
    const sessions = new SignInSessions()
    const id = sessions.issue('token-a')
    expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(sessions.redeem(id)).toBe('token-a')
    expect(sessions.redeem(id)).toBeUndefined()
  })

  it('expires ids after their lifetime', () => {
    let now = 1_000
    const sessions = new SignInSessions(() => now)
    const id = sessions.issue('token-a')
    now += SESSION_ID_LIFETIME_MS
    expect(sessions.redeem(id)).toBeUndefined()
  })

  it('issues a different id every time', () => {
    const sessions = new SignInSessions()
    expect(sessions.issue('t')).not.toBe(sessions.issue('t'))
  })
})

describe('return URLs', () => {
  it('accepts http and https URLs', () => {
    expect(parseReturnUrl('http://localhost:3000/studio')?.toString()).toBe('http://localhost:3000/studio')
    expect(parseReturnUrl('https://studio.example.com/')?.protocol).toBe('https:')
  })

  it.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    '//evil.example',
    'http://user:pass@localhost/',
    '',
    null,
  ])('refuses %s', (origin) => {
    expect(parseReturnUrl(origin)).toBeUndefined()
  })

  it('puts the session id in the hash, replacing any hash there was', () => {
    const url = parseReturnUrl('http://localhost:3000/studio?x=1#old')
    if (!url) throw new Error('expected a URL')
    expect(returnUrlWithSessionId(url, 'abc')).toBe('http://localhost:3000/studio?x=1#sid=abc')
  })
})

describe('escapeHtml', () => {
  it('escapes markup and both quotes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
  })
})
