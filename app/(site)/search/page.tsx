// Search: /search?q=words. Ranked in GROQ (headline, then film title, then standfirst, then body).
import type { Metadata } from 'next'
import { StoryGrid } from '#components/cards/StoryGrid.tsx'
import { PageHeading } from '#components/layout/PageHeading.tsx'
import { SearchForm } from '#components/search/SearchForm.tsx'
import styles from '#components/search/SearchPage.module.css'
import { listingMetadata } from '#lib/metadata.ts'
import { loadQuery } from '#lib/queries/load.ts'
import { searchQuery, searchTerms } from '#lib/queries/search.ts'
import { getSiteMeta } from '#lib/site-settings.ts'

interface Props {
  searchParams: Promise<{ q?: string | string[] }>
}

const MAX_QUERY_LENGTH = 200

async function readQuery(searchParams: Props['searchParams']): Promise<string> {
  const { q } = await searchParams
  const value = Array.isArray(q) ? q[0] : q
  return (value ?? '').trim().slice(0, MAX_QUERY_LENGTH)
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = await readQuery(searchParams)
  const metadata = listingMetadata(await getSiteMeta(), {
    title: query ? `Search: ${query}` : 'Search',
    path: '/search',
  })
  // Result pages are endless and thin: keep them out of search engines.
  return { ...metadata, robots: { index: false, follow: true } }
}

export default async function SearchPage({ searchParams }: Props) {
  const query = await readQuery(searchParams)
  const terms = searchTerms(query)
  const results = terms.length > 0 ? await loadQuery(searchQuery, { terms }) : []
  return (
    <>
      <PageHeading label="Search" title={query ? `Results for “${query}”` : 'Search Marquee'}>
        <div className={styles.form}>
          <SearchForm defaultValue={query} label="Search for films, people and stories" />
        </div>
      </PageHeading>
      {query === '' ? (
        <p className={styles.status}>Type a film, a person or a few words from a story.</p>
      ) : (
        <p className={styles.status} role="status">
          {results.length === 0
            ? `Nothing found for “${query}”. Try fewer or different words.`
            : `${results.length} ${results.length === 1 ? 'story' : 'stories'} found.`}
        </p>
      )}
      {results.length > 0 ? <StoryGrid stories={results} headingLevel={2} /> : null}
    </>
  )
}
