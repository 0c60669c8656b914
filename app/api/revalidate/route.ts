// The revalidation webhook (see lib/revalidation/revalidate-handler.ts and the README's cache-tag table).
import { createRevalidateHandler } from '#lib/revalidation/revalidate-handler.ts'
import { revalidateCacheTag } from '#lib/revalidation/tag-revalidator.ts'

export const POST = createRevalidateHandler({
  secret: () => process.env.SANITY_REVALIDATE_SECRET,
  revalidate: revalidateCacheTag,
  now: () => Date.now(),
  log: (line) => console.error(line),
})
