// Shared inputs for the SEO tests: a site and a review shaped like the article query's result.
import { createImageUrlBuilder } from '@sanity/image-url'
import type { SiteMeta } from '#lib/metadata.ts'
import type { Figure } from '#lib/queries/fragments.ts'

export const site: SiteMeta = {
  siteUrl: 'https://marquee.example',
  name: 'Marquee',
  description: 'Film reviews, news, features and interviews.',
  xHandle: 'marqueefilm',
  defaultShareImage: null,
  images: createImageUrlBuilder({
    projectId: 'local',
    dataset: 'production',
    baseUrl: 'https://lake.example',
  }),
}

export function figure(id: string, alt: string): Figure {
  return {
    asset: {
      _id: `image-${id}-2400x1350-jpg`,
      url: `https://lake.example/images/local/production/${id}-2400x1350.jpg`,
      metadata: { lqip: null, dimensions: { width: 2400, height: 1350, aspectRatio: 16 / 9 } },
    },
    alt,
    caption: null,
    credit: null,
    hotspot: null,
    crop: null,
  }
}

export const review = {
  _type: 'review' as const,
  kind: null,
  headline: 'Ballerina review: Ana de Armas dances through fire',
  slug: 'ballerina',
  section: { title: 'Reviews', slug: 'reviews' },
  standfirst: 'The John Wick spin-off finds a new star.',
  publishedAt: '2025-06-05T09:00:00Z',
  updatedAt: '2025-06-06T10:30:00Z',
  rating: 4,
  verdict: 'A bruising, balletic blast.',
  heroImage: figure('hero', 'Ana de Armas in Ballerina'),
  authors: [{ name: 'Maya Critic', slug: 'maya-critic' }],
  tags: [
    { title: 'Action', slug: 'action' },
    { title: 'John Wick', slug: 'john-wick' },
  ],
  films: [
    {
      title: 'Ballerina',
      slug: 'ballerina',
      directors: [{ name: 'Len Wiseman', slug: 'len-wiseman' }],
      releases: [
        { territory: 'US', date: '2025-06-06' },
        { territory: 'UK', date: '2025-06-05' },
      ],
      poster: figure('poster', 'Ballerina poster'),
    },
  ],
  seo: null,
}
