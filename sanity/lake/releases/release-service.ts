// The releases part of a running lake: the schedule table and the scheduler, started with the lake.
import type { LakeStore } from '../store/lake-store.ts'
import { type ReleaseClock, SYSTEM_CLOCK } from './release-clock.ts'
import { ReleaseScheduler } from './release-scheduler.ts'
import { ScheduleRepository } from './schedule-repository.ts'

export interface ReleaseServiceOptions {
  clock: ReleaseClock
  log: (line: string) => void
}

export interface ReleaseService {
  readonly scheduler: ReleaseScheduler
  stop(): void
}

export function startReleases(
  store: LakeStore,
  options: Partial<ReleaseServiceOptions> = {},
): ReleaseService {
  const schedules = ScheduleRepository.open(store.dataDir)
  const scheduler = new ReleaseScheduler(store, schedules, {
    clock: options.clock ?? SYSTEM_CLOCK,
    log: options.log ?? (() => {}),
  })
  scheduler.start()
  return {
    scheduler,
    stop() {
      scheduler.stop()
      schedules.close()
    },
  }
}
