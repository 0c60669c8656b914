// Structured data in a <script type="application/ld+json">, escaped by lib/jsonld.ts so no value can
// close the script early.
import { type JsonLdObject, serializeJsonLd } from '#lib/jsonld.ts'

export function JsonLd({ data }: { data: JsonLdObject | JsonLdObject[] }) {
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: serializeJsonLd escapes <, >, & and line separators.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  )
}
