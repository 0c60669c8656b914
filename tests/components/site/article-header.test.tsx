import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ArticleHeader, type ArticleHeaderProps } from '#components/article/ArticleHeader.tsx'
import { byline } from './fixtures.ts'

afterEach(cleanup)

const props: ArticleHeaderProps = {
  kicker: { label: 'Review', href: '/reviews' },
  headline: 'Ballerina review | Pointe-blank range',
  standfirst: 'Ana de Armas spins through the John Wick universe.',
  authors: [byline],
  publishedAt: '2025-06-04T08:00:00Z',
  updatedAt: '2025-06-06T09:30:00Z',
  readingMinutes: 4,
  rating: 3.5,
  verdict: 'Inventive, bruising fights.',
  spoilers: false,
}

describe('ArticleHeader', () => {
  it('shows the headline as the page heading, the standfirst and the kicker link', () => {
    render(<ArticleHeader {...props} />)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(props.headline)
    expect(screen.getByText(props.standfirst ?? '')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Review' }).getAttribute('href')).toBe('/reviews')
  })

  it('links each author to their page', () => {
    render(
      <ArticleHeader {...props} authors={[byline, { name: 'Priya Lal', slug: 'priya-lal', role: null }]} />,
    )
    expect(screen.getByRole('link', { name: 'Tom Ellery' }).getAttribute('href')).toBe('/authors/tom-ellery')
    expect(screen.getByRole('link', { name: 'Priya Lal' }).getAttribute('href')).toBe('/authors/priya-lal')
    expect(screen.getByText(/and/)).toBeTruthy()
  })

  it('prints published and updated dates in UK format with machine-readable values', () => {
    const { container } = render(<ArticleHeader {...props} />)
    const times = [...container.querySelectorAll('time')]
    expect(times.map((time) => time.textContent)).toEqual(['4 June 2025', '6 June 2025'])
    expect(times[0]?.getAttribute('dateTime')).toBe('2025-06-04T08:00:00.000Z')
    expect(screen.getByText('4 min read')).toBeTruthy()
  })

  it('leaves out the updated date when it is the publication day', () => {
    const { container } = render(<ArticleHeader {...props} updatedAt="2025-06-04T17:00:00Z" />)
    expect(container.querySelectorAll('time')).toHaveLength(1)
  })

  it('shows the rating with accessible text and the verdict', () => {
    render(<ArticleHeader {...props} />)
    expect(screen.getByRole('img', { name: '3.5 out of 5 stars' })).toBeTruthy()
    expect(screen.getByText('Inventive, bruising fights.')).toBeTruthy()
  })

  it('has no rating for articles and labels spoilers only when flagged', () => {
    const { rerender } = render(<ArticleHeader {...props} rating={null} verdict={null} />)
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.queryByText('Contains spoilers')).toBeNull()
    rerender(<ArticleHeader {...props} spoilers />)
    const header = screen.getByRole('banner')
    expect(within(header).getByText('Contains spoilers')).toBeTruthy()
  })
})
