// The bounds of the asset pipeline, in one place so the docs, the errors and the tests agree.

/** Largest upload body accepted (bytes); more is a 413. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024

/** Largest source image accepted, in pixels (width x height); roughly 8000 x 6000. */
export const MAX_SOURCE_PIXELS = 50_000_000

/** Largest output side of a transformed image (after dpr); Sanity-style URLs asking for more are a 400. */
export const MAX_OUTPUT_SIDE = 4000

/** dpr is clamped to what Sanity allows. */
export const MIN_DPR = 1
export const MAX_DPR = 3

/** Quality when the URL gives none (Sanity's default). */
export const DEFAULT_QUALITY = 75

/** Transformed outputs kept in memory, bounded by total bytes. */
export const TRANSFORM_CACHE_BYTES = 64 * 1024 * 1024

/** Width of the low-quality placeholder stored in the asset metadata (Sanity's is 20 px). */
export const LQIP_WIDTH = 20
