import type { Catalog } from '../../catalog';
import type { about as en } from '../en/about';

export const about = {
  footer: 'Acerca de Baton',
  hostElectron: 'aplicación de escritorio',
  hostWeb: 'host web',
  hostCli: 'línea de comandos',
  unavailable: 'Información de versión no disponible.',
  loading: 'Cargando la versión…',
  heading: 'Acerca de este Baton',
  version: 'Versión',
  host: 'Host',
  platform: 'Plataforma',
} satisfies Catalog<typeof en>;
