// Slug fields: generated from a source field, required, unique among documents of the same type.
import { defineField, type SlugIsUniqueValidator } from 'sanity'
import { SLUG_QUERY_API_VERSION, SLUG_UNIQUENESS_QUERY, slugUniquenessParams } from '../validation/slug.ts'

export const isUniqueSlugForType: SlugIsUniqueValidator = async (slug, context) => {
  const { document, getClient } = context
  if (!document) return true
  return getClient({ apiVersion: SLUG_QUERY_API_VERSION })
    .withConfig({ perspective: 'raw' })
    .fetch<boolean>(SLUG_UNIQUENESS_QUERY, slugUniquenessParams(slug, document), {
      tag: 'validation.slug-is-unique',
    })
}

export function defineSlugField(source: string, group?: string) {
  return defineField({
    name: 'slug',
    title: 'Slug',
    type: 'slug',
    group,
    description: 'The last part of the URL. Unique among documents of this type.',
    options: { source, maxLength: 96, isUnique: isUniqueSlugForType },
    validation: (rule) => rule.required(),
  })
}
