import { said, verbatim } from '../../shared/message-parts';
import { errorWords } from './check-words';
import { isBatonError } from '../../shared/errors';
import { findBatonWebhooks, pingWebhook } from '../webhooks';
import { answered } from './http-probe';
import type { CheckDefinition, CheckText } from './types';

const LIST = 'GET /odata/Webhooks';

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
        because: isBatonError(error) ? errorWords(error) : said('diagnostics.webhookListRefused'),
        evidence: [answered(LIST, undefined)],
        isNotApplicable: true,
      };
    }
    const evidence: CheckText[] = hooks.map((h) =>
      said('diagnostics.evWebhook', { id: String(h.Id), url: h.Url.replace(/\/[^/]+$/, '/…'), enabled: h.Enabled ? 'yes' : 'no' }),
    );
    if (hooks.length === 0)
      return {
        status: 'skipped',
        summary: said('diagnostics.webhookNone'),
        because: said('diagnostics.webhookNoneBecause'),
        evidence: [said('diagnostics.evWebhooksNone', { request: LIST })],
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
    const ping = `POST /odata/Webhooks(${hooks[0]!.Id})/…Ping`;
    try {
      await pingWebhook(ctx.client!, hooks[0]!.Id);
    } catch (error) {
      return {
        status: 'fail',
        // Orchestrator's refusal in its own words (or the error's ids), after the sentence that introduces it.
        summary: [said('diagnostics.webhookPingRefused'), ...(isBatonError(error) ? errorWords(error) : [verbatim(String(error))])],
        evidence: [...evidence, answered(ping, undefined)],
        fix: said('diagnostics.webhookPingFix'),
      };
    }
    return {
      status: 'pass',
      summary: said('diagnostics.webhookPassed'),
      evidence: [...evidence, answered(ping, 202)],
    };
  },
};
