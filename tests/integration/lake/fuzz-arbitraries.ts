// fast-check generators for the lake fuzz test: small documents over a shared id pool, GROQ from a small
// grammar aimed at what the lake's planner narrows (_type, _id, slug, references, _ref, order + slice), and
// transactions of mutations (some of which must fail).
import fc from 'fast-check'

export const PUBLISHED_IDS = ['a-1', 'a-2', 'a-3', 'b-1', 'b-2', 'c-1']
export const ALL_IDS = [
  ...PUBLISHED_IDS,
  'drafts.a-1',
  'drafts.a-2',
  'drafts.c-9',
  'versions.r1.a-1',
  'versions.r1.b-9',
]
const TYPES = ['a', 'b', 'c']
const WORDS = ['x', 'y', 'z', 'Alpha', 'beta']

const scalar = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.integer({ min: -3, max: 10 }),
  fc.constantFrom(1.5, -0.5, null, true, false),
)
const reference = fc.constantFrom(...PUBLISHED_IDS, 'missing-1').map((ref) => ({ _ref: ref }))

export const documentBody = fc.record(
  {
    _type: fc.constantFrom(...TYPES),
    title: scalar,
    rank: scalar,
    tags: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
    slug: fc.constantFrom('s1', 's2', 's3').map((current) => ({ _type: 'slug', current })),
    author: reference,
    refs: fc
      .array(reference, { maxLength: 2 })
      .map((refs) => refs.map((ref, i) => ({ _key: `k${i}`, ...ref }))),
    nested: fc.record({ x: scalar }, { requiredKeys: [] }),
  },
  { requiredKeys: ['_type'] },
)

export type FuzzDocument = { _id: string } & Record<string, unknown>

export const dataset: fc.Arbitrary<FuzzDocument[]> = fc
  .uniqueArray(fc.constantFrom(...ALL_IDS), { minLength: 0, maxLength: ALL_IDS.length })
  .chain((ids) => fc.tuple(...ids.map((id) => documentBody.map((body) => ({ _id: id, ...body })))))

// GROQ grammar --------------------------------------------------------------------------------------

const stringLiteral = fc.constantFrom('"a"', '"b"', '"x"', '"a-1"', '"b-2"', '""', '"drafts.a-1"', '"s1"')
const numberLiteral = fc.constantFrom('0', '1', '2', '-1', '1.5', '10')
const literal = fc.oneof(stringLiteral, numberLiteral, fc.constantFrom('true', 'false', 'null', '$s', '$n'))
const field = fc.constantFrom(
  '_id',
  '_type',
  'title',
  'rank',
  'tags',
  'slug.current',
  'author._ref',
  'nested.x',
  'missing',
  '_originalId',
)
const orderable = fc.constantFrom(
  '_id',
  '_type',
  'title',
  'rank',
  'slug.current',
  'nested.x',
  'missing',
  '_createdAt',
  'tags',
  'lower(title)',
)
const comparison = fc.constantFrom('==', '!=', '<', '<=', '>', '>=')

const leafCondition = fc.oneof(
  fc.tuple(field, comparison, literal).map(([f, op, v]) => `${f} ${op} ${v}`),
  fc
    .tuple(fc.constantFrom('_type', '_id', 'slug.current', 'author._ref'), stringLiteral)
    .map(([f, v]) => `${f} == ${v}`),
  fc.tuple(field, fc.array(literal, { maxLength: 3 })).map(([f, vs]) => `${f} in [${vs.join(', ')}]`),
  fc
    .tuple(fc.constantFrom('_id', '_type', 'author._ref'), fc.constant('$ids'))
    .map(([f, p]) => `${f} in ${p}`),
  fc.tuple(literal).map(([v]) => `${v} in tags`),
  field.map((f) => `defined(${f})`),
  stringLiteral.map((v) => `references(${v})`),
  fc.constant('references($ids)'),
  fc.constantFrom('"drafts.**"', '"versions.**"', '"a-*"', '"*"').map((p) => `_id in path(${p})`),
  fc.constantFrom('"a*"', '"alpha"', '"x"').map((p) => `title match ${p}`),
  fc.constantFrom(
    'count(tags) > 1',
    'coalesce(rank, 0) > 1',
    'string::startsWith(_id, "a")',
    'lower(title) == "alpha"',
    'count(*[_type == "b" && references(^._id)]) > 0',
    '_id in *[_type == "b"].author._ref',
    'author->_type == "a"',
    'refs[]._ref == ["a-1"]',
    '"a-1" in refs[]._ref',
    '_type == ^._type',
    'count(*[_type == ^._type && _id != ^._id]) > 0',
    '_id in *[_type == "a" && defined(author)].author._ref',
    '*[_id == "a-1"][0].author._ref == author._ref',
  ),
)

const condition: fc.Arbitrary<string> = fc.letrec<{ cond: string }>((tie) => ({
  cond: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafCondition,
    fc.tuple(tie('cond'), tie('cond')).map(([a, b]) => `(${a} && ${b})`),
    fc.tuple(tie('cond'), tie('cond')).map(([a, b]) => `(${a} || ${b})`),
    tie('cond').map((a) => `!(${a})`),
  ),
})).cond

