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
  storedInKeychain:
    'Los secretos se guardan cifrados en {keychain, select, darwin {el llavero de macOS} win32 {el Administrador de credenciales de Windows} other {el llavero Secret Service (GNOME Keyring / KWallet)}}.',
  storedInFile:
    'Los secretos se guardan en {path}, legible por este usuario y por root (esta máquina no tiene llavero del sistema operativo).',
  encryptedByOs: 'Los secretos los cifra el sistema operativo y se guardan en {path}.',
  encryptedByOsBackend: 'Los secretos los cifra el sistema operativo ({backend}) y se guardan en {path}.',
  memoryChosen:
    'Los secretos se guardan solo en memoria y se olvidan al salir de Baton, porque usted eligió guardar los secretos solo en memoria.',
  memoryKeychainRequired:
    'Los secretos se guardan solo en memoria y se olvidan al salir de Baton, porque {keychain, select, darwin {el llavero de macOS} win32 {el Administrador de credenciales de Windows} other {el llavero Secret Service (GNOME Keyring / KWallet)}} no se puede usar aquí ({reason}) y la directiva de administración exige el llavero.',
  memoryFromEnvironment:
    'Los secretos se guardan solo en memoria y se olvidan al salir de Baton, porque este comando toma su conexión y sus credenciales del entorno.',
  memoryThisSession: 'Los secretos se guardan en memoria solo durante esta sesión, como usted eligió.',
  memoryNoKeychain:
    'Los secretos se guardan en memoria solo durante esta sesión: este sistema no ofrece a Baton ningún llavero del sistema operativo.',
  memoryNoKeychainPolicy:
    'Los secretos se guardan en memoria solo durante esta sesión: este sistema no ofrece a Baton ningún llavero del sistema operativo, y la directiva de administración no permite un archivo de secretos.',
  installKeyring: 'Instale o desbloquee un llavero (GNOME Keyring, KWallet) y reinicie Baton.',
  memoryForTest: 'Los secretos se guardan en memoria solo durante esta prueba.',
} satisfies Catalog<typeof en>;
