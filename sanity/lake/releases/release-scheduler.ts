// The lake publishes scheduled releases by itself. Schedules live in SQLite (schedule-repository.ts),
// mirrored from the release documents on every commit and reconciled at start, so a lake that was down
// at a release's time publishes it as soon as it is back (and the release records how late it was).
// One timer, for the soonest schedule, re-armed after every change; the clock is a seam for tests.
import { isLakeDocument, type LakeStore } from '../store/lake-store.ts'
import type { TransactionInput } from '../store/transaction-record.ts'
import { executeActionsWithReleases, RELEASES_AUTHOR } from './execute-release-actions.ts'
import type { ReleaseClock } from './release-clock.ts'
import { readRelease } from './release-document.ts'
import { RELEASE_DOCUMENT_TYPE, releaseDocumentId, releaseNameOfDocumentId } from './release-names.ts'
import type { ScheduleRepository, ScheduleRow } from './schedule-repository.ts'

/**
 * The longest single wait: setTimeout overflows past 2^31-1 ms (24.8 days), and a machine that sleeps
 * makes one long wait late; waking at least hourly to look again costs nothing.
 */
const MAX_WAIT_MS = 60 * 60 * 1000

export interface ReleaseSchedulerOptions {
  clock: ReleaseClock
  log: (line: string) => void
}

export class ReleaseScheduler {
  readonly #store: LakeStore
  readonly #schedules: ScheduleRepository
  readonly #options: ReleaseSchedulerOptions
  #cancelTimer: (() => void) | undefined
  #unsubscribe: (() => void) | undefined
  #stopped = false

  constructor(store: LakeStore, schedules: ScheduleRepository, options: ReleaseSchedulerOptions) {
    this.#store = store
    this.#schedules = schedules
    this.#options = options
  }

  start(): void {
    this.#reconcile()
    this.#unsubscribe = this.#store.onCommit((transaction) => this.#onCommit(transaction))
    this.#arm()
  }

  stop(): void {
    this.#stopped = true
    this.#unsubscribe?.()
    this.#cancelTimer?.()
    this.#cancelTimer = undefined
  }

  /** Soonest first: what goes live when. */
  upcoming(): ScheduleRow[] {
    return this.#schedules.all()
  }

  /** Rows from the release documents: a crash between a commit and its row, or a restored data dir, heals here. */
  #reconcile(): void {
    const wanted = new Map<string, { dataset: string; releaseName: string; publishAt: string }>()
    for (const dataset of this.#store.datasetNames()) {
      for (const document of this.#store.index(dataset)?.all() ?? []) {
        if (document._type !== RELEASE_DOCUMENT_TYPE) continue
        const schedule = scheduleOf(dataset, document._id, document)
        if (schedule) wanted.set(`${dataset}\n${schedule.releaseName}`, schedule)
      }
    }
    for (const row of this.#schedules.all()) {
      if (!wanted.has(`${row.dataset}\n${row.releaseName}`))
        this.#schedules.remove(row.dataset, row.releaseName)
    }
    for (const schedule of wanted.values()) this.#schedules.put(schedule)
  }

  #onCommit(transaction: TransactionInput): void {
    let changed = false
    for (const change of transaction.changes) {
      const name = releaseNameOfDocumentId(change.id)
      if (name === undefined) continue
      changed = true
      const schedule = scheduleOf(transaction.dataset, change.id, change.after)
      if (schedule) this.#schedules.put(schedule)
      else this.#schedules.remove(transaction.dataset, name)
    }
    if (changed) this.#arm()
  }

  #arm(): void {
    this.#cancelTimer?.()
    this.#cancelTimer = undefined
    if (this.#stopped) return
    const [soonest] = this.#schedules.all()
    if (!soonest) return
    const wait = Math.min(Math.max(0, soonest.publishAtMs - this.#options.clock.now()), MAX_WAIT_MS)
    this.#cancelTimer = this.#options.clock.setTimer(() => this.#fire(), wait)
  }

  #fire(): void {
    this.#cancelTimer = undefined
    if (this.#stopped) return
    const now = this.#options.clock.now()
    // Never early: only rows whose instant has come (a timer that fires a millisecond early re-arms).
    for (const row of this.#schedules.all()) {
      if (row.publishAtMs > now) break
      this.#publish(row, now)
    }
    this.#arm()
  }

  #publish(row: ScheduleRow, now: number): void {
    const lateBy = now - row.publishAtMs
    try {
      const outcome = executeActionsWithReleases(
        this.#store,
        row.dataset,
        [{ actionType: 'sanity.action.release.publish', releaseId: row.releaseName }],
        {
          author: RELEASES_AUTHOR,
          mayPublish: true,
          timestamp: new Date(now).toISOString(),
          scheduledRun: { dueAt: row.publishAt },
        },
      )
      this.#options.log(
        `lake: published release "${row.releaseName}" (${row.dataset}) due ${row.publishAt}` +
          `${lateBy >= 1000 ? `, ${Math.round(lateBy / 1000)} s late` : ''} in ${outcome.transactionId}`,
      )
    } catch (error) {
      // A conflict is recorded on the release (which goes back to active); anything else is logged.
      this.#options.log(
        `lake: scheduled release "${row.releaseName}" (${row.dataset}) did not publish: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    // Whatever happened, this schedule has had its turn (a commit usually removed it already); a release
    // still scheduled for this instant failed for another reason, and is tried again at the next start.
    const release = readRelease(this.#store.getDocument(row.dataset, releaseDocumentId(row.releaseName)))
    if (release?.state === 'scheduled' && release.publishAt === row.publishAt) {
      this.#schedules.remove(row.dataset, row.releaseName)
    }
  }
}

function scheduleOf(
  dataset: string,
  id: string,
  document: unknown,
): { dataset: string; releaseName: string; publishAt: string } | undefined {
  const releaseName = releaseNameOfDocumentId(id)
  const release = readRelease(isLakeDocument(document) ? document : undefined)
  if (releaseName === undefined || release?.state !== 'scheduled' || release.publishAt === undefined)
    return undefined
  if (Number.isNaN(Date.parse(release.publishAt))) return undefined
  return { dataset, releaseName, publishAt: release.publishAt }
}
