// Our critics. Every one is fictional: invented for the demo magazine, with made-up careers.
import { portraitOf } from './looks.ts'
import type { Author, AuthorLink } from './model.ts'
import { id, slug } from './refs.ts'

function profile(slugValue: string): AuthorLink {
  return {
    _type: 'authorLink',
    label: 'All stories on Marquee',
    url: `https://marquee.example.com/authors/${slugValue}`,
  }
}

function author(
  slugValue: string,
  name: string,
  role: string,
  bio: string,
  links: AuthorLink[] = [],
): Author {
  return {
    _id: id('author', slugValue),
    _type: 'author',
    name,
    slug: slug(slugValue),
    role,
    portrait: portraitOf(name, 'large'),
    bio,
    links: [profile(slugValue), ...links],
  }
}

export const authors: Author[] = [
  author(
    'harriet-okafor',
    'Harriet Okafor',
    'Chief film critic',
    'Harriet has reviewed films for Marquee since its first issue. She grew up in a Leeds cinema her aunt managed, has a soft spot for three-hour epics and a hard line on films that could lose twenty minutes. (A fictional critic created for the Marquee demo.)',
    [{ _type: 'authorLink', label: 'Personal site', url: 'https://example.com/harriet-okafor' }],
  ),
  author(
    'tom-ellery',
    'Tom Ellery',
    'Action and genre critic',
    'Tom covers action, horror and anything with a stunt team credited above the title. Before Marquee he spent ten years as a projectionist, which is why he notices when a film is framed for a screen it will never be shown on. (A fictional critic created for the Marquee demo.)',
    [{ _type: 'authorLink', label: 'Newsletter', url: 'https://example.com/tom-ellery/newsletter' }],
  ),
  author(
    'priya-lal',
    'Priya Lal',
    'Features editor',
    'Priya commissions and edits long reads and rankings, and writes about actors, careers and the strange economics of franchises. (A fictional editor created for the Marquee demo.)',
  ),
  author(
    'sam-whitcombe',
    'Sam Whitcombe',
    'News editor',
    'Sam runs the news desk: release dates, festival line-ups and box office, each checked against a second source before it goes up. (A fictional editor created for the Marquee demo.)',
  ),
  author(
    'nell-marchetti',
    'Nell Marchetti',
    'Contributing critic',
    'Nell writes about independent and international cinema, romance in all its forms and the films that arrive quietly and stay for years. (A fictional critic created for the Marquee demo.)',
    [{ _type: 'authorLink', label: 'Personal site', url: 'https://example.com/nell-marchetti' }],
  ),
]
