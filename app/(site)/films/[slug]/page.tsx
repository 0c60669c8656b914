// A film: its facts and every review, news story and feature about it.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { StoryGrid } from '#components/cards/StoryGrid.tsx'
import { FilmFacts } from '#components/film/FilmFacts.tsx'
import { FilmHeader } from '#components/film/FilmHeader.tsx'
import styles from '#components/film/FilmPageLayout.module.css'
import { JsonLd } from '#components/seo/JsonLd.tsx'
import { movieJsonLd } from '#lib/jsonld.ts'
import { filmMetadata } from '#lib/metadata.ts'
import { filmPageQuery, filmSlugsQuery } from '#lib/queries/film.ts'
import { loadQuery } from '#lib/queries/load.ts'
import { getSiteMeta } from '#lib/site-settings.ts'

// Six hours (REVALIDATE_FALLBACK_SECONDS, lib/cache-tags.ts): webhooks revalidate on publish; this only covers a missed one.
export const revalidate = 21600

interface Props {
  params: Promise<{ slug: string }>
}

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const slugs = await loadQuery(filmSlugsQuery)
  return slugs.map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const film = await loadQuery(filmPageQuery, { slug: (await params).slug })
  return film ? filmMetadata(await getSiteMeta(), film) : {}
}

export default async function FilmPage({ params }: Props) {
  const film = await loadQuery(filmPageQuery, { slug: (await params).slug })
  if (!film) notFound()
  const site = await getSiteMeta()
  return (
    <>
      <JsonLd data={movieJsonLd(site, film)} />
      <FilmHeader film={film} />
      <div className={styles.columns}>
        <section className={styles.coverage} aria-labelledby="coverage-heading">
          <h2 id="coverage-heading" className={styles.coverageHeading}>
            Coverage of {film.title}
          </h2>
          {film.coverage.length > 0 ? (
            <StoryGrid stories={film.coverage} />
          ) : (
            <p className={styles.empty}>No reviews or stories about {film.title} yet.</p>
          )}
        </section>
        <aside aria-label="Film facts" className={styles.facts}>
          <FilmFacts film={film} headingId="film-facts" linkTitle={false} />
        </aside>
      </div>
    </>
  )
}
