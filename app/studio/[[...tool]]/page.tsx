// /studio: the real Sanity Studio. The page is static; the Studio itself runs in the browser.
import { Studio } from './Studio.tsx'

export const dynamic = 'force-static'

export { metadata, viewport } from 'next-sanity/studio'

export default function StudioPage() {
  return <Studio />
}
