// A story: /reviews/{slug} for reviews, /{section}/{slug} for articles. 404 when either part is wrong.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleBody } from '#components/article/ArticleBody.tsx'
import { ArticleHeader } from '#components/article/ArticleHeader.tsx'
import styles from '#components/article/ArticleLayout.module.css'
import { TagList } from '#components/article/TagList.tsx'
import { storyKicker } from '#components/cards/StoryCard.tsx'
import { FilmFacts } from '#components/film/FilmFacts.tsx'
import { FigureBlock } from '#components/media/FigureBlock.tsx'
import { RelatedStories } from '#components/related/RelatedStories.tsx'
import { JsonLd } from '#components/seo/JsonLd.tsx'
import { ShareBar } from '#components/share/ShareBar.tsx'
import { getEnv } from '#lib/env.ts'
import { primaryRelease, releaseLine } from '#lib/film-format.ts'
import { storyJsonLd } from '#lib/jsonld.ts'
import { storyMetadata } from '#lib/metadata.ts'
import { readingMinutes } from '#lib/portable-text/reading-time.ts'
import { type Article, articleQuery, recentStoryPathsQuery } from '#lib/queries/article.ts'
import { loadQuery } from '#lib/queries/load.ts'
import { relatedStoriesParams } from '#lib/related/get-related-stories.ts'
import { relatedStories } from '#lib/related/query.ts'
import { getSiteMeta } from '#lib/site-settings.ts'
import { absoluteUrl, sectionPath, storyPath } from '#lib/urls.ts'

// Six hours (REVALIDATE_FALLBACK_SECONDS, lib/cache-tags.ts): webhooks revalidate on publish; this only covers a missed one.
export const revalidate = 21600

const PRERENDERED_STORIES = 50
const RELATED_COUNT = 4

interface Params {
  section: string
  slug: string
}

export async function generateStaticParams(): Promise<Params[]> {
  const stories = await loadQuery(recentStoryPathsQuery, { limit: PRERENDERED_STORIES })
  return stories.flatMap((story) => {
    const [, section, slug] = storyPath(story).split('/')
    return section && slug ? [{ section, slug }] : []
  })
}

/** The story at this URL, or undefined when the slug is unknown or lives under another section. */
async function loadStory({ section, slug }: Params): Promise<Article | undefined> {
  const article = await loadQuery(articleQuery, { slug })
  if (!article || storyPath(article) !== `/${section}/${slug}`) return undefined
  return article
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const article = await loadStory(await params)
  if (!article) return {}
  return storyMetadata(await getSiteMeta(), article)
}

function kicker(article: Article): { label: string; href: string } | null {
  const slug = article._type === 'review' ? 'reviews' : article.section?.slug
  return slug ? { label: storyKicker(article), href: sectionPath(slug) } : null
}

/** 'Ballerina is out in UK cinemas on 6 June.' unless the body already says when. */
function storyReleaseLine(article: Article): string | undefined {
  if (article.body.some((block) => block._type === 'releaseInfo')) return undefined
  const film = article.films[0]
  const release = primaryRelease(film?.releases)
  return film && release ? releaseLine({ title: film.title, ...release }) : undefined
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const article = await loadStory(await params)
  if (!article) notFound()
  const [related, site] = await Promise.all([
    loadQuery(relatedStories, relatedStoriesParams({ id: article._id, limit: RELATED_COUNT })),
    getSiteMeta(),
  ])
  const url = absoluteUrl(getEnv().siteUrl, storyPath(article))
  const release = storyReleaseLine(article)
  return (
    <>
      <JsonLd data={storyJsonLd(site, article)} />
      <article className={styles.article}>
        <ArticleHeader
          kicker={kicker(article)}
          headline={article.headline}
          standfirst={article.standfirst}
          authors={article.authors}
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
          readingMinutes={readingMinutes(article.body)}
          rating={article._type === 'review' ? article.rating : null}
          verdict={article.verdict}
          spoilers={article.spoilers}
        />
        <ShareBar url={url} title={article.headline} xHandle={site.xHandle} className={styles.shareTop} />
        <FigureBlock
          figure={article.heroImage}
          variant="hero"
          sizes="(min-width: 80rem) 74rem, calc(100vw - 2 * clamp(1rem, 4vw, 2.5rem))"
          aspectRatio={16 / 9}
          priority
        />
        <div className={styles.columns}>
          <div>
            <ArticleBody body={article.body} />
            {release ? <p className={styles.releaseLine}>{release}</p> : null}
            <TagList tags={article.tags} />
            <ShareBar
              url={url}
              title={article.headline}
              xHandle={site.xHandle}
              className={styles.shareBottom}
            />
          </div>
          {article.films.length > 0 ? (
            <aside className={styles.aside} aria-label="Film facts">
              {article.films.map((film) => (
                <FilmFacts key={film._id} film={film} />
              ))}
            </aside>
          ) : null}
        </div>
      </article>
      <RelatedStories stories={related} />
    </>
  )
}
