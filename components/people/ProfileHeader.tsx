// The top of a person's or author's page: portrait, name, role and bio.
import type { Figure } from '#lib/queries/fragments.ts'
import { Picture } from '../media/Picture.tsx'
import styles from './ProfileHeader.module.css'

export interface ProfileHeaderProps {
  label: string
  name: string
  role?: string | null
  bio?: string | null
  portrait?: Figure | null
  links?: { label: string; url: string }[]
}

export function ProfileHeader({ label, name, role, bio, portrait, links = [] }: ProfileHeaderProps) {
  return (
    <header className={styles.header}>
      {portrait?.asset ? (
        <div className={styles.portrait}>
          <Picture figure={portrait} sizes="10rem" aspectRatio={1} maxWidth={480} priority />
        </div>
      ) : null}
      <div>
        <p className={styles.label}>{label}</p>
        <h1 className={styles.name}>{name}</h1>
        {role ? <p className={styles.role}>{role}</p> : null}
        {bio ? <p className={styles.bio}>{bio}</p> : null}
        {links.length > 0 ? (
          <ul className={styles.links}>
            {links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener noreferrer me">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </header>
  )
}
