// Shared option lists, so a release, a certificate and a release line agree on their values.

export const TERRITORIES = [
  { title: 'United Kingdom', value: 'UK' },
  { title: 'United States', value: 'US' },
  { title: 'Ireland', value: 'IE' },
  { title: 'Canada', value: 'CA' },
  { title: 'Australia', value: 'AU' },
  { title: 'New Zealand', value: 'NZ' },
  { title: 'France', value: 'FR' },
  { title: 'Germany', value: 'DE' },
]

export const MEDIUMS = [
  { title: 'Cinema', value: 'cinema' },
  { title: 'Streaming', value: 'streaming' },
  { title: 'Home entertainment', value: 'home' },
]

export const CERTIFICATE_BODIES = [
  { title: 'BBFC (UK)', value: 'BBFC' },
  { title: 'MPA (US)', value: 'MPA' },
]

export const ARTICLE_KINDS = [
  { title: 'News', value: 'news' },
  { title: 'Feature', value: 'feature' },
  { title: 'Interview', value: 'interview' },
  { title: 'List', value: 'list' },
]
