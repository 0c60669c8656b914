// What the unmodified Studio reads at boot (shared/studio-contract): who am I, the project, my grants
// and the dataset ACL, plus cloud features the lake does not have, answered with their "nothing here" shape.

import { LOCAL_PROJECT_ID } from '../../assets/request-origin.ts'
import { currentUser, projectMembers, publicProfiles, requireSignedIn } from '../../studio/current-user.ts'
import { datasetAcl, projectGrants } from '../../studio/project-permissions.ts'
import { existingDataset } from '../dataset-param.ts'
import { badRequest, notFound } from '../http-error.ts'
import { sendJson } from '../response.ts'
import type { LakeRequest, Route } from '../types.ts'

/** A fixed date: the lake's single project has no real creation time worth tracking. */
const PROJECT_CREATED_AT = '2026-01-01T00:00:00Z'

function requireLocalProject(params: Record<string, string>): void {
  if (params.projectId !== LOCAL_PROJECT_ID) {
    throw notFound(`Project "${params.projectId}" not found: this lake serves project "${LOCAL_PROJECT_ID}"`)
  }
}

function usersMe({ res, identity, lake }: LakeRequest): void {
  sendJson(res, 200, currentUser(lake, requireSignedIn(identity)))
}

/** The Studio batches at most 400 ids per request. */
const MAX_USER_IDS = 400

function users({ res, identity, params, lake }: LakeRequest): void {
  requireSignedIn(identity)
  const ids = (params.userIds ?? '').split(',').filter((id) => id !== '')
  if (ids.length > MAX_USER_IDS) throw badRequest(`At most ${MAX_USER_IDS} user ids per request`)
  sendJson(res, 200, publicProfiles(lake, ids))
}

function project({ res, identity, params, lake }: LakeRequest): void {
  const user = requireSignedIn(identity)
  requireLocalProject(params)
  sendJson(res, 200, {
    id: LOCAL_PROJECT_ID,
    displayName: 'Marquee (local lake)',
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: { color: null, externalStudioHost: null },
    maxRetentionDays: 3650,
    activityFeedEnabled: false,
    createdAt: PROJECT_CREATED_AT,
    organizationId: null,
    members: projectMembers(lake, user),
    features: [],
    pendingInvites: 0,
  })
}

function grants({ res, identity, params }: LakeRequest): void {
  const user = requireSignedIn(identity)
  requireLocalProject(params)
  sendJson(res, 200, projectGrants(user))
}

function acl({ res, identity, params, lake }: LakeRequest): void {
  const user = requireSignedIn(identity)
  requireLocalProject(params)
  existingDataset(lake.store, params)
  sendJson(res, 200, datasetAcl(user))
}

/** Add-on datasets (the comments dataset): the lake has none, and the Studio asks even with comments off. */
function addonDatasets({ res, identity, params }: LakeRequest): void {
  requireSignedIn(identity)
  requireLocalProject(params)
  sendJson(res, 200, [])
}

const constant =
  (body: unknown) =>
  ({ res }: LakeRequest): void =>
    sendJson(res, 200, body)

/** @sanity/telemetry posts batches on page hide whatever the consent says: accept and drop them. */
function dropTelemetry({ req, res }: LakeRequest): void {
  req.resume()
  req.once('end', () => sendJson(res, 200, {}))
}

export const studioBootRoutes: readonly Route[] = [
  { path: 'users/me', versioned: true, methods: ['GET'], handle: usersMe },
  // After users/me, which the router tries first.
  { path: 'users/:userIds', versioned: true, methods: ['GET'], handle: users },
  { path: 'projects/:projectId', versioned: true, methods: ['GET'], handle: project },
  { path: 'projects/:projectId/grants', versioned: true, methods: ['GET'], handle: grants },
  { path: 'projects/:projectId/datasets/:dataset/acl', versioned: true, methods: ['GET'], handle: acl },
  { path: 'projects/:projectId/datasets', versioned: true, methods: ['GET'], handle: addonDatasets },
  {
    path: 'projects/:projectId/user-applications',
    versioned: true,
    methods: ['GET'],
    handle: constant([]),
  },
  // Content Releases and Scheduled Drafts (single-document releases) are the lake's own (releases/).
  {
    path: 'features',
    versioned: true,
    methods: ['GET'],
    handle: constant(['contentReleases', 'singleDocRelease']),
  },
  { path: 'ping', versioned: true, methods: ['GET'], handle: constant('PONG') },
  // The document store times a round trip to the dataset's data host here (it only reads the status).
  { path: 'data/ping/:dataset', versioned: true, methods: ['GET'], handle: constant('PONG') },
  {
    path: 'intake/telemetry-status',
    versioned: true,
    methods: ['GET'],
    handle: constant({ status: 'denied' }),
  },
  { path: 'intake/batch', versioned: true, methods: ['POST'], handle: dropTelemetry },
  { path: 'journey/*rest', versioned: true, methods: ['GET'], handle: constant(null) },
  {
    path: 'help',
    versioned: true,
    methods: ['GET'],
    handle: constant({ resources: [], latestVersion: null }),
  },
]
