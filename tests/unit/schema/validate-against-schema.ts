// Sanity's own document validation (the rules an editor sees in the Studio), runnable in node.
// Used by the schema tests and by the demo-content checks:
//   const markers = await validateAgainstSchema(doc, allDocs)   // one-off
//   const validator = await createSchemaValidator(allDocs)      // many documents, one server
import { createClient } from '@sanity/client'
import {
  createWorkspaceFromConfig,
  type SanityDocument,
  type ValidationMarker,
  validateDocument,
  type Workspace,
} from 'sanity'
import { schemaTypes } from '#sanity/schemaTypes/index.ts'
import { startGroqTestServer } from './groq-test-server.ts'

export interface DocumentInput {
  _id: string
  _type: string
  [field: string]: unknown
}

export interface SchemaValidator {
  /** Every marker (errors, warnings, info) for one document. */
  validate(document: DocumentInput): Promise<ValidationMarker[]>
  /** Only the markers that would block publishing. */
  errors(document: DocumentInput): Promise<ValidationMarker[]>
  close(): Promise<void>
}

const UNKNOWN_SHAPE = /does not exist on type|Could not find schema type/

const validatorUser = {
  id: 'schema-validator',
  name: 'Schema validator',
  email: 'validator@marquee.invalid',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
}

function asStoredDocument(document: DocumentInput): SanityDocument {
  return {
    _createdAt: '2025-01-01T00:00:00Z',
    _updatedAt: '2025-01-01T00:00:00Z',
    _rev: 'validation',
    ...document,
  }
}

/**
 * A validator whose slug-uniqueness and reference checks see `dataset` (the documents that would be in the
 * Content Lake alongside the one being validated).
 */
export async function createSchemaValidator(dataset: readonly DocumentInput[]): Promise<SchemaValidator> {
  const server = await startGroqTestServer(dataset)
  const client = createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: server.url,
    useProjectHostname: false,
    useCdn: false,
    apiVersion: '2025-02-19',
  })
  const workspace: Workspace = await createWorkspaceFromConfig({
    name: 'validation',
    basePath: '/studio',
    projectId: 'local',
    dataset: 'production',
    schema: { types: schemaTypes },
    currentUser: validatorUser,
    getClient: () => client,
  })
  const ids = new Set(dataset.map((document) => document._id))
  const run = (document: DocumentInput, environment: 'studio' | 'cli') =>
    validateDocument({
      workspace,
      document: asStoredDocument(document),
      environment,
      getDocumentExists: async ({ id }) => ids.has(id),
    })
  // 'studio' gives the levels an editor sees. 'cli' also reports fields the schema does not know, but it
  // adds that check with .warning() on the whole rule, which turns every error on an object (a taken
  // slug, a missing image) into a warning; so take only the unknown-field findings from it.
  const validate = async (document: DocumentInput) => {
    const [studio, cli] = await Promise.all([run(document, 'studio'), run(document, 'cli')])
    return [...studio, ...cli.filter((marker) => UNKNOWN_SHAPE.test(marker.message))]
  }
  return {
    validate,
    errors: async (document) => (await validate(document)).filter((marker) => marker.level === 'error'),
    close: () => server.close(),
  }
}

/** Validates one document; `dataset` defaults to just that document. */
export async function validateAgainstSchema(
  document: DocumentInput,
  dataset: readonly DocumentInput[] = [document],
): Promise<ValidationMarker[]> {
  const validator = await createSchemaValidator(dataset)
  try {
    return await validator.validate(document)
  } finally {
    await validator.close()
  }
}
