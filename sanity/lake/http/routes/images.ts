// GET /images/{projectId}/{dataset}/{sha1}-{w}x{h}.{ext}[/{vanity}] with Sanity's transform parameters,
// and GET /files/{projectId}/{dataset}/{sha1}.{ext}. Root paths (no /v prefix), like cdn.sanity.io.
// URLs are content-addressed, so every answer is cacheable forever.
import { createHash } from 'node:crypto'
import { AssetError } from '../../assets/asset-error.ts'
import { type AssetKind, type AssetName, assetId, parseAssetFileName } from '../../assets/asset-names.ts'
import { assetServiceFor } from '../../assets/asset-service.ts'
import { canonicalSpec, hasTransform, parseTransformParams } from '../../assets/image-params.ts'
import { imageMimeType } from '../../assets/image-probe.ts'
import { chooseOutputFormat, outputMimeTypes, transformImage } from '../../assets/image-transform.ts'
import { datasetName } from '../dataset-param.ts'
import { HttpError, notFound } from '../http-error.ts'
import type { LakeRequest, LakeResponse, Route } from '../types.ts'

const IMMUTABLE = 'public, max-age=31536000, immutable'

interface Served {
  bytes: Buffer
  contentType: string
  etag: string
  varyAccept: boolean
}

async function serveAsset(kind: AssetKind, request: LakeRequest): Promise<void> {
  const { req, res, url, lake } = request
  const dataset = datasetName(request.params)
  const fileName = request.params.file ?? ''
  const name = parseAssetFileName(kind, fileName)
  if (!name) throw notFound(`No such ${kind}: ${fileName}`)
  const service = assetServiceFor(lake.store)
  const original = await service.readOriginal(dataset, name)
  if (!original) throw notFound(`${kind === 'image' ? 'Image' : 'File'} not found: ${dataset}/${fileName}`)
  let served: Served
  try {
    served =
      name.kind === 'image' && hasTransform(url.searchParams)
        ? await transformed(request, name, original)
        : originalFile(request, name, original)
  } catch (error) {
    if (error instanceof AssetError) throw new HttpError(error.statusCode, error.toBody())
    throw error
  }
  res.setHeader('cache-control', IMMUTABLE)
  res.setHeader('etag', served.etag)
  if (served.varyAccept) appendVary(res, 'Accept')
  const download = url.searchParams.get('dl')
  if (download !== null) {
    const attachmentName = (download === '' ? fileName : download).replace(/["\\\r\n]/g, '')
    res.setHeader('content-disposition', `attachment; filename="${attachmentName}"`)
  }
  if (req.headers['if-none-match'] === served.etag) {
    res.statusCode = 304
    res.end()
    return
  }
  res.statusCode = 200
  res.setHeader('content-type', served.contentType)
  res.setHeader('content-length', served.bytes.length)
  // node drops the body of a HEAD response by itself.
  res.end(served.bytes)
}

function originalFile(request: LakeRequest, name: AssetName, bytes: Buffer): Served {
  return { bytes, contentType: originalMimeType(request, name), etag: `"${name.sha1}"`, varyAccept: false }
}

function originalMimeType(request: LakeRequest, name: AssetName): string {
  if (name.kind === 'image') return imageMimeType(name.extension)
  // Files keep the type they were uploaded with, recorded on their asset document.
  const document = request.lake.store.getDocument(datasetName(request.params), assetId(name))
  return typeof document?.mimeType === 'string' ? document.mimeType : 'application/octet-stream'
}

async function transformed(request: LakeRequest, name: AssetName, original: Buffer): Promise<Served> {
  if (name.kind !== 'image') throw notFound('Only images can be transformed')
  const spec = parseTransformParams(request.url.searchParams)
  const accept = request.req.headers.accept ?? ''
  const format = chooseOutputFormat(spec, name.extension, accept)
  const key = `${datasetName(request.params)}/${name.sha1}/${format}/${canonicalSpec(spec)}`
  const service = assetServiceFor(request.lake.store)
  const bytes = await service.transforms.getOrCreate(key, () =>
    transformImage(original, { width: name.width, height: name.height }, spec, format),
  )
  const variant = createHash('sha1').update(key).digest('hex').slice(0, 16)
  return {
    bytes,
    contentType: outputMimeTypes[format],
    etag: `"${name.sha1}-${variant}"`,
    varyAccept: spec.autoFormat,
  }
}

function appendVary(res: LakeResponse, value: string): void {
  const current = res.getHeader('vary')
  const existing = typeof current === 'string' && current !== '' ? `${current}, ` : ''
  res.setHeader('vary', `${existing}${value}`)
}

const serveImage = (request: LakeRequest) => serveAsset('image', request)
const serveFile = (request: LakeRequest) => serveAsset('file', request)

export const imageRoutes: readonly Route[] = [
  { path: 'images/:projectId/:dataset/:file', versioned: false, methods: ['GET'], handle: serveImage },
  // @sanity/image-url's vanityName appends a SEO file name; it does not change the image.
  {
    path: 'images/:projectId/:dataset/:file/:vanity',
    versioned: false,
    methods: ['GET'],
    handle: serveImage,
  },
  { path: 'files/:projectId/:dataset/:file', versioned: false, methods: ['GET'], handle: serveFile },
  { path: 'files/:projectId/:dataset/:file/:vanity', versioned: false, methods: ['GET'], handle: serveFile },
]
