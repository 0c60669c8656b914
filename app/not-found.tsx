// 404 for URLs no route matches: the root layout has no site chrome (the Studio shares it), so add it here.

import { NotFoundContent } from '#components/layout/NotFoundContent.tsx'
import { SiteFrame } from '#components/layout/SiteFrame.tsx'
import { getSiteSettingsOrEmpty } from '#lib/site-settings.ts'

export const metadata = { title: 'Page not found' }

export default async function NotFound() {
  const data = await getSiteSettingsOrEmpty()
  return (
    <SiteFrame data={data}>
      <NotFoundContent sections={data.sections} />
    </SiteFrame>
  )
}
