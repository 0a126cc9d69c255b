import type { Catalog } from '../../catalog';
import type { account as en } from '../en/account';

export const account = {
  checking: 'Comprobando la cuenta…',
  signedIn: 'Sesión iniciada',
  whoOnProfile: '{who} · {profile}',
  signingIn: 'Iniciando sesión…',
  notSignedIn: 'Sin sesión iniciada',
  signedInAs: 'Sesión iniciada como {name}',
  signedOut: 'Sesión cerrada',
  sessionOnly:
    'Su sesión dura hasta que salga de Baton: los secretos se olvidan al salir, así que volverá a iniciar sesión la próxima vez.',
  storeLine:
    '{store, select, keychain {Secretos: en el llavero del sistema operativo} file {Secretos: en un archivo que solo usted (y root) puede leer; esta máquina no tiene llavero del sistema} other {Secretos: en memoria hasta que salga de Baton}}',
  secretStorage: 'Almacenamiento de secretos',
  errorCode: 'Código de error: {code}',
  badge: 'Cuenta',
  unavailable: 'Estado de la cuenta no disponible',
  menu: 'Menú de la cuenta',
  tenantLine: 'Tenant {tenant} · {profile}',
  notSignedInTo: 'Sin sesión iniciada en {profile}',
  signInAgain: 'Volver a iniciar sesión',
  connections: 'Conexiones',
  activePrefix: 'Activa · {state}',
  addConnection: 'Añadir conexión',
  signOut: 'Cerrar sesión',
  signingOut: 'Cerrando sesión…',
} satisfies Catalog<typeof en>;
