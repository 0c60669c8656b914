// 'More like this': the related stories under an article (ranked by lib/related).
import type { ArticleCard } from '#lib/queries/fragments.ts'
import { StoryGrid } from '../cards/StoryGrid.tsx'
import styles from './RelatedStories.module.css'

export function RelatedStories({
  stories,
  heading = 'More like this',
}: {
  stories: ArticleCard[]
  heading?: string
}) {
  if (stories.length === 0) return null
  return (
    <section className={styles.related} aria-labelledby="related-heading">
      <h2 id="related-heading" className={styles.heading}>
        {heading}
      </h2>
      <StoryGrid stories={stories} columns={4} />
    </section>
  )
}
