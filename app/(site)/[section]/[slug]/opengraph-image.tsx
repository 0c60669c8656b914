// The share card of a story (1200x630 PNG): headline, star rating and a still, with the site's name.
// Next adds it as og:image (and X inherits it) because lib/metadata.ts leaves images unset for stories.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ImageResponse } from 'next/og'
import { loadQuery } from '#lib/queries/load.ts'
import { ratingLabel, type StarFill, starFills } from '#lib/rating.ts'
import {
  headlineFontSize,
  SHARE_CARD_SIZE,
  type ShareCard,
  shareCardAlt,
  shareCardFigure,
  shareCardImageUrl,
  shareCardKicker,
  shareCardQuery,
} from '#lib/share-image.ts'
import { getSiteMeta } from '#lib/site-settings.ts'
import { storyPath } from '#lib/urls.ts'

export const size = SHARE_CARD_SIZE
export const contentType = 'image/png'
// Six hours (REVALIDATE_FALLBACK_SECONDS, lib/cache-tags.ts): webhooks revalidate on publish; this only covers a missed one.
export const revalidate = 21600

interface Params {
  section: string
  slug: string
}

const INK = '#faf7f2'
const GOLD = '#f2b632'
const FONT_DIR = join(process.cwd(), 'node_modules', '@fontsource', 'fraunces', 'files')

// Fonts from an installed package on disk (satori reads TTF/OTF/WOFF, not WOFF2); never the network.
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Fraunces',
      data: await readFile(join(FONT_DIR, `fraunces-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  )
  return fonts
}

/** The picture as a data URL, or undefined when it cannot be had quickly (the card still renders). */
async function pictureDataUrl(card: ShareCard): Promise<string | undefined> {
  const figure = shareCardFigure(card)
  const url = figure ? shareCardImageUrl(figure) : undefined
  if (!url) return undefined
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
    if (!response.ok) return undefined
    const type = response.headers.get('content-type') ?? 'image/jpeg'
    if (!/^image\/(jpeg|png)/.test(type)) return undefined
    return `data:${type};base64,${Buffer.from(await response.arrayBuffer()).toString('base64')}`
  } catch {
    return undefined
  }
}

const STAR_PATH = 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z'

function Star({ fill }: { fill: StarFill }) {
  const starSize = 44
  return (
    <div style={{ position: 'relative', display: 'flex', width: starSize, height: starSize }}>
      <svg
        width={starSize}
        height={starSize}
        viewBox="0 0 24 24"
        style={{ position: 'absolute' }}
        aria-hidden="true"
      >
        <path d={STAR_PATH} fill="none" stroke={GOLD} strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      {fill === 'empty' ? null : (
        <div
          style={{
            position: 'absolute',
            display: 'flex',
            width: fill === 'half' ? starSize / 2 : starSize,
            height: starSize,
            overflow: 'hidden',
          }}
        >
          <svg width={starSize} height={starSize} viewBox="0 0 24 24" aria-hidden="true">
            <path d={STAR_PATH} fill={GOLD} stroke={GOLD} strokeWidth="1.5" strokeLinejoin="round" />
          </svg>
        </div>
      )}
    </div>
  )
}

async function loadCard({ section, slug }: Params): Promise<ShareCard | undefined> {
  const card = await loadQuery(shareCardQuery, { slug })
  return card && storyPath(card) === `/${section}/${slug}` ? card : undefined
}

/** One card per story, with alt text saying what it shows (a static `alt` export could not). */
export async function generateImageMetadata({ params }: { params?: Partial<Params> }) {
  // At build Next calls this without the story's params too (to list image ids); the id is the same.
  const { section, slug } = params ?? {}
  const card = section && slug ? await loadCard({ section, slug }) : undefined
  const alt = card ? shareCardAlt(card, ratingLabel) : (await getSiteMeta()).name
  return [{ id: 'card', alt, size, contentType }]
}

export default async function ShareImage({ params }: { params: Promise<Params> }) {
  const [card, site, fontData] = await Promise.all([loadCard(await params), getSiteMeta(), loadFonts()])
  const picture = card ? await pictureDataUrl(card) : undefined
  const headline = card?.headline ?? site.name
  const rating = card?._type === 'review' && typeof card.rating === 'number' ? card.rating : undefined

  return new ImageResponse(
    <div
      style={{
        display: 'flex',
        position: 'relative',
        width: '100%',
        height: '100%',
        backgroundColor: '#141210',
        color: INK,
        fontFamily: 'Fraunces',
      }}
    >
      {picture ? (
        // biome-ignore lint/performance/noImgElement: satori draws plain <img>, next/image does not exist here.
        <img
          src={picture}
          alt=""
          width={size.width}
          height={size.height}
          style={{ position: 'absolute', top: 0, left: 0, objectFit: 'cover' }}
        />
      ) : null}
      <div
        style={{
          position: 'absolute',
          inset: 0,
          display: 'flex',
          backgroundImage:
            'linear-gradient(to top, rgba(10,9,8,0.95) 0%, rgba(10,9,8,0.75) 45%, rgba(10,9,8,0.15) 100%)',
        }}
      />
      <div
        style={{
          position: 'relative',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          width: '100%',
          height: '100%',
          padding: '48px 64px 52px',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 30 }}>
          <span style={{ fontWeight: 700, letterSpacing: 4, textTransform: 'uppercase' }}>{site.name}</span>
          {card ? (
            <span style={{ color: GOLD, fontSize: 26, letterSpacing: 2, textTransform: 'uppercase' }}>
              {shareCardKicker(card)}
            </span>
          ) : null}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
          <div
            style={{
              display: 'flex',
              fontSize: headlineFontSize(headline),
              fontWeight: 700,
              lineHeight: 1.1,
              maxWidth: 1060,
            }}
          >
            {headline}
          </div>
          {rating !== undefined ? (
            <div style={{ display: 'flex', gap: 8 }}>
              {starFills(rating).map((fill, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: five fixed positions.
                <Star key={index} fill={fill} />
              ))}
            </div>
          ) : null}
        </div>
      </div>
    </div>,
    { ...size, fonts: fontData },
  )
}
