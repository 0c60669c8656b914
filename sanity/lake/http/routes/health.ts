// GET / and /health: a cheap readiness probe for scripts and tests waiting for the lake.
import { sendJson } from '../response.ts'
import type { LakeRequest, Route } from '../types.ts'

function health({ res, lake }: LakeRequest): void {
  sendJson(res, 200, { status: 'ok', service: 'marquee-lake', datasets: lake.store.datasetNames() })
}

export const healthRoutes: readonly Route[] = [
  { path: '/', versioned: false, methods: ['GET'], handle: health },
  { path: 'health', versioned: false, methods: ['GET'], handle: health },
]
