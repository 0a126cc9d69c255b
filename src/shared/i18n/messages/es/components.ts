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
  connectionLostHint: 'Baton se vuelve a conectar por sí solo. Si esto no termina, compruebe que {command} sigue en marcha.',
  connectionLostBecause: 'Se perdió la conexión con Baton: {reason}.',
  unreadableAnswer: 'Baton envió una respuesta que esta página no entiende.',
  unreadableAnswerHint: 'Vuelva a cargar la página. Si sigue ocurriendo, puede que la página y el núcleo sean de versiones distintas.',
  noAnswer: 'Baton no respondió a tiempo.',
  pageClosed: 'Esta página cerró su conexión con Baton.',
  stillReconnecting: 'Se perdió la conexión con Baton; sigue reconectando.',
  openedWithoutToken: 'Esta página se abrió sin su token de inicio.',
} satisfies Catalog<typeof en>;
