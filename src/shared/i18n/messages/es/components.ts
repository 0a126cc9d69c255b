import type { Catalog } from '../../catalog';
import type { components as en } from '../en/components';

export const components = {
  comingSoon: 'Próximamente',
  noToken: 'Esta página no está conectada a Baton: se abrió sin su token de inicio.',
  noTokenHint: 'Abra la dirección completa que mostró {command}, incluida su parte {part}.',
  reconnecting: 'Se perdió la conexión con Baton; reconectando…',
  connecting: 'Conectando con Baton…',
  retrying: 'Baton aún no responde; reintentando…',
  stillRunning: 'Compruebe que {command} sigue en marcha. Intento {attempt, number}.',
  errorCode: 'Código de error: {code}',
  tryAgain: 'Reintentar',
  dismiss: 'Descartar',
  dismissError: 'Descartar el error',
  checkLink: 'Comprobar: {title}',
} satisfies Catalog<typeof en>;
