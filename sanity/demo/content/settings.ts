// The siteSettings singleton: name, description, social handles, navigation and the fallback share image.
import { coverOf } from './looks.ts'
import type { SiteSettings } from './model.ts'

export const siteSettings: SiteSettings = {
  _id: 'siteSettings',
  _type: 'siteSettings',
  title: 'Marquee',
  description:
    'Marquee is an independent film magazine: reviews of new releases, news, features and interviews, written by critics who still buy their own popcorn.',
  social: {
    x: 'marqueefilm',
    bluesky: 'marqueefilm.bsky.social',
    threads: 'marqueefilm',
    facebook: 'marqueefilm',
    instagram: 'marqueefilm',
  },
  defaultShareImage: coverOf(
    'Marquee',
    {
      palette: { deep: '#14101f', glow: '#ffcf7a', accent: '#e0473a', ink: '#fff8ec' },
      scenes: ['road'],
    },
    'The word Marquee in large capitals over an illustrated night road lit by a low golden glow',
  ),
  navigation: [
    { _type: 'navItem', label: 'Reviews', href: '/reviews' },
    { _type: 'navItem', label: 'News', href: '/news' },
    { _type: 'navItem', label: 'Features', href: '/features' },
    { _type: 'navItem', label: 'Interviews', href: '/interviews' },
    { _type: 'navItem', label: 'Films', href: '/films' },
  ],
}
