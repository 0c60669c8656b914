// Social handles are stored bare ('marqueemag', 'marquee.bsky.social'), never with '@' or as a URL.

export function validateSocialHandle(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string') return 'Handle must be text'
  if (value.startsWith('@')) return 'Leave out the @'
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(value)) return 'A handle has only letters, digits, _ . and -'
  return true
}
