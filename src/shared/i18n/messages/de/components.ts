import type { Catalog } from '../../catalog';
import type { components as en } from '../en/components';

export const components = {
  comingSoon: 'Demnächst',
  noToken: 'Diese Seite ist nicht mit Baton verbunden: Sie wurde ohne ihr Start-Token geöffnet.',
  noTokenHint: 'Öffnen Sie die vollständige Adresse, die {command} ausgegeben hat, einschließlich des Teils {part}.',
  reconnecting: 'Verbindung zu Baton verloren – neuer Versuch…',
  connecting: 'Verbindung zu Baton wird hergestellt…',
  retrying: 'Baton ist noch nicht erreichbar – neuer Versuch…',
  stillRunning: 'Prüfen Sie, ob {command} noch läuft. Versuch {attempt, number}.',
  errorCode: 'Fehlercode: {code}',
  tryAgain: 'Erneut versuchen',
  dismiss: 'Ausblenden',
  dismissError: 'Fehler ausblenden',
  checkLink: 'Prüfen: {title}',
  connectionLostHint: 'Baton verbindet sich selbst neu. Wenn das nicht aufhört, prüfen Sie, ob {command} noch läuft.',
  connectionLostBecause: 'Verbindung zu Baton verloren: {reason}.',
  unreadableAnswer: 'Baton hat eine Antwort gesendet, die diese Seite nicht versteht.',
  unreadableAnswerHint: 'Laden Sie die Seite neu. Wenn es wieder passiert, haben Seite und Kern vielleicht verschiedene Versionen.',
  noAnswer: 'Baton hat nicht rechtzeitig geantwortet.',
  pageClosed: 'Diese Seite hat ihre Verbindung zu Baton geschlossen.',
  stillReconnecting: 'Verbindung zu Baton verloren – neuer Versuch läuft noch.',
  openedWithoutToken: 'Diese Seite wurde ohne ihr Start-Token geöffnet.',
} satisfies Catalog<typeof en>;
