// A tag's stories, newest first, paginated like sections.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { StoryGrid } from '#components/cards/StoryGrid.tsx'
import { PageHeading } from '#components/layout/PageHeading.tsx'
import { pageCountFor, parsePageParam } from '#components/listing/ListingHelpers.ts'
import { Pagination } from '#components/listing/Pagination.tsx'
import { tagMetadata } from '#lib/metadata.ts'
import { PAGE_SIZE, pageBounds, type TagPage, tagPageQuery } from '#lib/queries/listings.ts'
import { loadQuery } from '#lib/queries/load.ts'
import { getSiteMeta } from '#lib/site-settings.ts'
import { tagPath } from '#lib/urls.ts'

interface Props {
  params: Promise<{ slug: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

async function loadPage({ params, searchParams }: Props): Promise<{ tag: TagPage; page: number }> {
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const page = parsePageParam(query.page)
  if (page === undefined) notFound()
  const tag = await loadQuery(tagPageQuery, { slug, ...pageBounds(page) })
  if (!tag || (page > 1 && tag.stories.length === 0)) notFound()
  return { tag, page }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { tag } = await loadPage(props)
  return tagMetadata(await getSiteMeta(), tag)
}

export default async function TagPageRoute(props: Props) {
  const { tag, page } = await loadPage(props)
  return (
    <>
      <PageHeading label="Tag" title={tag.title} />
      <StoryGrid stories={tag.stories} headingLevel={2} />
      <Pagination basePath={tagPath(tag.slug)} page={page} pageCount={pageCountFor(tag.total, PAGE_SIZE)} />
    </>
  )
}
