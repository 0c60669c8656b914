// Every schema type of the magazine, in the order the Studio lists them. See CONTENT-MODEL.md.
import type { SchemaTypeDefinition } from 'sanity'
import { article } from './documents/article.ts'
import { author } from './documents/author.ts'
import { film } from './documents/film.ts'
import { franchise } from './documents/franchise.ts'
import { person } from './documents/person.ts'
import { review } from './documents/review.ts'
import { section } from './documents/section.ts'
import { siteSettings } from './documents/siteSettings.ts'
import { tag } from './documents/tag.ts'
import { authorLink } from './objects/authorLink.ts'
import { castMember } from './objects/castMember.ts'
import { certificate } from './objects/certificate.ts'
import { link } from './objects/link.ts'
import { navItem } from './objects/navItem.ts'
import { pullQuote } from './objects/pullQuote.ts'
import { release } from './objects/release.ts'
import { releaseInfo } from './objects/releaseInfo.ts'
import { richText } from './objects/richText.ts'
import { seo } from './objects/seo.ts'
import { videoEmbed } from './objects/videoEmbed.ts'

export const documentTypes = [review, article, film, person, franchise, author, tag, section, siteSettings]

export const objectTypes = [
  richText,
  link,
  pullQuote,
  videoEmbed,
  releaseInfo,
  release,
  certificate,
  castMember,
  navItem,
  authorLink,
  seo,
]

export const schemaTypes: SchemaTypeDefinition[] = [...documentTypes, ...objectTypes]
