// Small builders for film facts so each film reads like a fact sheet.
import type { CastMember, Certificate, Medium, Release, Territory } from '../model.ts'
import { ref } from '../refs.ts'

export function release(
  territory: Territory,
  date: string,
  medium: Medium = 'cinema',
  platform?: string,
): Release {
  return { _type: 'release', territory, date, medium, ...(platform === undefined ? {} : { platform }) }
}

export const bbfc = (rating: string): Certificate => ({
  _type: 'certificate',
  territory: 'UK',
  body: 'BBFC',
  rating,
})
export const mpa = (rating: string): Certificate => ({
  _type: 'certificate',
  territory: 'US',
  body: 'MPA',
  rating,
})

/** Cast in billing order: [person slug, character]. */
export function cast(members: ReadonlyArray<readonly [string, string]>): CastMember[] {
  return members.map(([personSlug, character]) => ({
    _type: 'castMember',
    person: ref('person', personSlug),
    character,
  }))
}
