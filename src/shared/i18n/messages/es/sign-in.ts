import type { Catalog } from '../../catalog';
import type { signIn as en } from '../en/sign-in';

export const signIn = {
  waiting: 'Esperando el inicio de sesión…',
  profileAndUrl: '{profile} - {url}',
  checkingCredentials: 'Comprobando las credenciales con Orchestrator…',
  preparingPage: 'Preparando la página de inicio de sesión…',
  inBrowser: 'Inicie sesión en la página de Identity Server en su navegador; Baton continúa por sí solo. ¿No se abrió el navegador?',
  openPage: 'Abrir la página de inicio de sesión',
  newTab: 'Se abre en una pestaña nueva. Inicie sesión allí; esta página continúa sola y la pestaña indica cuándo puede cerrarse.',
  cancel: 'Cancelar',
  signedOutOf: 'Sesión cerrada en {profile}',
  signInToSee: 'Inicie sesión para ver sus procesos.',
  signInAgain: 'Volver a iniciar sesión',
  editConnection: 'Editar conexión',
  addConnection: 'Añadir conexión',
  connectionTest: 'Prueba de conexión',
  testing: 'Probando…',
  test: 'Probar conexión',
  testingUrl: 'Probando {url}',
  testedUrl: '{url} probada',
  testedUrlChanged: '{url} probada (la URL ha cambiado desde entonces: vuelva a probar)',
  testResults: 'Resultados de la prueba de conexión',
} satisfies Catalog<typeof en>;
