import { said, verbatim } from '../../shared/message-parts';
import { isBatonError } from '../../shared/errors';
import { findBatonWebhooks, pingWebhook } from '../webhooks';
import type { CheckDefinition } from './types';

/**
 * "Webhook reachable" (docs/webhooks.md): Baton's webhook on the profile's Orchestrator. None:
 * not configured (polling). One Orchestrator turned off: its circuit breaker opened after a
 * delivery failed, so it cannot reach Baton. An enabled one is pinged. The check cannot see the
 * ping arrive (the running Baton's receiver does).
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
        summary: said('diagnostics.webhookUnlisted'),
        because: verbatim(isBatonError(error) ? error.message : 'the webhook list was refused'),
        evidence: ['GET /odata/Webhooks → failed'],
        isNotApplicable: true,
      };
    }
    const evidence = hooks.map((h) => `Webhook ${h.Id} → ${h.Url.replace(/\/[^/]+$/, '/…')} (${h.Enabled ? 'enabled' : 'disabled'})`);
    if (hooks.length === 0)
      return {
        status: 'skipped',
        summary: said('diagnostics.webhookNone'),
        because: said('diagnostics.webhookNoneBecause'),
        evidence: ['GET /odata/Webhooks → none of Baton’s'],
        isNotApplicable: true,
      };
    const off = hooks.find((h) => !h.Enabled);
    if (off)
      return {
        status: 'fail',
        summary: said('diagnostics.webhookOff', { url: off.Url.replace(/\/[^/]+$/, '/…') }),
        evidence,
        fix: said('diagnostics.webhookOffFix'),
      };
    try {
      await pingWebhook(ctx.client!, hooks[0]!.Id);
    } catch (error) {
      return {
        status: 'fail',
        summary: said('diagnostics.webhookPingRefused', { reason: isBatonError(error) ? error.message : String(error) }),
        evidence: [...evidence, `POST /odata/Webhooks(${hooks[0]!.Id})/…Ping → failed`],
        fix: said('diagnostics.webhookPingFix'),
      };
    }
    return {
      status: 'pass',
      summary: said('diagnostics.webhookPassed'),
      evidence: [...evidence, `POST /odata/Webhooks(${hooks[0]!.Id})/…Ping → 202`],
    };
  },
};
