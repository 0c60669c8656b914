// The site-wide settings every page needs (chrome, metadata), read once per render.
import { cache } from 'react'
import { getEnv } from './env.ts'
import { type SiteMeta, siteMeta } from './metadata.ts'
import { loadQuery } from './queries/load.ts'
import { type SiteSettings, siteSettingsQuery } from './queries/settings.ts'

export const getSiteSettings = cache((): Promise<SiteSettings> => loadQuery(siteSettingsQuery))

export const getSiteMeta = cache(async (): Promise<SiteMeta> => {
  const { settings } = await getSiteSettings()
  return siteMeta(getEnv().siteUrl, settings)
})

/** For error pages only: settings if the lake answers, otherwise an empty frame rather than a second error. */
export async function getSiteSettingsOrEmpty(): Promise<SiteSettings> {
  try {
    return await getSiteSettings()
  } catch {
    return { settings: null, sections: [] }
  }
}
