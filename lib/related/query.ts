// Related stories in one GROQ query, ranked by the lake (or hosted Sanity), not in JavaScript.
//
// Shape: the story's own signals are gathered first (films, their franchises, people, tags, pins),
// then every other published story is scored against them. Scopes, because GROQ has no variables:
// inside a candidate's projection `^` is the story being read; inside a filter within that
// projection `^` is the candidate and `^.^` the story.
// Functions used exist in groq-js 2.0.1 and on hosted Sanity: count, coalesce, defined, dateTime,
// now, path, array::compact, array::unique, math::min, math::max.

import { z } from 'zod'
import { listTag, SUBJECT } from '../cache-tags.ts'
import type { TypedQuery } from '../fetch.ts'
import { articleCardProjection, articleCardSchema, publishedStoryFilter } from '../queries/fragments.ts'

const storyTypes = /* groq */ `["review", "article"]`

/** Films a story is about: a review's `film`, an article's `films[]`. Evaluated on the story itself. */
const filmIds = /* groq */ `array::compact([film._ref] + coalesce(films[]._ref, []))`

/**
 * The franchise and people of each film whose id is in `^.filmIds` (the enclosing projection), in one
 * subquery per story; the next projection flattens them.
 */
const filmFacts = /* groq */ `"filmFacts": *[_type == "film" && _id in ^.filmIds]{
  "franchise": franchise._ref,
  "people": coalesce(directors[]._ref, []) + coalesce(cast[].person._ref, [])
}`
const franchisesAndPeople = /* groq */ `"franchiseIds": array::compact(coalesce(filmFacts[].franchise, [])),
  "peopleIds": array::unique(directPeopleIds + coalesce(filmFacts[].people[], []))`

/** The story's signals, plus its pins in the editor's order (published stories only, never itself). */
const subjectSignals = /* groq */ `{
  _id,
  "pins": coalesce(relatedPins[
    @->_type in ${storyTypes} && defined(@->slug.current) && defined(@->publishedAt) && @._ref != ^._id
  ]->${articleCardProjection}, []),
  "pinIds": coalesce(relatedPins[]._ref, []),
  "filmIds": ${filmIds},
  "tagIds": coalesce(tags[]._ref, []),
  "directPeopleIds": coalesce(people[]._ref, [])
}{
  ...,
  ${filmFacts}
}{
  ...,
  ${franchisesAndPeople}
}`

const candidateFilter = /* groq */ `${publishedStoryFilter}
  && _id != ^._id
  && !(_id in ^.pinIds)
  && !(_id in path("drafts.**"))
  && !(_id in path("versions.**"))`

/**
 * Scores of one candidate, computed on its ids alone (no body or images copied through the chain);
 * only the few that make the list are resolved to cards. `^.^` in the inner filters is the story
 * being read.
 */
const candidateScore = /* groq */ `{
  _id,
  publishedAt,
  "filmIds": ${filmIds},
  "tagIds": coalesce(tags[]._ref, []),
  "directPeopleIds": coalesce(people[]._ref, [])
}{
  ...,
  ${filmFacts}
}{
  ...,
  ${franchisesAndPeople}
}{
  ...,
  "relatedScore":
    $filmWeight * math::min([count(filmIds[@ in ^.^.filmIds]), 1])
    + $franchiseWeight * math::min([count(franchiseIds[@ in ^.^.franchiseIds]), 1])
    + $personWeight * math::min([count(peopleIds[@ in ^.^.peopleIds]), $personCap])
    + $tagWeight * math::min([count(tagIds[@ in ^.^.tagIds]), $tagCap])
    + $recencyWeight * coalesce(math::max([0, math::min([1,
        1 - (dateTime(now()) - dateTime(publishedAt)) / (86400 * $recencyWindowDays)
      ])]), 0)
}`

/**
 * Only stories that share something with the story being read can score above recency: those that
 * reference one of its films, tags or people, or a film of its franchises or with its people (a
 * superset, scored exactly below). The rest score recency alone, which decreases with age, so the
 * `$limit` latest of them are the only ones that can make the list: scoring every story would give the
 * same ranking, reading every story on every page. That holds while the weights and the window are
 * not negative and `publishedAt` is an ISO datetime as the Studio writes it (so text order is time
 * order); other weights score every story, as before.
 */
const linkingFilmIds = /* groq */ `"linkingFilmIds": *[_type == "film" && references(^.franchiseIds, ^.peopleIds)]._id`
const monotoneWeights = /* groq */ `math::min([
  $filmWeight, $franchiseWeight, $personWeight, $personCap, $tagWeight, $tagCap, $recencyWeight
]) >= 0 && $recencyWindowDays > 0`
const latestIds = /* groq */ `"latestIds": select(
  ${monotoneWeights} => (*[${candidateFilter}] | order(publishedAt desc, _id asc))[0...$limit]._id,
  *[${candidateFilter}]._id
)`
const mayRelate = /* groq */ `(
  references(^.filmIds, ^.tagIds, ^.peopleIds, ^.linkingFilmIds) || _id in ^.latestIds
)`

/**
 * Stories about one of the story's own films, scored first. A story about none of them scores at most
 * everything but the film weight; when the `$limit` best of these few score above that, they are the
 * list, and the other candidates (hundreds, through shared tags and people) need not be scored at all.
 */
const sameFilm = /* groq */ `"sameFilm": (*[${candidateFilter} && references(^.filmIds)]${candidateScore}
  | order(relatedScore desc, publishedAt desc, _id asc))[0...$limit]{_id, relatedScore}`
const sameFilmSuffices = /* groq */ `${monotoneWeights} && count(sameFilm) >= $limit
  && math::min(sameFilm[].relatedScore)
    > $franchiseWeight + $personWeight * $personCap + $tagWeight * $tagCap + $recencyWeight`

export const relatedStoriesQuery = /* groq */ `coalesce(
  *[_type in ${storyTypes} && _id == $id][0]${subjectSignals}{
    ...,
    ${linkingFilmIds},
    ${latestIds}
  }{
    ...,
    ${sameFilm}
  }{
    "stories": (
      pins
      + (select(
        ${sameFilmSuffices} => sameFilm,
        (*[${candidateFilter} && ${mayRelate}]${candidateScore}
          | order(relatedScore desc, publishedAt desc, _id asc))[0...$limit]
      )[]{"_ref": _id})[]->${articleCardProjection}
    )[0...$limit]
  }.stories,
  []
)`

export const relatedStories = {
  name: 'relatedStories',
  subject: SUBJECT.doc,
  tags: [listTag('story')],
  query: relatedStoriesQuery,
  schema: z.array(articleCardSchema),
} satisfies TypedQuery<z.ZodArray<typeof articleCardSchema>>
