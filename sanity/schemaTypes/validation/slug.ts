// Slugs are unique per document type (a review and a film may share 'ballerina'; two reviews may not).
// Sanity's default isUnique already filters on _type; this makes the rule explicit and testable.
import { publishedIdOf } from './ids.ts'

export const SLUG_QUERY_API_VERSION = '2025-02-19'

export const SLUG_UNIQUENESS_QUERY =
  '!defined(*[_type == $docType && !sanity::versionOf($published) && slug.current == $slug][0]._id)'

export function slugUniquenessParams(
  slug: string,
  document: { _id: string; _type: string },
): { docType: string; published: string; slug: string } {
  return { docType: document._type, published: publishedIdOf(document._id), slug }
}
