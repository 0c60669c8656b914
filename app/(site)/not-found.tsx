// 404 inside the reader site (a story, section, film... that does not exist): the site layout is around it.
import { NotFoundContent } from '#components/layout/NotFoundContent.tsx'
import { getSiteSettingsOrEmpty } from '#lib/site-settings.ts'

export default async function SiteNotFound() {
  const { sections } = await getSiteSettingsOrEmpty()
  return <NotFoundContent sections={sections} />
}
