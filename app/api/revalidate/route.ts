// The revalidation webhook (see lib/revalidation/revalidate-handler.ts and the README's cache-tag table).
import { after } from 'next/server'
import { edgePurger } from '#lib/edge-cache/edge-purger.ts'
import { createRevalidateHandler } from '#lib/revalidation/revalidate-handler.ts'
import { revalidateCacheTag } from '#lib/revalidation/tag-revalidator.ts'

export const POST = createRevalidateHandler({
  secret: () => process.env.SANITY_REVALIDATE_SECRET,
  revalidate: revalidateCacheTag,
  // After the response: Next applies revalidateTag once the handler has returned, and a purge before that
  // would let the edge refetch the old page from Next's cache and keep it.
  purgeEdge: edgePurger(process.env.VARNISH_PURGE_URL, (task) => after(task), console.error),
  now: () => Date.now(),
  log: (line) => console.error(line),
})
