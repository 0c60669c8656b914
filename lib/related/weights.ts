// How strongly each shared signal ties two stories together. The one place to tune related stories:
// the query receives these as parameters.
//
// The numbers make the ranking lexicographic on the kind of signal, strongest first:
//   same film > same franchise > shared people > shared tags > recency.
// Each weight is larger than everything below it can add up to (with the caps), so one shared film
// always beats a franchise plus people plus tags, and one shared tag always beats a fresh but
// unrelated story:
//   tag 1            > recency 0.9
//   person 3         > 2 tags (2) + recency (0.9)           = 2.9
//   franchise 9      > 2 people (6) + 2 tags (2) + 0.9       = 8.9
//   film 18          > franchise 9 + 8.9                     = 17.9
// Within a kind, more is closer (two shared actors beat one) up to the cap, so a long cast list or a
// tag-heavy article cannot drown out a stronger signal. People come from an article's `people` and
// from its films' directors and cast, so a story about the same film also scores its franchise and
// people: that only moves it further up. Recency decays linearly from `recency` for a story published
// now to 0 at `recencyWindowDays`, so among equally related stories the fresher one wins and, with
// nothing related at all, the latest stories fill the list.
export const RELATED_WEIGHTS = {
  film: 18,
  franchise: 9,
  person: 3,
  personCap: 2,
  tag: 1,
  tagCap: 2,
  recency: 0.9,
  recencyWindowDays: 60,
} as const

export type RelatedWeights = { readonly [Key in keyof typeof RELATED_WEIGHTS]: number }

export const DEFAULT_RELATED_LIMIT = 4
export const MAX_RELATED_LIMIT = 6

/** The weights as GROQ parameters ($filmWeight, $franchiseWeight, ...). */
export function weightParams(weights: RelatedWeights = RELATED_WEIGHTS) {
  return {
    filmWeight: weights.film,
    franchiseWeight: weights.franchise,
    personWeight: weights.person,
    personCap: weights.personCap,
    tagWeight: weights.tag,
    tagCap: weights.tagCap,
    recencyWeight: weights.recency,
    recencyWindowDays: weights.recencyWindowDays,
  }
}
