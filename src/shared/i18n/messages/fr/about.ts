import type { Catalog } from '../../catalog';
import type { about as en } from '../en/about';

export const about = {
  footer: 'À propos de Baton',
  hostElectron: 'application de bureau',
  hostWeb: 'hôte web',
  hostCli: 'ligne de commande',
  unavailable: 'Informations de version indisponibles.',
  loading: 'Chargement de la version…',
  heading: 'À propos de ce Baton',
  version: 'Version',
  host: 'Hôte',
  platform: 'Plateforme',
} satisfies Catalog<typeof en>;
