import type { Clock, Logger } from '../platform';
import type { ClientPool, JobDto } from '../orchestrator';
import { createWebhookService, type WebhookService } from './webhook-service';
import { startWebhookListener } from './webhook-listener';

/** A session's state, as far as webhooks care: registered per signed-in profile. */
interface SessionLike {
  state: string;
  profileId: string | null;
}

/**
 * The webhook service as the environment configures it (docs/webhooks.md): on at
 * `BATON_WEBHOOK_URL`, registered for each profile as it signs in, with Baton's own HTTPS listener
 * at `BATON_WEBHOOK_LISTEN` (`host:port`, the person's `BATON_WEBHOOK_CERT` and `BATON_WEBHOOK_KEY`)
 * or else the web host's route. A short-lived `baton …` command registers nothing.
 */
export function startWebhooksFromEnvironment(deps: {
  env: Readonly<Record<string, string | undefined>>;
  isShortLived: boolean;
  clients: ClientPool;
  clock: Clock;
  logger: Logger;
  readFile(path: string): Buffer;
  session: { status(): Promise<SessionLike>; onChanged(listener: (status: SessionLike) => void): () => void };
  onJob(profileId: string, job: JobDto): void;
  onPushActive(profileId: string, isActive: boolean): void;
}): { service: WebhookService; dispose(): Promise<void> } {
  const { env, logger } = deps;
  const service = createWebhookService({
    clients: deps.clients,
    clock: deps.clock,
    logger,
    publicUrl: deps.isShortLived ? undefined : env.BATON_WEBHOOK_URL || undefined,
    onJob: deps.onJob,
    onPushActive: deps.onPushActive,
  });
  const register = (status: SessionLike): void => {
    if (status.state !== 'signed-in' || status.profileId === null || service.status(status.profileId).state !== 'not-configured') return;
    void service.register(status.profileId);
  };
  const offSession = deps.session.onChanged(register);
  void deps.session.status().then(register, () => {});

  const listen = deps.isShortLived ? null : /^(.+):(\d+)$/.exec(env.BATON_WEBHOOK_LISTEN ?? '');
  const listening = listen
    ? startWebhookListener({
        receiver: service,
        host: listen[1]!,
        port: Number(listen[2]),
        tls:
          env.BATON_WEBHOOK_CERT && env.BATON_WEBHOOK_KEY
            ? { cert: deps.readFile(env.BATON_WEBHOOK_CERT), key: deps.readFile(env.BATON_WEBHOOK_KEY) }
            : undefined,
        logger,
      })
    : undefined;
  listening?.catch((error: unknown) => logger.error('The webhook listener did not start', { error: String(error) }));

  return {
    service,
    async dispose() {
      offSession();
      await (await listening?.catch(() => undefined))?.close();
      await service.dispose();
    },
  };
}
