import { describe, expect, it } from 'vitest'
import { formatDayMonth, formatUkDate, isoDate } from '#lib/dates.ts'
import { formatRuntime, primaryRelease, releaseLine } from '#lib/film-format.ts'
import { ratingLabel } from '#lib/rating.ts'

describe('formatUkDate', () => {
  it('prints dates the British way', () => {
    expect(formatUkDate('2025-06-06')).toBe('6 June 2025')
    expect(formatUkDate('2025-12-25T10:00:00Z')).toBe('25 December 2025')
  })

  it('uses UK time for datetimes, so a late-evening UTC time can be the next day', () => {
    expect(formatUkDate('2025-06-06T23:30:00Z')).toBe('7 June 2025')
    expect(formatUkDate('2025-01-06T23:30:00Z')).toBe('6 January 2025')
  })

  it('returns nothing for something that is not a date', () => {
    expect(formatUkDate('soon')).toBe('')
    expect(isoDate('2025-06-06')).toBe('2025-06-06')
    expect(formatDayMonth('2025-06-06')).toBe('6 June')
  })
})

describe('film facts formatting', () => {
  it('prints runtimes as hours and minutes', () => {
    expect(formatRuntime(105)).toBe('1h 45m')
    expect(formatRuntime(120)).toBe('2h')
    expect(formatRuntime(59)).toBe('59m')
  })

  it('writes release lines', () => {
    expect(releaseLine({ title: 'Ballerina', medium: 'cinema', territory: 'UK', date: '2025-06-06' })).toBe(
      'Ballerina is out in UK cinemas on 6 June.',
    )
    expect(
      releaseLine({
        title: 'Anora',
        medium: 'streaming',
        territory: 'UK',
        date: '2025-03-14',
        platform: 'MUBI',
      }),
    ).toBe('Anora is out on MUBI in the UK on 14 March.')
  })

  it('prefers the UK cinema release', () => {
    const releases = [
      { territory: 'US', medium: 'cinema', date: '2025-06-06' },
      { territory: 'UK', medium: 'streaming', date: '2025-09-01' },
      { territory: 'UK', medium: 'cinema', date: '2025-06-06' },
    ]
    expect(primaryRelease(releases)).toBe(releases[2])
    expect(primaryRelease([])).toBeUndefined()
  })

  it('reads ratings out', () => {
    expect(ratingLabel(3)).toBe('3 out of 5 stars')
    expect(ratingLabel(3.5)).toBe('3.5 out of 5 stars')
  })
})
