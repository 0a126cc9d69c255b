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
} satisfies Catalog<typeof en>;
