import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { StarRating } from '#components/article/StarRating.tsx'

afterEach(cleanup)

function fills(container: HTMLElement): (string | null)[] {
  return [...container.querySelectorAll('[data-fill]')].map((star) => star.getAttribute('data-fill'))
}

describe('StarRating', () => {
  it('reads whole ratings as "3 out of 5 stars"', () => {
    const { container } = render(<StarRating rating={3} />)
    expect(screen.getByRole('img', { name: '3 out of 5 stars' })).toBeTruthy()
    expect(fills(container)).toEqual(['full', 'full', 'full', 'empty', 'empty'])
  })

  it('reads halves as "3.5 out of 5 stars" and draws a half star', () => {
    const { container } = render(<StarRating rating={3.5} />)
    expect(screen.getByRole('img', { name: '3.5 out of 5 stars' })).toBeTruthy()
    expect(fills(container)).toEqual(['full', 'full', 'full', 'half', 'empty'])
  })

  it('handles the ends of the scale', () => {
    const { container, rerender } = render(<StarRating rating={0.5} />)
    expect(screen.getByRole('img', { name: '0.5 out of 5 stars' })).toBeTruthy()
    expect(fills(container)).toEqual(['half', 'empty', 'empty', 'empty', 'empty'])
    rerender(<StarRating rating={5} />)
    expect(screen.getByRole('img', { name: '5 out of 5 stars' })).toBeTruthy()
  })

  it('hides the drawn stars from assistive technology', () => {
    const { container } = render(<StarRating rating={2} />)
    const svgs = [...container.querySelectorAll('svg')]
    expect(svgs.length).toBeGreaterThan(0)
    expect(svgs.every((svg) => svg.getAttribute('aria-hidden') === 'true')).toBe(true)
  })
})
