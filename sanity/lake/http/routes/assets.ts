// POST /v{v}/assets/images/{dataset} and /v{v}/assets/files/{dataset}: raw-body uploads answered with
// `{document}` (the sanity.imageAsset / sanity.fileAsset), as the Studio and @sanity/client expect.
import { AssetError } from '../../assets/asset-error.ts'
import { assetServiceFor } from '../../assets/asset-service.ts'
import { MAX_UPLOAD_BYTES } from '../../assets/limits.ts'
import { LOCAL_PROJECT_ID, requestOrigin } from '../../assets/request-origin.ts'
import { requirePermission } from '../../users/guards.ts'
import { readBody } from '../body.ts'
import { datasetName } from '../dataset-param.ts'
import { HttpError } from '../http-error.ts'
import { sendJson } from '../response.ts'
import type { LakeRequest, Route } from '../types.ts'

/** Descriptive fields Sanity lets an upload set through query parameters. */
const DESCRIPTIVE_FIELDS = ['title', 'description', 'label', 'creditLine'] as const

function uploadRoute(kind: 'image' | 'file') {
  return async (request: LakeRequest): Promise<void> => {
    const { req, res, url, lake } = request
    const user = requirePermission(request.identity, 'uploadAssets')
    const dataset = datasetName(request.params)
    const bytes = await readBody(req, MAX_UPLOAD_BYTES)
    const fields: Record<string, string> = {}
    for (const field of DESCRIPTIVE_FIELDS) {
      const value = url.searchParams.get(field)
      if (value) fields[field] = value
    }
    const contentType = req.headers['content-type']
    const options = {
      dataset,
      author: user.userId,
      filename: url.searchParams.get('filename') ?? undefined,
      contentType: typeof contentType === 'string' ? contentType : undefined,
      location: { projectId: LOCAL_PROJECT_ID, dataset, origin: requestOrigin(req) },
      fields,
    }
    const service = assetServiceFor(lake.store)
    try {
      const document =
        kind === 'image'
          ? await service.uploadImage(bytes, options)
          : await service.uploadFile(bytes, options)
      sendJson(res, 200, { document })
    } catch (error) {
      if (error instanceof AssetError) throw new HttpError(error.statusCode, error.toBody())
      throw error
    }
  }
}

export const assetRoutes: readonly Route[] = [
  { path: 'assets/images/:dataset', versioned: true, methods: ['POST'], handle: uploadRoute('image') },
  { path: 'assets/files/:dataset', versioned: true, methods: ['POST'], handle: uploadRoute('file') },
]