const ordering = fc
  .array(fc.tuple(orderable, fc.constantFrom('asc', 'desc', '')), { minLength: 1, maxLength: 2 })
  .map((keys) => `order(${keys.map(([f, d]) => `${f} ${d}`.trim()).join(', ')})`)
const slice = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 0, max: 4 }).map((i) => `[${i}]`),
  fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 6 }), fc.boolean())
    .map(([a, b, exclusive]) => `[${a}${exclusive ? '...' : '..'}${b}]`),
  fc.constant('[-1]'),
)
const projection = fc.oneof(
  fc.constant(''),
  fc.constant('{_id}'),
  fc.constant('{_id, title, "n": count(tags), "r": rank * 2}'),
  fc.constant('{_id, "refd": *[references(^._id)]._id}'),
  fc.constant('{_id, "a": author->title, "as": refs[]->_id}'),
  fc.constant('{..., "t": upper(title)}'),
  fc.constant('._id'),
  fc.constant('{_id, "same": *[_type == ^._type] | order(_id)[0..1]._id}'),
  fc.constant('{"k": coalesce(slug.current, _id), "d": defined(author->)}'),
)

const scan = fc
  .tuple(condition, fc.option(ordering, { nil: undefined }), slice, projection)
  .map(([cond, order, sl, proj]) => `*[${cond}]${order ? ` | ${order}` : ''}${sl}${proj}`)

export const groqQuery: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: scan },
  { weight: 1, arbitrary: condition.map((c) => `count(*[${c}])`) },
  {
    weight: 1,
    arbitrary: fc.tuple(condition, condition).map(([a, b]) => `{"a": count(*[${a}]), "b": *[${b}]._id}`),
  },
  { weight: 1, arbitrary: condition.map((c) => `array::unique(*[${c}].tags[])`) },
  { weight: 1, arbitrary: condition.map((c) => `math::sum(*[${c} && rank > 0].rank)`) },
  { weight: 1, arbitrary: condition.map((c) => `*[${c}]{_id} | order(_id desc)`) },
)

export const queryParams = fc.record({
  s: fc.constantFrom('a', 'b', 'a-1', 'x'),
  n: fc.integer({ min: -1, max: 3 }),
  ids: fc.uniqueArray(fc.constantFrom(...ALL_IDS, 'a'), { maxLength: 3 }),
})

// Mutations -----------------------------------------------------------------------------------------

const id = fc.constantFrom(...ALL_IDS)
const patchBody = fc.oneof(
  fc.record({ set: fc.record({ title: scalar }) }),
  fc.record({ set: fc.record({ 'nested.x': scalar }) }),
  fc.record({ unset: fc.constantFrom(['title'], ['tags'], ['rank', 'slug']) }),
  fc.record({ inc: fc.record({ rank: fc.integer({ min: -2, max: 2 }) }) }),
  fc.record({ setIfMissing: fc.record({ tags: fc.constant([]) }) }),
  fc.record({
    insert: fc.record({
      after: fc.constant('tags[-1]'),
      items: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 2 }),
    }),
  }),
  fc.record({ ifRevisionID: fc.constant('not-the-revision'), set: fc.record({ title: scalar }) }),
  fc.record({ dec: fc.record({ 'nested.x': fc.integer({ min: -2, max: 2 }) }) }),
  fc.record({ unset: fc.constantFrom(['tags[0]'], ['refs[_key=="k0"]'], ['nested']) }),
  fc.record({
    set: fc.constantFrom({ 'tags[0]': 'q' }, { 'tags[9]': 'far' }, { 'refs[_key=="k1"]._ref': 'a-2' }),
  }),
  fc.record({
    insert: fc.constantFrom(
      { before: 'tags[0]', items: ['w'] },
      { replace: 'tags[0]', items: ['r'] },
      { after: 'missing[-1]', items: ['m'] },
    ),
  }),
  fc.record({ diffMatchPatch: fc.constant({ title: '@@ -1,1 +1,2 @@\n-x\n+xy\n' }) }),
)

export const mutation: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.tuple(id, documentBody).map(([i, body]) => ({ create: { _id: i, ...body } })),
  fc.tuple(id, documentBody).map(([i, body]) => ({ createOrReplace: { _id: i, ...body } })),
  fc.tuple(id, documentBody).map(([i, body]) => ({ createIfNotExists: { _id: i, ...body } })),
  id.map((i) => ({ delete: { id: i } })),
  fc.constantFrom(
    { create: { _id: 'bad id!', _type: 'a' } },
    { create: { _id: 'a-1' } },
    { createOrReplace: { _id: 'drafts.', _type: 'a' } },
    { patch: { id: 'a-1' } },
    { delete: {} },
    { frobnicate: { id: 'a-1' } },
    { create: { _id: 'c-1', _type: 'c', _rev: 'forged', title: 1 } },
  ),
  fc.tuple(id, patchBody).map(([i, body]) => ({ patch: { id: i, ...body } })),
  fc
    .tuple(fc.constantFrom('*[_type == "a"]', '*[rank > 2]', '*[_id in path("drafts.**")]'), patchBody)
    .map(([query, body]) => ({ patch: { query, ...body } })),
)

export const transaction = fc.array(mutation, { minLength: 1, maxLength: 3 })
