import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { RelatedStories } from '#components/related/RelatedStories.tsx'
import { card } from './fixtures.ts'

afterEach(cleanup)

describe('RelatedStories', () => {
  const stories = [
    card(1),
    card(2, { _type: 'article', kind: 'news', rating: null, section: { title: 'News', slug: 'news' } }),
    card(3, { heroImage: null }),
    card(4, {
      _type: 'article',
      kind: 'feature',
      rating: null,
      section: { title: 'Features', slug: 'features' },
    }),
  ]

  it('is a region headed "More like this" with one card per story', () => {
    render(<RelatedStories stories={stories} />)
    const region = screen.getByRole('region', { name: 'More like this' })
    expect(within(region).getAllByRole('listitem')).toHaveLength(4)
    expect(within(region).getAllByRole('article')).toHaveLength(4)
  })

  it('links reviews under /reviews and articles under their section', () => {
    render(<RelatedStories stories={stories} />)
    expect(screen.getByRole('link', { name: 'Story number 1' }).getAttribute('href')).toBe('/reviews/story-1')
    expect(screen.getByRole('link', { name: 'Story number 2' }).getAttribute('href')).toBe('/news/story-2')
    expect(screen.getByRole('link', { name: 'Story number 4' }).getAttribute('href')).toBe(
      '/features/story-4',
    )
  })

  it('shows kickers, ratings only for reviews, and images with alt text, lazily loaded', () => {
    render(<RelatedStories stories={stories} />)
    expect(screen.getAllByText('Review')).toHaveLength(2)
    expect(screen.getByText('News')).toBeTruthy()
    expect(screen.getAllByRole('img', { name: '4 out of 5 stars' })).toHaveLength(2)
    const image = screen.getByRole('img', { name: 'Still from story 1' })
    expect(image.getAttribute('loading')).toBe('lazy')
    expect(image.getAttribute('width')).toBeTruthy()
    expect(image.getAttribute('height')).toBeTruthy()
    expect(image.getAttribute('srcset')).toContain('w=320')
    expect(image.getAttribute('style')).toContain('data:image/jpeg;base64,AAAA')
  })

  it('renders nothing without stories', () => {
    const { container } = render(<RelatedStories stories={[]} />)
    expect(container.innerHTML).toBe('')
  })
})
