// Structured data in the page. The JSON is escaped by serializeJsonLd, so no text from the CMS (a
// headline containing "</script>", say) can end the script element early.
import { type JsonLdObject, serializeJsonLd } from '../../lib/jsonld.ts'

export function JsonLd({ data }: { data: JsonLdObject | JsonLdObject[] }) {
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the only way to emit JSON-LD; serializeJsonLd escapes <, >, &.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  )
}
