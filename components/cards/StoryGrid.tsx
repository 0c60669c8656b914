// A responsive grid of story cards.

import type { ArticleCard } from '#lib/queries/fragments.ts'
import { StoryCard, type StoryCardProps } from './StoryCard.tsx'
import styles from './StoryGrid.module.css'

export interface StoryGridProps {
  stories: ArticleCard[]
  headingLevel?: StoryCardProps['headingLevel']
  columns?: 3 | 4
}

export function StoryGrid({ stories, headingLevel = 3, columns = 3 }: StoryGridProps) {
  const sizes =
    columns === 4
      ? '(min-width: 64rem) 18rem, (min-width: 40rem) 45vw, 100vw'
      : '(min-width: 64rem) 24rem, (min-width: 40rem) 45vw, 100vw'
  return (
    <ul className={`${styles.grid} ${columns === 4 ? styles.four : styles.three}`}>
      {stories.map((story) => (
        <li key={story._id}>
          <StoryCard story={story} headingLevel={headingLevel} sizes={sizes} />
        </li>
      ))}
    </ul>
  )
}
