import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { FilmFacts } from '#components/film/FilmFacts.tsx'
import { film } from './fixtures.ts'

afterEach(cleanup)

function factFor(term: string): string {
  const dt = screen.getByText(term, { selector: 'dt' })
  return dt.nextElementSibling?.textContent ?? ''
}

describe('FilmFacts', () => {
  it('lists director, top-billed cast, runtime, certificates, releases and distributor', () => {
    render(<FilmFacts film={film()} />)
    expect(factFor('Director')).toBe('Len Wiseman')
    expect(factFor('Starring')).toBe('Ana de Armas, Keanu Reeves')
    expect(factFor('Runtime')).toBe('1h 45m')
    expect(factFor('Certificates')).toContain('15 (BBFC)')
    expect(factFor('Certificates')).toContain('R (MPA)')
    expect(factFor('Released')).toContain('UK 6 June 2025 (cinemas)')
    expect(factFor('Released')).toContain('US 6 June 2025 (cinemas)')
    expect(factFor('Distributor')).toBe('Lionsgate')
  })

  it('links the film and its people to their pages', () => {
    render(<FilmFacts film={film()} />)
    expect(screen.getByRole('link', { name: 'Ballerina' }).getAttribute('href')).toBe('/films/ballerina')
    expect(screen.getByRole('link', { name: 'Len Wiseman' }).getAttribute('href')).toBe('/people/len-wiseman')
    expect(screen.getByRole('link', { name: 'Keanu Reeves' }).getAttribute('href')).toBe(
      '/people/keanu-reeves',
    )
  })

  it('is a labelled region and leaves out facts the film does not have', () => {
    render(<FilmFacts film={film({ runtime: null, distributor: null, certificates: null, cast: [] })} />)
    expect(screen.getByRole('region', { name: /Ballerina/ })).toBeTruthy()
    expect(screen.queryByText('Runtime')).toBeNull()
    expect(screen.queryByText('Distributor')).toBeNull()
    expect(screen.queryByText('Starring')).toBeNull()
  })

  it('formats runtimes under an hour and on the hour', () => {
    const { rerender } = render(<FilmFacts film={film({ runtime: 45 })} />)
    expect(factFor('Runtime')).toBe('45m')
    rerender(<FilmFacts film={film({ runtime: 120 })} />)
    expect(factFor('Runtime')).toBe('2h')
  })
})
