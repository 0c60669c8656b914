// What the Studio's Releases tool asks the project before it lets an editor create a release: the plan's
// limits. The lake has no plan, so there is no dataset or organisation limit and no metered count.
import { LOCAL_PROJECT_ID } from '../../assets/request-origin.ts'
import { requireSignedIn } from '../../studio/current-user.ts'
import { notFound } from '../http-error.ts'
import { sendJson } from '../response.ts'
import type { LakeRequest, Route } from '../types.ts'

/** The Studio compares the dataset's active releases against this number; `null` limits are not checked. */
const NO_DATASET_LIMIT = 1_000_000

function newContentReleaseAllowed({ res, identity, params }: LakeRequest): void {
  requireSignedIn(identity)
  if (params.projectId !== LOCAL_PROJECT_ID) throw notFound(`Project "${params.projectId}" not found`)
  sendJson(res, 200, {
    data: {
      datasetReleaseLimit: NO_DATASET_LIMIT,
      orgActiveReleaseLimit: null,
      orgMeteredActiveReleaseCount: 0,
    },
  })
}

export const releaseStudioRoutes: readonly Route[] = [
  {
    path: 'projects/:projectId/new-content-release-allowed',
    versioned: true,
    methods: ['GET'],
    handle: newContentReleaseAllowed,
  },
]
