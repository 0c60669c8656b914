// A person's films, newest first, with the character they played where they acted.
import { HoverPrefetchLink as Link } from '#components/links/HoverPrefetchLink.tsx'
import type { FilmCredit } from '#lib/queries/people.ts'
import { filmPath } from '#lib/urls.ts'
import styles from './FilmographyList.module.css'

export function FilmographyList({ films }: { films: FilmCredit[] }) {
  return (
    <ul className={styles.list}>
      {films.map((film) => (
        <li key={film.slug}>
          <Link href={filmPath(film.slug)} className={styles.title}>
            {film.title}
          </Link>
          {film.year ? <span className={styles.year}> ({film.year.slice(0, 4)})</span> : null}
          {film.character ? <span className={styles.character}> as {film.character}</span> : null}
        </li>
      ))}
    </ul>
  )
}
