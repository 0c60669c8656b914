// A section's stories, newest first, twelve a page (?page=2). 404 for unknown sections or pages.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { StoryGrid } from '#components/cards/StoryGrid.tsx'
import { PageHeading } from '#components/layout/PageHeading.tsx'
import { pageCountFor, parsePageParam } from '#components/listing/ListingHelpers.ts'
import { Pagination, pageHref } from '#components/listing/Pagination.tsx'
import { listingMetadata } from '#lib/metadata.ts'
import { PAGE_SIZE, pageBounds, type SectionPage, sectionPageQuery } from '#lib/queries/listings.ts'
import { loadQuery } from '#lib/queries/load.ts'
import { getSiteMeta } from '#lib/site-settings.ts'
import { sectionPath } from '#lib/urls.ts'

interface Props {
  params: Promise<{ section: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

async function loadPage({ params, searchParams }: Props): Promise<{ section: SectionPage; page: number }> {
  const [{ section: slug }, query] = await Promise.all([params, searchParams])
  const page = parsePageParam(query.page)
  if (page === undefined) notFound()
  const section = await loadQuery(sectionPageQuery, { slug, ...pageBounds(page) })
  if (!section || (page > 1 && section.stories.length === 0)) notFound()
  return { section, page }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { section, page } = await loadPage(props)
  return listingMetadata(await getSiteMeta(), {
    title: page > 1 ? `${section.title}: page ${page}` : section.title,
    description: section.description,
    path: pageHref(sectionPath(section.slug), page),
  })
}

export default async function SectionListingPage(props: Props) {
  const { section, page } = await loadPage(props)
  const pageCount = pageCountFor(section.total, PAGE_SIZE)
  return (
    <>
      <PageHeading
        label={page > 1 ? `Page ${page} of ${pageCount}` : 'Section'}
        title={section.title}
        description={section.description}
      />
      {section.stories.length > 0 ? (
        <StoryGrid stories={section.stories} headingLevel={2} />
      ) : (
        <p>No stories in {section.title} yet.</p>
      )}
      <Pagination basePath={sectionPath(section.slug)} page={page} pageCount={pageCount} />
    </>
  )
}
