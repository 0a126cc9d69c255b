import { verbatim } from '../../shared/message-parts';
import { isBatonError } from '../../shared/errors';
import { findBatonWebhooks, pingWebhook } from '../webhooks';
import type { CheckDefinition } from './types';

/**
 * "Webhook reachable" (docs/webhooks.md): Baton's webhook on the profile's Orchestrator. None:
 * not configured (polling). One Orchestrator turned off: its circuit breaker opened after a
 * delivery failed, so it cannot reach Baton. An enabled one is pinged. The check cannot see the
 * ping arrive (the running Baton's receiver does); the English is shown as written until the
 * diagnostics catalog has ids for it.
 */
export const webhookCheck: CheckDefinition = {
  id: 'webhook',
  dependsOn: ['credentials'],
  async run(ctx) {
    let hooks;
    try {
      hooks = await findBatonWebhooks(ctx.client!);
    } catch (error) {
      return {
        status: 'skipped',
        summary: verbatim('Baton could not list this Orchestrator’s webhooks: job updates come by polling.'),
        because: verbatim(isBatonError(error) ? error.message : 'the webhook list was refused'),
        evidence: ['GET /odata/Webhooks → failed'],
        isNotApplicable: true,
      };
    }
    const evidence = hooks.map((h) => `Webhook ${h.Id} → ${h.Url.replace(/\/[^/]+$/, '/…')} (${h.Enabled ? 'enabled' : 'disabled'})`);
    if (hooks.length === 0)
      return {
        status: 'skipped',
        summary: verbatim('Not configured: Baton has no webhook on this Orchestrator, so job updates come by polling.'),
        because: verbatim('no public URL is set (BATON_WEBHOOK_URL), or this Baton is not running'),
        evidence: ['GET /odata/Webhooks → none of Baton’s'],
        isNotApplicable: true,
      };
    const off = hooks.find((h) => !h.Enabled);
    if (off)
      return {
        status: 'fail',
        summary: verbatim(
          `Orchestrator turned Baton’s webhook to ${off.Url.replace(/\/[^/]+$/, '/…')} off after a delivery failed: it cannot reach Baton there. Job updates come by polling.`,
        ),
        evidence,
        fix: verbatim(
          'Make the URL reachable from Orchestrator (public DNS, firewall, a TLS reverse proxy), then restart Baton; see docs/webhooks.md.',
        ),
      };
    try {
      await pingWebhook(ctx.client!, hooks[0]!.Id);
    } catch (error) {
      return {
        status: 'fail',
        summary: verbatim(`Orchestrator refused to ping Baton’s webhook: ${isBatonError(error) ? error.message : String(error)}`),
        evidence: [...evidence, `POST /odata/Webhooks(${hooks[0]!.Id})/…Ping → failed`],
        fix: verbatim('The ping needs OR.Webhooks and the Webhooks.View permission.'),
      };
    }
    return {
      status: 'pass',
      summary: verbatim('Orchestrator has Baton’s webhook and accepted a test delivery to it.'),
      evidence: [...evidence, `POST /odata/Webhooks(${hooks[0]!.Id})/…Ping → 202`],
    };
  },
};
