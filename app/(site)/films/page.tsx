// Every film the magazine covers, A to Z.
import type { Metadata } from 'next'
import { FilmGrid } from '#components/film/FilmGrid.tsx'
import { PageHeading } from '#components/layout/PageHeading.tsx'
import { listingMetadata } from '#lib/metadata.ts'
import { filmIndexQuery } from '#lib/queries/film.ts'
import { loadQuery } from '#lib/queries/load.ts'
import { getSiteMeta } from '#lib/site-settings.ts'

// Six hours (REVALIDATE_FALLBACK_SECONDS, lib/cache-tags.ts): webhooks revalidate on publish; this only covers a missed one.
export const revalidate = 21600

export async function generateMetadata(): Promise<Metadata> {
  return listingMetadata(await getSiteMeta(), {
    title: 'Films',
    description: 'Every film we have reviewed or written about, A to Z.',
    path: '/films',
  })
}

export default async function FilmsPage() {
  const films = await loadQuery(filmIndexQuery)
  return (
    <>
      <PageHeading
        label="Index"
        title="Films"
        description="Every film we have reviewed or written about, A to Z."
      />
      <FilmGrid films={films} />
    </>
  )
}
