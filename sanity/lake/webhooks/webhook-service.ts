// The lake's webhooks while it runs: the repository, the dispatcher hooked to the store's commits, and
// pending deliveries from before a restart resumed at start.
import type { LakeStore } from '../store/lake-store.ts'
import {
  DEFAULT_DELIVERY_OPTIONS,
  type WebhookDeliveryOptions,
  WebhookDispatcher,
} from './webhook-dispatcher.ts'
import { WebhookRepository } from './webhook-repository.ts'

export interface WebhookService {
  readonly repository: WebhookRepository
  readonly dispatcher: WebhookDispatcher
  stop(): Promise<void>
}

const services = new WeakMap<LakeStore, WebhookService>()

/** The running service of a lake's store (routes reach it through the store they are handed). */
export function webhooksOf(store: LakeStore): WebhookService | undefined {
  return services.get(store)
}

export function startWebhooks(
  store: LakeStore,
  options: Partial<WebhookDeliveryOptions> = {},
): WebhookService {
  const repository = WebhookRepository.open(store.dataDir)
  const dispatcher = new WebhookDispatcher(repository, { ...DEFAULT_DELIVERY_OPTIONS, ...options })
  const unsubscribe = store.onCommit((transaction) => {
    dispatcher.enqueueTransaction(store, transaction).catch((error: unknown) => {
      options.log?.(`lake: could not queue webhooks for ${transaction.id}: ${String(error)}`)
    })
  })
  dispatcher.pump()
  const service: WebhookService = {
    repository,
    dispatcher,
    async stop() {
      unsubscribe()
      await dispatcher.stop()
      services.delete(store)
      repository.close()
    },
  }
  services.set(store, service)
  return service
}
