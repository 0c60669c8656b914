// Article builder: fills in the section from the kind (interviews go to Interviews, lists and features
// to Features, news to News) so every article lands where readers expect it.
import type { Article, ArticleKind } from '../model.ts'
import { id, ref, slug } from '../refs.ts'

const SECTION_BY_KIND: Record<ArticleKind, string> = {
  news: 'news',
  feature: 'features',
  list: 'features',
  interview: 'interviews',
}

export type ArticleSource = Omit<Article, '_id' | '_type' | 'slug' | 'section'> & { slug: string }

export function article(source: ArticleSource): Article {
  const { slug: slugValue, ...fields } = source
  return {
    _id: id('article', slugValue),
    _type: 'article',
    slug: slug(slugValue),
    section: ref('section', SECTION_BY_KIND[source.kind]),
    ...fields,
  }
}
