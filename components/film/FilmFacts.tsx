// The facts box for a film: director, top-billed cast, runtime, certificates, releases, distributor.
import { HoverPrefetchLink as Link } from '#components/links/HoverPrefetchLink.tsx'
import { formatRuntime, releaseSummary } from '#lib/film-format.ts'
import type { FilmFacts as FilmFactsData } from '#lib/queries/film.ts'
import type { NamedLink } from '#lib/queries/fragments.ts'
import { filmPath, personPath } from '#lib/urls.ts'
import styles from './FilmFacts.module.css'

function PeopleLinks({ people }: { people: NamedLink[] }) {
  return (
    <>
      {people.map((person, index) => (
        <span key={person.slug}>
          {index > 0 ? ', ' : null}
          <Link href={personPath(person.slug)}>{person.name}</Link>
        </span>
      ))}
    </>
  )
}

export interface FilmFactsProps {
  film: FilmFactsData
  /** Heading level: h2 in an article's aside, h2 on the film page. */
  headingId?: string
  /** Show the title as a link to the film page (articles), or not (the film page itself). */
  linkTitle?: boolean
}

export function FilmFacts({ film, headingId = `facts-${film.slug}`, linkTitle = true }: FilmFactsProps) {
  const cast = film.cast.flatMap((member) => (member.person ? [member.person] : []))
  const releases = film.releases ?? []
  const certificates = film.certificates ?? []
  return (
    <section className={styles.facts} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        {linkTitle ? <Link href={filmPath(film.slug)}>{film.title}</Link> : film.title}
        <span className={styles.subtitle}> Film facts</span>
      </h2>
      <dl className={styles.list}>
        {film.directors.length > 0 ? (
          <div>
            <dt>{film.directors.length > 1 ? 'Directors' : 'Director'}</dt>
            <dd>
              <PeopleLinks people={film.directors} />
            </dd>
          </div>
        ) : null}
        {cast.length > 0 ? (
          <div>
            <dt>Starring</dt>
            <dd>
              <PeopleLinks people={cast} />
            </dd>
          </div>
        ) : null}
        {film.runtime ? (
          <div>
            <dt>Runtime</dt>
            <dd>{formatRuntime(film.runtime)}</dd>
          </div>
        ) : null}
        {certificates.length > 0 ? (
          <div>
            <dt>{certificates.length > 1 ? 'Certificates' : 'Certificate'}</dt>
            <dd>
              <ul className={styles.inlineList}>
                {certificates.map((certificate) => (
                  <li key={`${certificate.territory}-${certificate.rating}`}>
                    {certificate.rating} ({certificate.body ?? certificate.territory})
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {releases.length > 0 ? (
          <div>
            <dt>Released</dt>
            <dd>
              <ul className={styles.releases}>
                {releases.map((release) => (
                  <li key={`${release.territory}-${release.medium}-${release.date}`}>
                    <span className={styles.territory}>{release.territory}</span> {releaseSummary(release)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {film.distributor ? (
          <div>
            <dt>Distributor</dt>
            <dd>{film.distributor}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  )
}
