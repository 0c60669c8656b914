// The Presentation tool: the site in an iframe, in draft mode (app/api/draft-mode/enable), with
// click-to-edit overlays. `resolve` ties documents and pages together both ways, with lib/urls.ts's scheme:
// which document a page is about (mainDocuments), and on which pages a document appears (locations).
import { defineDocuments, defineLocations, presentationTool } from 'sanity/presentation'

/** The site's route that checks Presentation's secret and turns draft mode on. */
export const DRAFT_MODE_ENABLE_PATH = '/api/draft-mode/enable'

const DEFAULT_ARTICLE_SECTION = 'news'

const mainDocuments = defineDocuments([
  { route: '/reviews/:slug', filter: `_type == "review" && slug.current == $slug` },
  { route: '/films/:slug', filter: `_type == "film" && slug.current == $slug` },
  { route: '/people/:slug', filter: `_type == "person" && slug.current == $slug` },
  { route: '/authors/:slug', filter: `_type == "author" && slug.current == $slug` },
  {
    route: '/:section/:slug',
    filter: `_type == "article" && slug.current == $slug && coalesce(section->slug.current, "${DEFAULT_ARTICLE_SECTION}") == $section`,
  },
])

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback
}

const locations = {
  review: defineLocations({
    select: { title: 'headline', slug: 'slug.current' },
    resolve: (doc) =>
      doc?.slug
        ? {
            locations: [
              { title: text(doc.title, 'Review'), href: `/reviews/${doc.slug}` },
              { title: 'Reviews', href: '/reviews' },
            ],
          }
        : null,
  }),
  article: defineLocations({
    select: { title: 'headline', slug: 'slug.current', section: 'section.slug.current' },
    resolve: (doc) => {
      if (!doc?.slug) return null
      const section = text(doc.section, DEFAULT_ARTICLE_SECTION)
      return {
        locations: [
          { title: text(doc.title, 'Article'), href: `/${section}/${doc.slug}` },
          { title: 'Section', href: `/${section}` },
        ],
      }
    },
  }),
  film: defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (doc) =>
      doc?.slug ? { locations: [{ title: text(doc.title, 'Film'), href: `/films/${doc.slug}` }] } : null,
  }),
  person: defineLocations({
    select: { title: 'name', slug: 'slug.current' },
    resolve: (doc) =>
      doc?.slug ? { locations: [{ title: text(doc.title, 'Person'), href: `/people/${doc.slug}` }] } : null,
  }),
  author: defineLocations({
    select: { title: 'name', slug: 'slug.current' },
    resolve: (doc) =>
      doc?.slug ? { locations: [{ title: text(doc.title, 'Author'), href: `/authors/${doc.slug}` }] } : null,
  }),
}

export function sitePresentationTool() {
  return presentationTool({
    title: 'Preview',
    previewUrl: { previewMode: { enable: DRAFT_MODE_ENABLE_PATH } },
    resolve: { mainDocuments, locations },
  })
}
