// Document ids as the Studio sees them: 'drafts.x' and 'versions.<release>.x' are versions of 'x'.

export function publishedIdOf(id: string): string {
  if (id.startsWith('drafts.')) return id.slice('drafts.'.length)
  const version = /^versions\.[^.]+\.(.+)$/.exec(id)
  return version?.[1] ?? id
}
