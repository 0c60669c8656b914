import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { Pagination, pageHref } from '#components/listing/Pagination.tsx'

afterEach(cleanup)

function headLink(rel: string): string | null | undefined {
  return document.head.querySelector(`link[rel="${rel}"]`)?.getAttribute('href')
}

describe('Pagination', () => {
  it('gives page 1 the bare path and later pages ?page=n', () => {
    expect(pageHref('/reviews', 1)).toBe('/reviews')
    expect(pageHref('/reviews', 3)).toBe('/reviews?page=3')
  })

  it('marks the current page and links the others, with rel prev/next in the document head', () => {
    render(<Pagination basePath="/reviews" page={2} pageCount={3} />)
    const nav = screen.getByRole('navigation', { name: 'Pagination' })
    expect(nav.querySelector('[aria-current="page"] .visually-hidden')?.textContent).toBe('Page 2')
    expect(screen.getByRole('link', { name: 'Page 1' }).getAttribute('href')).toBe('/reviews')
    expect(screen.getByRole('link', { name: 'Page 3' }).getAttribute('href')).toBe('/reviews?page=3')
    expect(screen.getByRole('link', { name: '← Newer' }).getAttribute('rel')).toBe('prev')
    expect(screen.getByRole('link', { name: 'Older →' }).getAttribute('rel')).toBe('next')
    expect(headLink('prev')).toBe('/reviews')
    expect(headLink('next')).toBe('/reviews?page=3')
  })

  it('has no previous link on the first page and renders nothing for a single page', () => {
    const { rerender, container } = render(<Pagination basePath="/news" page={1} pageCount={2} />)
    expect(screen.queryByRole('link', { name: '← Newer' })).toBeNull()
    rerender(<Pagination basePath="/news" page={1} pageCount={1} />)
    expect(container.innerHTML).toBe('')
  })
})
