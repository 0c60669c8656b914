// An author: who they are and everything they have written, newest first.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { StoryGrid } from '#components/cards/StoryGrid.tsx'
import { ProfileHeader } from '#components/people/ProfileHeader.tsx'
import { authorMetadata } from '#lib/metadata.ts'
import { loadQuery } from '#lib/queries/load.ts'
import { authorPageQuery } from '#lib/queries/people.ts'
import { getSiteMeta } from '#lib/site-settings.ts'

// Six hours (REVALIDATE_FALLBACK_SECONDS, lib/cache-tags.ts): webhooks revalidate on publish; this only covers a missed one.
export const revalidate = 21600

/** None at build time: each page renders on its first request and is then cached like the others. */
export function generateStaticParams(): { slug: string }[] {
  return []
}

interface Props {
  params: Promise<{ slug: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await loadQuery(authorPageQuery, { slug: (await params).slug })
  return author ? authorMetadata(await getSiteMeta(), author) : {}
}

export default async function AuthorPage({ params }: Props) {
  const author = await loadQuery(authorPageQuery, { slug: (await params).slug })
  if (!author) notFound()
  return (
    <>
      <ProfileHeader
        label="Writer"
        name={author.name}
        role={author.role}
        bio={author.bio}
        portrait={author.portrait}
        links={author.links}
      />
      {author.stories.length > 0 ? (
        <StoryGrid stories={author.stories} headingLevel={2} />
      ) : (
        <p>No published stories yet.</p>
      )}
    </>
  )
}
