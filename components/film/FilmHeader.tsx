// The top of a film page: poster, title, genres and synopsis.
import type { FilmPage } from '#lib/queries/film.ts'
import { Picture } from '../media/Picture.tsx'
import styles from './FilmHeader.module.css'

export function FilmHeader({ film }: { film: FilmPage }) {
  const year = film.releases?.[0]?.date.slice(0, 4)
  return (
    <header className={styles.header}>
      {film.poster?.asset ? (
        <div className={styles.poster}>
          <Picture figure={film.poster} sizes="(min-width: 48rem) 16rem, 50vw" aspectRatio={2 / 3} priority />
        </div>
      ) : null}
      <div className={styles.text}>
        <p className={styles.label}>Film{year ? ` · ${year}` : ''}</p>
        <h1 className={styles.title}>{film.title}</h1>
        {film.alternativeTitles && film.alternativeTitles.length > 0 ? (
          <p className={styles.alternative}>Also known as {film.alternativeTitles.join(', ')}</p>
        ) : null}
        {film.genres && film.genres.length > 0 ? (
          <p className={styles.genres}>{film.genres.join(' · ')}</p>
        ) : null}
        {film.synopsis ? <p className={styles.synopsis}>{film.synopsis}</p> : null}
      </div>
    </header>
  )
}
