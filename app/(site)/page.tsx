// Home: the lead story, the latest reviews and the latest news and features.
import type { Metadata } from 'next'
import { StoryCard } from '#components/cards/StoryCard.tsx'
import { StoryGrid } from '#components/cards/StoryGrid.tsx'
import styles from '#components/home/Home.module.css'
import { SectionBlock } from '#components/layout/SectionBlock.tsx'
import { listingMetadata } from '#lib/metadata.ts'
import { homeQuery } from '#lib/queries/listings.ts'
import { loadQuery } from '#lib/queries/load.ts'
import { getSiteMeta } from '#lib/site-settings.ts'
import { sectionPath } from '#lib/urls.ts'

// Six hours (REVALIDATE_FALLBACK_SECONDS, lib/cache-tags.ts): webhooks revalidate on publish; this only covers a missed one.
export const revalidate = 21600

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteMeta()
  // The home page title is the site name alone, not 'Marquee | Marquee'.
  return { ...listingMetadata(site, { title: site.name, path: '/' }), title: { absolute: site.name } }
}

export default async function HomePage() {
  const [home, site] = await Promise.all([loadQuery(homeQuery), getSiteMeta()])
  const leadId = home.lead?._id
  const reviews = home.reviews.filter((story) => story._id !== leadId).slice(0, 6)
  const stories = home.stories.filter((story) => story._id !== leadId).slice(0, 8)
  return (
    <>
      <h1 className="visually-hidden">{site.name}: film reviews, news and features</h1>
      {home.lead ? (
        <section className={styles.lead} aria-label="Lead story">
          <StoryCard
            story={home.lead}
            variant="lead"
            headingLevel={2}
            sizes="(min-width: 64rem) 46rem, calc(100vw - 2rem)"
            priority
          />
        </section>
      ) : null}
      {reviews.length > 0 ? (
        <SectionBlock
          id="latest-reviews"
          title="Latest reviews"
          more={{ href: sectionPath('reviews'), label: 'All reviews' }}
        >
          <StoryGrid stories={reviews} />
        </SectionBlock>
      ) : null}
      {stories.length > 0 ? (
        <SectionBlock id="latest-stories" title="News and features">
          <StoryGrid stories={stories} columns={4} />
        </SectionBlock>
      ) : null}
      {home.lead === null && reviews.length === 0 && stories.length === 0 ? (
        <p className={styles.empty}>Nothing published yet. Stories appear here as editors publish them.</p>
      ) : null}
    </>
  )
}
