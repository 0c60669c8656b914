// GET /images/{projectId}/{dataset}/{sha1}-{w}x{h}.{ext}[/{vanity}] with Sanity's transform parameters,
// and GET /files/{projectId}/{dataset}/{sha1}.{ext}. Root paths (no /v prefix), like cdn.sanity.io.
// URLs are content-addressed, so every answer is cacheable forever.
import { createHash } from 'node:crypto'
import { AssetError } from '../../assets/asset-error.ts'
import {
  type AssetKind,
  type AssetName,
  assetId,
  type ImageAssetName,
  parseAssetFileName,
} from '../../assets/asset-names.ts'
import { assetServiceFor } from '../../assets/asset-service.ts'
import { canonicalSpec, hasTransform, parseTransformParams } from '../../assets/image-params.ts'
import { imageMimeType } from '../../assets/image-probe.ts'
import { chooseOutputFormat, outputMimeTypes, transformImage } from '../../assets/image-transform.ts'
import { ALWAYS_HEADERS, type ServingHeaders, servingHeaders } from '../../assets/serving-policy.ts'
import { studioOriginsOf } from '../cors.ts'
import { datasetName } from '../dataset-param.ts'
import { HttpError, notFound } from '../http-error.ts'
import type { LakeRequest, LakeResponse, Route } from '../types.ts'

const IMMUTABLE = 'public, max-age=31536000, immutable'

/** What a request resolves to before any bytes are read: enough for the headers and a 304. */
interface Variant {
  /** The type recorded at upload, or the output format of a transform. */
  contentType: string
  /** Transforms are sharp's own raster output; originals are judged from their bytes (serving-policy.ts). */
  transformed: boolean
  etag: string
  varyAccept: boolean
  load(): Promise<Buffer>
}

async function serveAsset(kind: AssetKind, request: LakeRequest): Promise<void> {
  const { req, res, url, lake } = request
  const dataset = datasetName(request.params)
  const fileName = request.params.file ?? ''
  const name = parseAssetFileName(kind, fileName)
  const service = assetServiceFor(lake.store)
  if (!name || !service.has(dataset, name) || withheld(request, dataset, assetId(name))) {
    throw notFound(`${kind === 'image' ? 'Image' : 'File'} not found: ${dataset}/${fileName}`)
  }
  const variant = toHttp(() =>
    name.kind === 'image' && hasTransform(url.searchParams)
      ? transformedVariant(request, dataset, name)
      : originalVariant(request, dataset, name),
  )
  for (const [header, value] of Object.entries(ALWAYS_HEADERS)) res.setHeader(header, value)
  res.setHeader('cache-control', IMMUTABLE)
  res.setHeader('etag', variant.etag)
  if (variant.varyAccept) appendVary(res, 'Accept')
  if (req.headers['if-none-match'] === variant.etag) {
    res.statusCode = 304
    res.end()
    return
  }
  const bytes = await variant.load().catch(rethrowAsHttp)
  const serving: ServingHeaders = variant.transformed
    ? { contentType: variant.contentType, download: false }
    : servingHeaders(bytes, variant.contentType)
  const download = url.searchParams.get('dl')
  if (download !== null || serving.download) {
    const attachmentName = (download || fileName).replace(/["\\\r\n]/g, '')
    res.setHeader('content-disposition', `attachment; filename="${attachmentName}"`)
  }
  if (serving.contentSecurityPolicy) res.setHeader('content-security-policy', serving.contentSecurityPolicy)
  res.statusCode = 200
  res.setHeader('content-type', serving.contentType)
  res.setHeader('content-length', bytes.length)
  // node drops the body of a HEAD response by itself.
  res.end(bytes)
}

/**
 * An asset only versions in releases use (an embargoed review's still) is not in the public view
 * (store/public-view.ts), so anonymous readers get the same 404 as for a missing file. The Studio's own
 * `<img>` previews carry no token; they are let through when the page asking is an allowed Studio origin
 * (`Referer`). A forged Referer needs the URL, which the public view no longer lists.
 */
function withheld({ req, identity, lake }: LakeRequest, dataset: string, id: string): boolean {
  if (identity.kind === 'user' || lake.store.publicIndex(dataset)?.get(id) !== undefined) return false
  return !isFromStudio(req.headers.referer, lake)
}

function isFromStudio(referer: string | undefined, lake: LakeRequest['lake']): boolean {
  if (referer === undefined) return false
  try {
    return studioOriginsOf(lake).allows(new URL(referer).origin)
  } catch {
    return false
  }
}

function originalVariant(request: LakeRequest, dataset: string, name: AssetName): Variant {
  return {
    contentType: originalMimeType(request, dataset, name),
    transformed: false,
    etag: `"${name.sha1}"`,
    varyAccept: false,
    load: () => readStored(request, dataset, name),
  }
}

function originalMimeType(request: LakeRequest, dataset: string, name: AssetName): string {
  if (name.kind === 'image') return imageMimeType(name.extension)
  // Files keep the type they were uploaded with, recorded on their asset document.
  const document = request.lake.store.getDocument(dataset, assetId(name))
  return typeof document?.mimeType === 'string' ? document.mimeType : 'application/octet-stream'
}

function transformedVariant(request: LakeRequest, dataset: string, name: ImageAssetName): Variant {
  const spec = parseTransformParams(request.url.searchParams)
  const format = chooseOutputFormat(spec, name.extension, request.req.headers.accept ?? '')
  const key = `${dataset}/${name.sha1}/${format}/${canonicalSpec(spec)}`
  const cache = assetServiceFor(request.lake.store).transforms
  return {
    contentType: outputMimeTypes[format],
    transformed: true,
    etag: `"${name.sha1}-${createHash('sha1').update(key).digest('hex').slice(0, 16)}"`,
    varyAccept: spec.autoFormat,
    load: () =>
      cache.getOrCreate(key, async () =>
        transformImage(
          await readStored(request, dataset, name),
          { width: name.width, height: name.height },
          spec,
          format,
        ),
      ),
  }
}

async function readStored(request: LakeRequest, dataset: string, name: AssetName): Promise<Buffer> {
  const bytes = await assetServiceFor(request.lake.store).files.read(dataset, name)
  if (!bytes) throw notFound(`The file of ${assetId(name)} is missing from the lake's data directory`)
  return bytes
}

/** AssetErrors (bad parameters, undecodable images) leave as Sanity-shaped HTTP errors. */
function toHttp<Value>(run: () => Value): Value {
  try {
    return run()
  } catch (error) {
    return rethrowAsHttp(error)
  }
}

function rethrowAsHttp(error: unknown): never {
  if (error instanceof AssetError) throw new HttpError(error.statusCode, error.toBody())
  throw error
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
