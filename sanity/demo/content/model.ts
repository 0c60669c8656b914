// Source types for the demo magazine, one per document type in sanity/schemaTypes/CONTENT-MODEL.md.
// Images are written as art recipes here; the dataset builder renders them and swaps in `_sanityAsset`.
import type { Art } from '../art/schema.ts'

export type Ref = { _type: 'reference'; _ref: string }
export type Slug = { _type: 'slug'; current: string }

export type Hotspot = { _type: 'sanity.imageHotspot'; x: number; y: number; height: number; width: number }

export type Figure = {
  _type: 'image'
  art: Art
  alt: string
  caption?: string
  credit?: string
  hotspot?: Hotspot
}

export type Span = { _type: 'span'; text: string; marks: string[] }
export type LinkAnnotation = { _type: 'link'; _key: string; href: string }
export type TextBlock = {
  _type: 'block'
  style: 'normal' | 'h2' | 'h3' | 'blockquote'
  listItem?: 'bullet' | 'number'
  level?: number
  markDefs: LinkAnnotation[]
  children: Span[]
}
export type PullQuote = { _type: 'pullQuote'; text: string; attribution?: string }
export type Medium = 'cinema' | 'streaming' | 'home'
export type Territory = 'UK' | 'US'
export type ReleaseInfo = {
  _type: 'releaseInfo'
  title: string
  medium: Medium
  territory: Territory
  date: string
  platform?: string
}
export type BodyBlock = TextBlock | Figure | PullQuote | ReleaseInfo

export type Seo = { title?: string; description?: string; shareImage?: Figure }

type Story = {
  _id: string
  headline: string
  slug: Slug
  standfirst: string
  authors: Ref[]
  publishedAt: string
  updatedAt?: string
  heroImage: Figure
  body: BodyBlock[]
  tags: Ref[]
  section: Ref
  relatedPins?: Ref[]
  spoilers?: boolean
  seo?: Seo
}

export type Review = Story & { _type: 'review'; film: Ref; rating: number; verdict: string }

export type ArticleKind = 'news' | 'feature' | 'interview' | 'list'
export type Article = Story & { _type: 'article'; kind: ArticleKind; films: Ref[]; people: Ref[] }

export type Release = {
  _type: 'release'
  territory: Territory
  date: string
  medium: Medium
  platform?: string
}
export type Certificate = { _type: 'certificate'; territory: Territory; body: 'BBFC' | 'MPA'; rating: string }
export type CastMember = { _type: 'castMember'; person: Ref; character: string }

export type Film = {
  _id: string
  _type: 'film'
  title: string
  alternativeTitles?: string[]
  slug: Slug
  releases: Release[]
  runtime: number
  certificates: Certificate[]
  directors: Ref[]
  writers: Ref[]
  cast: CastMember[]
  distributor: string
  franchise?: Ref
  genres: string[]
  poster: Figure
  stills: Figure[]
  synopsis: string
  trailerUrl?: string
}

export type Person = {
  _id: string
  _type: 'person'
  name: string
  slug: Slug
  portrait: Figure
  bio: string
  knownFor?: string
}

export type Franchise = { _id: string; _type: 'franchise'; title: string; slug: Slug; description: string }

export type AuthorLink = { _type: 'authorLink'; label: string; url: string }
export type Author = {
  _id: string
  _type: 'author'
  name: string
  slug: Slug
  role: string
  portrait: Figure
  bio: string
  links: AuthorLink[]
}

export type Tag = { _id: string; _type: 'tag'; title: string; slug: Slug }
export type Section = { _id: string; _type: 'section'; title: string; slug: Slug; description: string }

export type NavItem = { _type: 'navItem'; label: string; href: string }
export type SiteSettings = {
  _id: 'siteSettings'
  _type: 'siteSettings'
  title: string
  description: string
  social: { x?: string; bluesky?: string; threads?: string; facebook?: string; instagram?: string }
  defaultShareImage: Figure
  navigation: NavItem[]
}

export type DemoDocument =
  | Review
  | Article
  | Film
  | Person
  | Franchise
  | Author
  | Tag
  | Section
  | SiteSettings
