// Sections, tags and franchises: the shared vocabulary that related stories are ranked by.
import type { Franchise, Section, Tag } from './model.ts'
import { id, slug } from './refs.ts'

function section(slugValue: string, title: string, description: string): Section {
  return { _id: id('section', slugValue), _type: 'section', title, slug: slug(slugValue), description }
}

export const sections: Section[] = [
  section('reviews', 'Reviews', 'New films in cinemas and on streaming, rated out of five by our critics.'),
  section(
    'news',
    'News',
    'Release dates, casting, festivals and the business of film, checked before it runs.',
  ),
  section(
    'features',
    'Features',
    'Essays, rankings and long reads on the films and people worth arguing about.',
  ),
  section(
    'interviews',
    'Interviews',
    'Conversations with the people who make films, in front of and behind the camera.',
  ),
]

const TAGS: ReadonlyArray<readonly [string, string]> = [
  ['action', 'Action'],
  ['sci-fi', 'Sci-fi'],
  ['horror', 'Horror'],
  ['thriller', 'Thriller'],
  ['drama', 'Drama'],
  ['comedy', 'Comedy'],
  ['romance', 'Romance'],
  ['franchise', 'Franchise'],
  ['adaptation', 'Adaptation'],
  ['blockbuster', 'Blockbuster'],
  ['independent', 'Independent'],
  ['awards-season', 'Awards season'],
  ['box-office', 'Box office'],
  ['stunts', 'Stunts'],
  ['imax', 'IMAX'],
  ['spy', 'Spy'],
  ['period', 'Period'],
  ['vampires', 'Vampires'],
  ['music', 'Music'],
  ['summer-2023', 'Summer 2023'],
  ['christopher-nolan', 'Christopher Nolan'],
  ['denis-villeneuve', 'Denis Villeneuve'],
  ['greta-gerwig', 'Greta Gerwig'],
  ['danny-boyle', 'Danny Boyle'],
  ['ryan-coogler', 'Ryan Coogler'],
  ['sean-baker', 'Sean Baker'],
  ['celine-song', 'Celine Song'],
  ['keanu-reeves', 'Keanu Reeves'],
  ['tom-cruise', 'Tom Cruise'],
]

export type TagSlug = (typeof TAGS)[number][0]

export const tags: Tag[] = TAGS.map(([slugValue, title]) => ({
  _id: id('tag', slugValue),
  _type: 'tag',
  title,
  slug: slug(slugValue),
}))

function franchise(slugValue: string, title: string, description: string): Franchise {
  return { _id: id('franchise', slugValue), _type: 'franchise', title, slug: slug(slugValue), description }
}

export const franchises: Franchise[] = [
  franchise(
    'john-wick',
    'John Wick',
    'The hitman series that began in 2014 with Keanu Reeves as a retired assassin pulled back in, and grew into a world of gold coins, hotels for killers and spin-offs.',
  ),
  franchise(
    'mission-impossible',
    'Mission: Impossible',
    'Tom Cruise as IMF agent Ethan Hunt since 1996: a spy series that became a showcase for practical stunts.',
  ),
  franchise(
    'dune',
    'Dune',
    "Denis Villeneuve's two-part adaptation of Frank Herbert's 1965 novel about Paul Atreides and the desert planet Arrakis.",
  ),
  franchise(
    '28-days-later',
    '28 Days Later',
    'The British infection horror series begun by Danny Boyle and Alex Garland in 2002 and continued in 28 Weeks Later and 28 Years Later.',
  ),
]
