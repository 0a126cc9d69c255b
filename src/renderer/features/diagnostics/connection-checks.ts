import type { CheckId, CheckStatus } from '../../../shared/contract/diagnostics';
import type { Translator } from '../../../shared/i18n';
import { englishTranslator } from '../../../shared/message-parts';

/** The checks that need only an address: what the connection setup screen shows while a person tests a URL. */
export const CONNECTION_CHECK_IDS: readonly CheckId[] = ['url', 'dns', 'tcp', 'tls', 'orchestrator', 'identity', 'clock'];

/** Keeps the address checks of a run (in their order), leaving out sign-in, folder and robot checks. */
export function connectionRows<Row extends { id: string }>(rows: readonly Row[]): Row[] {
  return rows.filter((row) => (CONNECTION_CHECK_IDS as readonly string[]).includes(row.id));
}

/** One sentence for the end of a connection test, from the statuses of the address checks (English without a translator). */
export function connectionVerdict(statuses: readonly CheckStatus[], t: Translator = englishTranslator): string {
  if (statuses.includes('fail')) return t.t('diagnostics.connectionFailed');
  if (statuses.includes('warn')) return t.t('diagnostics.connectionWarned');
  return t.t('diagnostics.connectionPassed');
}
