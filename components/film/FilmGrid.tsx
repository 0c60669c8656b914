// Films as a grid of posters, for /films.
import { HoverPrefetchLink as Link } from '#components/links/HoverPrefetchLink.tsx'
import type { FilmIndexEntry } from '#lib/queries/film.ts'
import { filmPath } from '#lib/urls.ts'
import { Picture } from '../media/Picture.tsx'
import styles from './FilmGrid.module.css'

export function FilmGrid({ films }: { films: FilmIndexEntry[] }) {
  return (
    <ul className={styles.grid}>
      {films.map((film) => (
        <li key={film.slug} className={styles.film}>
          <div className={styles.poster}>
            <Picture
              figure={film.poster}
              sizes="(min-width: 64rem) 14rem, (min-width: 40rem) 30vw, 45vw"
              aspectRatio={2 / 3}
              maxWidth={640}
            />
          </div>
          <h2 className={styles.title}>
            <Link href={filmPath(film.slug)} className={styles.link}>
              {film.title}
            </Link>
          </h2>
          <p className={styles.meta}>
            {[film.year?.slice(0, 4), ...(film.genres ?? []).slice(0, 2)].filter(Boolean).join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  )
}
