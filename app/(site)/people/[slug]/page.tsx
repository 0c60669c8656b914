// A person: their films and the magazine's stories about them and their films.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { StoryGrid } from '#components/cards/StoryGrid.tsx'
import { SectionBlock } from '#components/layout/SectionBlock.tsx'
import { FilmographyList } from '#components/people/FilmographyList.tsx'
import { ProfileHeader } from '#components/people/ProfileHeader.tsx'
import { personMetadata } from '#lib/metadata.ts'
import { loadQuery } from '#lib/queries/load.ts'
import { personPageQuery } from '#lib/queries/people.ts'
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
  const person = await loadQuery(personPageQuery, { slug: (await params).slug })
  return person ? personMetadata(await getSiteMeta(), person) : {}
}

export default async function PersonPage({ params }: Props) {
  const person = await loadQuery(personPageQuery, { slug: (await params).slug })
  if (!person) notFound()
  return (
    <>
      <ProfileHeader
        label="Person"
        name={person.name}
        role={person.knownFor}
        bio={person.bio}
        portrait={person.portrait}
      />
      {person.stories.length > 0 ? (
        <SectionBlock id="person-stories" title={`Stories about ${person.name}`}>
          <StoryGrid stories={person.stories} />
        </SectionBlock>
      ) : null}
      {person.films.length > 0 ? (
        <SectionBlock id="person-films" title="Films">
          <FilmographyList films={person.films} />
        </SectionBlock>
      ) : null}
    </>
  )
}
