// Every film the magazine covers, A to Z, FILMS_PER_PAGE a page (?page=2). 404 for pages past the end.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { FilmGrid } from '#components/film/FilmGrid.tsx'
import { PageHeading } from '#components/layout/PageHeading.tsx'
import { pageCountFor, parsePageParam } from '#components/listing/ListingHelpers.ts'
import { Pagination, pageHref } from '#components/listing/Pagination.tsx'
import { listingMetadata } from '#lib/metadata.ts'
import { FILMS_PER_PAGE, filmIndexQuery } from '#lib/queries/film.ts'
import { pageBounds } from '#lib/queries/listings.ts'
import { loadQuery } from '#lib/queries/load.ts'
import { getSiteMeta } from '#lib/site-settings.ts'

// Six hours (REVALIDATE_FALLBACK_SECONDS, lib/cache-tags.ts): webhooks revalidate on publish; this only covers a missed one.
export const revalidate = 21600

const FILMS_PATH = '/films'
const DESCRIPTION = 'Every film we have reviewed or written about, A to Z.'

interface Props {
  searchParams: Promise<{ page?: string | string[] }>
}

async function loadPage({ searchParams }: Props) {
  const page = parsePageParam((await searchParams).page)
  if (page === undefined) notFound()
  const index = await loadQuery(filmIndexQuery, pageBounds(page, FILMS_PER_PAGE))
  if (page > 1 && index.films.length === 0) notFound()
  return { ...index, page }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { page } = await loadPage(props)
  return listingMetadata(await getSiteMeta(), {
    title: page > 1 ? `Films: page ${page}` : 'Films',
    description: DESCRIPTION,
    path: pageHref(FILMS_PATH, page),
  })
}

export default async function FilmsPage(props: Props) {
  const { films, total, page } = await loadPage(props)
  const pageCount = pageCountFor(total, FILMS_PER_PAGE)
  return (
    <>
      <PageHeading
        label={page > 1 ? `Page ${page} of ${pageCount}` : 'Index'}
        title="Films"
        description={DESCRIPTION}
      />
      <FilmGrid films={films} />
      <Pagination basePath={FILMS_PATH} page={page} pageCount={pageCount} />
    </>
  )
}
