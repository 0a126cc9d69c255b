import type { Catalog } from '../../catalog';
import type { about as en } from '../en/about';

export const about = {
  footer: 'Über Baton',
  hostElectron: 'Desktop-App',
  hostWeb: 'Web-Host',
  hostCli: 'Befehlszeile',
  unavailable: 'Versionsangaben nicht verfügbar.',
  loading: 'Version wird geladen…',
  heading: 'Über dieses Baton',
  version: 'Version',
  host: 'Host',
  platform: 'Plattform',
} satisfies Catalog<typeof en>;
