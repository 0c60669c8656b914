// The Studio's desk: stories first, then the film database, then people who write, then settings.
import { CalendarIcon } from '@sanity/icons/Calendar'
import { CogIcon } from '@sanity/icons/Cog'
import type { StructureResolver } from 'sanity/structure'
import { EmbargoesView } from './embargoes/EmbargoesView.tsx'
import { SITE_SETTINGS_ID } from './schemaTypes/documents/siteSettings.ts'

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Marquee')
    .items([
      S.documentTypeListItem('review').title('Reviews'),
      S.documentTypeListItem('article').title('News & features'),
      S.listItem()
        .title('Embargoes')
        .id('embargoes')
        .icon(CalendarIcon)
        .child(S.component(EmbargoesView).id('embargoes').title('Embargoes')),
      S.divider(),
      S.documentTypeListItem('film').title('Films'),
      S.documentTypeListItem('person').title('People'),
      S.documentTypeListItem('franchise').title('Franchises'),
      S.divider(),
      S.documentTypeListItem('author').title('Authors'),
      S.documentTypeListItem('tag').title('Tags'),
      S.documentTypeListItem('section').title('Sections'),
      S.divider(),
      S.listItem()
        .title('Settings')
        .id(SITE_SETTINGS_ID)
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Settings')),
    ])
