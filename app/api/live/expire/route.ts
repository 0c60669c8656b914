// Expires the cache tags a live event named (lib/live/expire-handler.ts); `<SanityLive />` then refreshes.
import { createExpireHandler } from '#lib/live/expire-handler.ts'
import { revalidateCacheTag } from '#lib/revalidation/tag-revalidator.ts'

export const POST = createExpireHandler({ revalidate: revalidateCacheTag })
