// Builds a person document from a name: the slug and id come from the name, the portrait is an
// illustrated initials card (we ship no photographs of real people).
import { portraitOf } from '../looks.ts'
import type { Person } from '../model.ts'
import { id, slug } from '../refs.ts'

/** 'Timothée Chalamet' -> 'timothee-chalamet', "Jack O'Connell" -> 'jack-oconnell'. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

export function person(name: string, bio: string, knownFor?: string): Person {
  const slugValue = slugify(name)
  return {
    _id: id('person', slugValue),
    _type: 'person',
    name,
    slug: slug(slugValue),
    portrait: portraitOf(
      name,
      'small',
      `Illustrated portrait card for ${name}: initials on a coloured background`,
    ),
    bio,
    ...(knownFor === undefined ? {} : { knownFor }),
  }
}
