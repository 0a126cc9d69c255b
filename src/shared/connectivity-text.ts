import type { ConnectivityStatus } from './contract/connectivity';
import type { MessageText, Translator } from './i18n';
import { englishTranslator, said } from './message-parts';

// The sentences about connectivity that the window's banner and the tray's tooltip share.

/** "10:42" in the person's own time zone and locale. */
export function clockTime(iso: string, t: Translator = englishTranslator): string {
  return t.formatTime(Date.parse(iso));
}

/** The banner's sentence as a message: "Offline since 10:42 — showing processes from 10:40"; undefined while all is well. */
export function bannerMessage(status: ConnectivityStatus | undefined): MessageText | undefined {
  if (!status) return undefined;
  if (status.state === 'offline') {
    const since = Date.parse(status.since);
    return status.catalogRefreshedAt
      ? said('connectivity.bannerOfflineWithCatalog', { since, catalogAt: Date.parse(status.catalogRefreshedAt) })
      : said('connectivity.bannerOffline', { since });
  }
  if (status.state === 'degraded') return said('connectivity.bannerDegraded', { since: Date.parse(status.since) });
  return undefined;
}

/** The banner's sentence in a language (English by default). */
export function bannerText(status: ConnectivityStatus | undefined, t: Translator = englishTranslator): string | undefined {
  const message = bannerMessage(status);
  return message && t.text(message);
}

/** Why remote runs are paused while offline, or undefined when they are allowed. */
export function remoteBlockText(status: ConnectivityStatus | undefined, t: Translator = englishTranslator): string | undefined {
  if (!status || status.state !== 'offline') return undefined;
  return t.t('connectivity.remoteBlocked', { since: Date.parse(status.since) });
}

/** The status's reason in a language: its message ids where the core sent them, else its English. */
export function reasonText(status: ConnectivityStatus, t: Translator = englishTranslator): string | undefined {
  if (status.reasonText) return status.reasonText.map((part) => t.text(part)).join(t.locale === 'ja' ? '' : ' ');
  return status.reason;
}
