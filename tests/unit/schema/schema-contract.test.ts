// The schema and CONTENT-MODEL.md cannot drift: every type and field in the contract exists, compiled by
// Sanity's own schema compiler, and nothing in the schema compiles with errors.
import { createSchema } from 'sanity'
import { describe, expect, it } from 'vitest'
import { schemaTypes } from '#sanity/schemaTypes/index.ts'
import { readDocumentContract, readObjectContract } from './content-model.ts'

const schema = createSchema({ name: 'marquee', types: schemaTypes })

function fieldsOf(typeName: string): Map<string, { name: string; type: unknown }> {
  const type = schema.get(typeName)
  if (!type || !('fields' in type) || !Array.isArray(type.fields)) return new Map()
  return new Map(type.fields.map((field) => [field.name, field]))
}

function jsonTypeAndName(value: unknown): { jsonType?: string; name?: string; typeName?: string } {
  if (typeof value !== 'object' || value === null) return {}
  const jsonType = 'jsonType' in value && typeof value.jsonType === 'string' ? value.jsonType : undefined
  const name = 'name' in value && typeof value.name === 'string' ? value.name : undefined
  const parent = 'type' in value ? value.type : undefined
  const typeName = jsonTypeAndName(parent).name
  return { jsonType, name, typeName }
}

const documentContract = readDocumentContract()
const objectContract = readObjectContract()

describe('schema compiles', () => {
  it('has no schema errors', () => {
    const problems = (schema._validation ?? []).flatMap((group) =>
      group.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message),
    )
    expect(problems).toEqual([])
  })
})

describe('CONTENT-MODEL.md document types', () => {
  it('lists the nine document types', () => {
    expect([...documentContract.keys()].sort()).toEqual(
      ['article', 'author', 'film', 'franchise', 'person', 'review', 'section', 'siteSettings', 'tag'].sort(),
    )
  })

  for (const [typeName, contractFields] of documentContract) {
    it(`${typeName} is a document with every contracted field`, () => {
      expect(jsonTypeAndName(schema.get(typeName)).typeName).toBe('document')
      const fields = fieldsOf(typeName)
      expect(contractFields.length).toBeGreaterThan(1)
      for (const field of contractFields) {
        expect(fields.has(field.name), `${typeName}.${field.name}`).toBe(true)
        if (field.subfields.length > 0) {
          const inner = fields.get(field.name)
          const innerFields = new Set(
            inner && typeof inner.type === 'object' && inner.type !== null && 'fields' in inner.type
              ? (Array.isArray(inner.type.fields) ? inner.type.fields : []).map(
                  (f: { name: string }) => f.name,
                )
              : [],
          )
          for (const subfield of field.subfields) {
            expect(innerFields.has(subfield), `${typeName}.${field.name}.${subfield}`).toBe(true)
          }
        }
      }
    })
  }
})

describe('CONTENT-MODEL.md object types', () => {
  it('names the object types the documents use', () => {
    expect([...objectContract.keys()]).toEqual(
      expect.arrayContaining([
        'release',
        'certificate',
        'castMember',
        'authorLink',
        'navItem',
        'link',
        'pullQuote',
        'videoEmbed',
        'releaseInfo',
      ]),
    )
  })

  for (const [typeName, contractFields] of objectContract) {
    it(`${typeName} exists with ${contractFields.join(', ')}`, () => {
      const fields = fieldsOf(typeName)
      for (const field of contractFields) expect(fields.has(field), `${typeName}.${field}`).toBe(true)
    })
  }
})

describe('shapes the contract fixes', () => {
  const figureFields: Array<[string, string]> = [
    ['review', 'heroImage'],
    ['article', 'heroImage'],
    ['film', 'poster'],
    ['person', 'portrait'],
    ['author', 'portrait'],
    ['siteSettings', 'defaultShareImage'],
    ['seo', 'shareImage'],
  ]

  it.each(figureFields)('%s.%s is an image with hotspot, alt, caption and credit', (typeName, fieldName) => {
    const field = fieldsOf(typeName).get(fieldName)
    expect(jsonTypeAndName(field?.type).typeName).toBe('image')
    const type = field?.type
    expect(type && typeof type === 'object' && 'options' in type ? type.options : undefined).toMatchObject({
      hotspot: true,
    })
    const inner = new Set(
      type && typeof type === 'object' && 'fields' in type && Array.isArray(type.fields)
        ? type.fields.map((f: { name: string }) => f.name)
        : [],
    )
    expect([...inner]).toEqual(expect.arrayContaining(['alt', 'caption', 'credit']))
  })

  it('body allows block, image, pullQuote, videoEmbed and releaseInfo', () => {
    const body = fieldsOf('review').get('body')?.type
    const members =
      body && typeof body === 'object' && 'of' in body && Array.isArray(body.of)
        ? body.of.map((member: { name: string }) => member.name)
        : []
    expect(members.sort()).toEqual(['block', 'image', 'pullQuote', 'releaseInfo', 'videoEmbed'])
  })

  it('every document type with a slug field has a per-type isUnique', () => {
    for (const typeName of documentContract.keys()) {
      const slug = fieldsOf(typeName).get('slug')
      if (typeName === 'siteSettings') {
        expect(slug).toBeUndefined()
        continue
      }
      const options =
        slug?.type && typeof slug.type === 'object' && 'options' in slug.type ? slug.type.options : {}
      expect(options, typeName).toHaveProperty('isUnique')
    }
  })
})
