// The releases a draft-mode request previews, for the draft bar: a release `r1` is the system document
// `_.releases.r1`, its title in `metadata.title` (the Studio's release tool names releases that way).
import { z } from 'zod'

export const RELEASE_DOCUMENT_PREFIX = '_.releases.'

export const releaseTitlesQuery = {
  name: 'releaseTitles',
  query: /* groq */ `*[_id in $ids]{_id, "title": metadata.title}`,
  schema: z.array(z.object({ _id: z.string(), title: z.string().nullish() })),
}
