// The 'figure' shape from CONTENT-MODEL.md: an image with hotspot and required alt, optional caption and credit.
// Stored as `_type: 'image'`, so it is a field factory rather than a named type.
import { defineArrayMember, defineField } from 'sanity'
import { validateAltText } from '../validation/alt.ts'

export const figureSubfields = [
  defineField({
    name: 'alt',
    title: 'Alternative text',
    type: 'string',
    description: 'Describe the image for readers who cannot see it.',
    validation: (rule) => rule.required().custom(validateAltText),
  }),
  defineField({ name: 'caption', title: 'Caption', type: 'string' }),
  defineField({
    name: 'credit',
    title: 'Credit',
    type: 'string',
    description: "Who owns the image, e.g. 'Credit: Lionsgate'.",
  }),
]

interface FigureFieldOptions {
  name: string
  title: string
  description?: string
  required?: boolean
  group?: string
}

export function defineFigureField({ name, title, description, required = false, group }: FigureFieldOptions) {
  return defineField({
    name,
    title,
    description,
    group,
    type: 'image',
    options: { hotspot: true },
    fields: figureSubfields,
    validation: (rule) => (required ? rule.required() : rule),
  })
}

/** An image inside an array (body images, film stills). */
export function defineFigureMember() {
  return defineArrayMember({
    name: 'image',
    type: 'image',
    options: { hotspot: true },
    fields: figureSubfields,
  })
}
