import type { Catalog } from '../../catalog';
import type { notifications as en } from '../en/notifications';

export const notifications = {
  runFinished: '{name} {state, select, successful {ha terminado} faulted {ha fallado} stopped {se ha detenido} other {ha finalizado}}',
  runSuccessful: 'Correcto.',
  runStopped: 'Detenido.',
  runFaultedNoReason: 'La ejecución falló sin indicar el motivo.',
  caughtUpTitle:
    '{count, plural, one {Una ejecución terminó mientras estaba sin conexión} other {# ejecuciones terminaron mientras estaba sin conexión}}',
  caughtUpLine: '{name}: {state, select, successful {correcto} faulted {con errores} stopped {detenido} other {{state}}}',
  signInExpiredTitle: 'La sesión ha caducado',
  signInExpiredBody:
    'Vuelva a iniciar sesión en {hasProfile, select, yes {{profile}} other {Orchestrator}} para seguir ejecutando procesos.',
  pairingTitle: 'El robot solicita emparejarse',
  pairingBody: 'Escriba el código que muestra el robot para ejecutar procesos en esta máquina.',
  reminderTitle: '{isMissed, select, yes {Perdido: es hora de ejecutar {name}} other {Es hora de ejecutar {name}}}',
  reminderMissedNote: 'Llegó mientras Baton estaba cerrado.',
  reminderAsk: 'Inícielo ahora, pospóngalo 10 minutos o descártelo.',
  reminderOtherProfile:
    'Es del perfil {hasProfile, select, yes {{profile}} other {(eliminado)}}, que no es el activo: cambie a él en Baton para iniciarlo.',
  action: '{action, select, start {Iniciar} snooze {Posponer 10 min} other {Descartar}}',
  noSuchButton: 'Esa notificación ya no tiene ese botón.',
  noSuchButtonHint: 'Abra Baton: el recordatorio espera allí con Iniciar, Posponer 10 min y Descartar.',
  region: 'Notificaciones',
  dismiss: 'Descartar: {title}',
  linkRefusedTitle: 'Enlace de Baton rechazado',
  stillRunningTitle: 'Baton sigue en ejecución',
  stillRunningBody: 'Baton sigue ejecutándose en la bandeja del sistema. Ciérrelo desde el menú de la bandeja.',
} satisfies Catalog<typeof en>;
