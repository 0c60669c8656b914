// The desk's "Embargoes" view: what goes live when, soonest first, in the editor's own time zone. Releases
// are not documents a desk list can show, so this reads them (and their versions) itself and re-reads them
// whenever a release or a version changes.
import { Badge, Box, Card, Flex, Spinner, Stack, Text } from '@sanity/ui'
import { useEffect, useState } from 'react'
import { useClient } from 'sanity'
import { IntentLink } from 'sanity/router'
import {
  dateProblem,
  EMBARGOES_LISTEN_QUERY,
  EMBARGOES_QUERY,
  type Embargo,
  type EmbargoDocument,
  embargoesSchema,
  publishedIdOfVersion,
} from './embargo-query.ts'
import { formatInZone, viewerTimeZone } from './time-zone.ts'

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; embargoes: Embargo[] }

/** Several changes in one transaction (a release publish) are read once. */
const REFETCH_DELAY_MS = 300

function useEmbargoes(): Load {
  const client = useClient({ apiVersion: '2025-02-19' })
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  useEffect(() => {
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const read = () => {
      client
        .fetch(EMBARGOES_QUERY, {}, { perspective: 'raw', tag: 'embargoes' })
        .then((result: unknown) => {
          if (cancelled) return
          const parsed = embargoesSchema.safeParse(result)
          setLoad(
            parsed.success
              ? { status: 'ready', embargoes: parsed.data }
              : { status: 'error', message: parsed.error.message },
          )
        })
        .catch((error: unknown) => {
          if (!cancelled) setLoad({ status: 'error', message: String(error) })
        })
    }
    read()
    const subscription = client
      .listen(EMBARGOES_LISTEN_QUERY, {}, { includeResult: false, visibility: 'query', tag: 'embargoes' })
      .subscribe(() => {
        clearTimeout(timer)
        timer = setTimeout(read, REFETCH_DELAY_MS)
      })
    return () => {
      cancelled = true
      clearTimeout(timer)
      subscription.unsubscribe()
    }
  }, [client])
  return load
}

export function EmbargoesView() {
  const load = useEmbargoes()
  const zone = viewerTimeZone()
  if (load.status === 'loading') {
    return (
      <Flex align="center" justify="center" padding={5}>
        <Spinner muted />
      </Flex>
    )
  }
  if (load.status === 'error') {
    return (
      <Card padding={4} tone="critical">
        <Text>Could not read the releases: {load.message}</Text>
      </Card>
    )
  }
  return (
    <Box padding={4} data-testid="embargoes-view">
      <Stack gap={4}>
        <Text size={1} muted>
          What goes live when, soonest first. Times in {zone}.
        </Text>
        {load.embargoes.length === 0 ? (
          <Text muted>No release is scheduled.</Text>
        ) : (
          load.embargoes.map((embargo) => <EmbargoCard key={embargo.name} embargo={embargo} zone={zone} />)
        )}
      </Stack>
    </Box>
  )
}

function EmbargoCard({ embargo, zone }: { embargo: Embargo; zone: string }) {
  const scheduled = embargo.state === 'scheduled'
  return (
    <Card padding={3} radius={2} border tone={scheduled ? 'caution' : 'default'} data-testid="embargo">
      <Stack gap={3}>
        <Flex gap={2} align="center" wrap="wrap">
          <Text weight="semibold">
            <IntentLink intent="release" params={{ id: embargo.name }}>
              {embargo.title || embargo.name}
            </IntentLink>
          </Text>
          <Badge tone={scheduled ? 'caution' : 'default'}>
            {scheduled ? 'Scheduled' : 'Planned, not scheduled'}
          </Badge>
        </Flex>
        <Text size={1} data-testid="embargo-time">
          {scheduled ? 'Goes live' : 'Intended for'} {formatInZone(embargo.publishAt, zone)}
        </Text>
        {embargo.documents.length === 0 ? (
          <Text size={1} muted>
            No documents yet.
          </Text>
        ) : (
          <Stack gap={2} as="ul" style={{ margin: 0, paddingLeft: '1.2em' }}>
            {embargo.documents.map((document) => (
              <EmbargoDocumentLine key={document._id} document={document} embargo={embargo} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  )
}

function EmbargoDocumentLine({ document, embargo }: { document: EmbargoDocument; embargo: Embargo }) {
  const problem = dateProblem(document, embargo.publishAt)
  return (
    <li>
      <Text size={1}>
        <IntentLink
          intent="edit"
          params={{ id: publishedIdOfVersion(document._id), type: document._type }}
          searchParams={[['perspective', embargo.name]]}
        >
          {document.title || publishedIdOfVersion(document._id)}
        </IntentLink>{' '}
        <span style={{ opacity: 0.7 }}>
          ({document.unpublishes ? `unpublishes ${document._type}` : document._type})
        </span>
        {problem === 'missing' ? <em> no publish date: the site will not list it</em> : null}
        {problem === 'differs' ? <em> publish date is not the embargo time</em> : null}
      </Text>
    </li>
  )
}
