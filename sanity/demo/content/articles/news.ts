// News: release dates and awards, each fact checkable against the film's own record.

import { anoraLook } from '../films/independent.ts'
import { ballerinaLook } from '../films/john-wick.ts'
import { finalReckoningLook } from '../films/mission-impossible.ts'
import { coverOf, stillOf } from '../looks.ts'
import type { Article } from '../model.ts'
import { bullets, h2, p } from '../portable-text.ts'
import { at, refs } from '../refs.ts'
import { article } from './story.ts'

export const ballerinaReleaseNews: Article = article({
  kind: 'news',
  slug: 'ballerina-uk-release-date',
  headline: 'Ballerina dances into UK cinemas on 6 June',
  standfirst:
    'The first John Wick spin-off film, with Ana de Armas as an assassin trained by the Ruska Roma, opens in the UK and US on the same day.',
  films: refs('film', ['ballerina', 'john-wick-chapter-4']),
  people: refs('person', ['ana-de-armas', 'len-wiseman', 'keanu-reeves', 'lance-reddick']),
  authors: refs('author', ['sam-whitcombe']),
  publishedAt: at('2025-05-28', '11:00'),
  heroImage: stillOf(ballerinaLook, 1, 'Rows of dark pine trees on a snowy ridge under a pink sky'),
  body: [
    p(
      'Ballerina, released under the full title From the World of John Wick: Ballerina, opens in UK cinemas on Friday 6 June, the same day as its US release through Lionsgate. It runs 125 minutes.',
    ),
    p(
      'Directed by Len Wiseman from a script by Shay Hatten, the film stars Ana de Armas as Eve Macarro, a dancer raised and trained as a killer by the Ruska Roma, the crime family first seen in John Wick: Chapter 3 – Parabellum. Its story runs alongside the events of that film.',
    ),
    h2('Familiar faces'),
    ...bullets([
      'Keanu Reeves appears as John Wick.',
      'Anjelica Huston returns as the Director, head of the Ruska Roma.',
      'Ian McShane returns as Winston, manager of the New York Continental.',
      'Lance Reddick appears as Charon, in one of his final screen roles; he died in March 2023.',
      'Gabriel Byrne and Norman Reedus join the series.',
    ]),
    p(
      'Our critic’s verdict is in the review, and we have ranked every John Wick film from good to glorious.',
    ),
  ],
  tags: refs('tag', ['action', 'franchise', 'keanu-reeves']),
  relatedPins: refs('review', ['ballerina']),
})

export const finalReckoningReleaseNews: Article = article({
  kind: 'news',
  slug: 'final-reckoning-uk-release-date',
  headline: 'Mission: Impossible – The Final Reckoning arrives in UK cinemas two days before the US',
  standfirst:
    'Tom Cruise’s eighth outing as Ethan Hunt opens in the UK on Wednesday 21 May, after a premiere at the Cannes Film Festival.',
  films: refs('film', [
    'mission-impossible-the-final-reckoning',
    'mission-impossible-dead-reckoning-part-one',
  ]),
  people: refs('person', ['tom-cruise', 'christopher-mcquarrie', 'hayley-atwell', 'angela-bassett']),
  authors: refs('author', ['sam-whitcombe']),
  publishedAt: at('2025-05-15', '12:30'),
  heroImage: stillOf(
    finalReckoningLook,
    0,
    'A pale sun low over a cold blue sea, a dark headland in the foreground',
  ),
  body: [
    p(
      'Mission: Impossible – The Final Reckoning opens in UK cinemas on Wednesday 21 May, two days ahead of its US release on 23 May. Paramount is releasing the film, which runs 169 minutes and is rated 12A by the BBFC.',
    ),
    p(
      'The film follows directly from 2023’s Dead Reckoning Part One and was originally announced as Dead Reckoning Part Two before it was retitled. Christopher McQuarrie directs, his fourth film in the series, from a script he wrote with Erik Jendresen.',
    ),
    p(
      'Hayley Atwell, Ving Rhames, Simon Pegg, Esai Morales and Pom Klementieff return, with Angela Bassett as Erika Sloane and Henry Czerny as Eugene Kittridge, the role he first played in the original 1996 film.',
    ),
    p('Read our review of The Final Reckoning, and our look back at Dead Reckoning Part One.'),
  ],
  tags: refs('tag', ['action', 'spy', 'franchise', 'tom-cruise']),
})

export const anoraOscarsNews: Article = article({
  kind: 'news',
  slug: 'anora-wins-best-picture',
  headline: 'Anora wins best picture, and Sean Baker takes home four Oscars',
  standfirst:
    'Sean Baker’s comedy-drama about a Brooklyn dancer who marries an oligarch’s son won five Academy Awards, including best actress for Mikey Madison.',
  films: refs('film', ['anora']),
  people: refs('person', ['sean-baker', 'mikey-madison', 'yura-borisov']),
  authors: refs('author', ['sam-whitcombe']),
  publishedAt: at('2025-03-03', '06:30'),
  heroImage: coverOf(
    'Best picture',
    anoraLook,
    'The words Best picture in white capitals over an illustrated violet night road',
  ),
  body: [
    p(
      'Anora won best picture at the 97th Academy Awards in Los Angeles, the last of five Oscars for the film on the night. Mikey Madison won best actress for her performance as Ani.',
    ),
    p(
      'Sean Baker won four awards himself, for best picture as a producer, best director, best original screenplay and best film editing, equalling the record for the most Oscars won by one person in a single night.',
    ),
    ...bullets(
      [
        'Best picture',
        'Best director: Sean Baker',
        'Best actress: Mikey Madison',
        'Best original screenplay: Sean Baker',
        'Best film editing: Sean Baker',
      ],
      'number',
    ),
    p(
      'The film’s awards run began at the Cannes Film Festival in May 2024, where it won the Palme d’Or. Yura Borisov was also nominated, for best supporting actor.',
    ),
  ],
  tags: refs('tag', ['awards-season', 'independent', 'sean-baker']),
  relatedPins: refs('review', ['anora']),
})
