import type { Catalog } from '../../catalog';
import type { diagnostics as en } from '../en/diagnostics';

export const diagnostics = {
  checkTitle:
    '{check, select, url {URL de Orchestrator} dns {El nombre de host se resuelve (DNS)} tcp {Puerto accesible (TCP)} tls {Certificado de confianza (TLS)} orchestrator {Orchestrator responde} identity {Detección de Identity Server} credentials {Inicio de sesión válido} secrets {Secretos guardados} scopes {Ámbitos concedidos} folders {Carpetas legibles} processes {Procesos visibles} runPermission {Permiso para ejecutar el proceso} robot {Puente del robot} robotProcess {Proceso instalado en el robot} clock {Reloj sincronizado con el servidor} webhook {Webhook accesible} other {{check}}}',

  notChecked: 'No comprobado.',
  becauseCheckFailed: 'falló la comprobación «{check}»',
  becauseCheckSkipped: 'se omitió la comprobación «{check}»',
  couldNotFinish: 'La comprobación no pudo terminar:',
  unexpectedError: 'un error inesperado.',
  runAgainFix: 'Vuelva a ejecutar las comprobaciones; si persiste, adjunte este informe cuando pida ayuda.',
  noSuchProfile: 'No existe ese perfil de conexión.',
  noSuchProfileHint: 'Elija uno de sus perfiles (baton profile list).',

  noProfileYet: 'Todavía no hay ningún perfil de conexión.',
  noProfileYetFix: 'Añada un perfil con la URL de su Orchestrator (Configuración, o baton profile add NOMBRE --url URL).',
  urlKind:
    '{url} es la URL de un Orchestrator {deployment, select, onPrem {local} cloud {de Automation Cloud} other {de Automation Suite}}.',
  urlUnusable: '«{url}» no es una URL de Orchestrator utilizable.',
  urlUnusableFix: 'Escriba la dirección con la que abre Orchestrator en el navegador.',

  dnsResolves: '{host} se resuelve en {addresses}.',
  dnsFails: 'El nombre de host {host} no se resuelve ({code}).',
  dnsFailsFix:
    'Compruebe cómo está escrito {host} en la URL de Orchestrator. Si es un nombre interno, conéctese a la red de la empresa o a la VPN, o pida a TI el nombre DNS que debe usar.',

  tcpOpen: 'El puerto {port} de {host} acepta conexiones.',
  tcpRefused: '{host} rechazó la conexión en el puerto {port}: no hay nada escuchando.',
  tcpRefusedFix:
    'Compruebe el puerto de la URL ({port}); si es correcto, Orchestrator (o su sitio IIS / equilibrador de carga) está detenido: consulte a su administrador.',
  tcpTimeout:
    'Sin respuesta de {host} en el puerto {port} en {seconds} s: probablemente un firewall o un proxy está descartando la conexión.',
  tcpTimeoutFix:
    'Pida a TI que permita las conexiones salientes a {host}:{port}, o conéctese a través de la VPN / el proxy de su organización.',
  tcpUnreachable: 'No se puede llegar a {host} en el puerto {port} ({code}).',
  tcpUnreachableFix: 'Compruebe la conexión de red (Wi-Fi, VPN) y la URL de Orchestrator.',

  tlsNotApplicable: 'No hay TLS que comprobar.',
  tlsPlainHttp: 'la URL usa http sin cifrar en esta máquina',
  tlsTrusted: 'El certificado de {host} es de confianza y coincide con el nombre.',
  tlsSelfSigned: '{host} presenta un certificado autofirmado en el que este equipo no confía.',
  tlsPrivateCa:
    'El certificado de {host} lo emite una entidad de certificación en la que este equipo no confía (una CA interna o privada).',
  tlsUntrustedFix:
    'Los certificados autofirmados y las CA privadas solo funcionan si este equipo confía en ellos; Baton nunca omite la comprobación. Pida al administrador de Orchestrator el certificado de la CA (o que use un certificado de una CA pública).',
  tlsExpired: 'El certificado de {host} ha caducado o aún no es válido.',
  tlsExpiredFix:
    'Pida al administrador de Orchestrator que renueve el certificado del servidor; compruebe también la fecha y la hora de este equipo.',
  tlsWrongName: 'El certificado de {host} es para otro nombre.',
  tlsWrongNameFix:
    'Use en la URL de Orchestrator el nombre de host para el que se emitió el certificado, o pida al administrador un certificado que nombre {host}.',
  tlsFailed: 'Falló el protocolo de enlace TLS con {host} ({code}).',
  tlsFailedFix: 'Compruebe que {host}:{port} sirve https (no http sin cifrar) y que ningún proxy lo intercepta.',
  trustCa:
    '{platform, select, win32 {Instale el certificado de la CA de su organización en «Entidades de certificación raíz de confianza» (certlm.msc, o: certutil -addstore -f Root ca.crt) y reinicie Baton.} darwin {Añada el certificado de la CA de su organización al llavero Sistema y márquelo como de confianza (sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ca.crt) y reinicie Baton.} other {Copie el certificado de la CA de su organización en /usr/local/share/ca-certificates/ (un archivo .crt), ejecute sudo update-ca-certificates y reinicie Baton.}}',
  trustCaNode: 'Para la línea de comandos baton y el host web, defina también NODE_EXTRA_CA_CERTS=/ruta/a/ca.pem.',

  serverUntrusted: '{what} no respondió: su certificado no es de confianza.',
  serverTimedOut: '{what} no respondió a tiempo.',
  serverSilent: '{what} no respondió.',
  serverUntrustedFix: 'Vea la comprobación TLS: este equipo debe confiar en el certificado del servidor.',
  serverSilentFix: 'Compruebe la URL y la red; vea la comprobación TCP.',
  orchestratorKindMismatch: 'Orchestrator {version} responde, pero se identifica como {kind} mientras que la URL parece {deployment}.',
  useOrgTenantUrl: "Use https://host/'{organization}'/'{tenant}' como URL.",
  useBareHostUrl: 'Use solo el host (https://host) como URL de un Orchestrator independiente.',
  orchestratorAnswers: 'Orchestrator {version} responde.',
  orchestratorAnswersKind: 'Orchestrator {version} ({kind}) responde.',
  orchestratorAnswersOld: 'Orchestrator responde (una versión anterior que no la indica).',
  orchestratorHtml: 'Algo responde en esta dirección, pero no es la API de Orchestrator (una página HTML: un proxy u otro sitio).',
  orchestratorNoStatus: 'Los puntos de conexión de estado de Orchestrator no respondieron (HTTP {status}).',
  orchestratorOnPremFix:
    'Compruebe la URL: un Orchestrator independiente es solo el host que abre en el navegador. Si es correcta, pregunte al administrador si Orchestrator está en marcha (GET /api/health).',
  orchestratorCloudFix:
    "Compruebe los nombres de la organización y del tenant en la URL (https://host/'{organization}'/'{tenant}'), tal como aparecen en la barra de direcciones del navegador.",
  identityMissing: 'El documento de detección de Identity Server no está en {url} (HTTP {status}).',
  identityOnPremFix:
    'Un Orchestrator independiente 20.4+ sirve Identity Server en /identity. Orchestrator 19.10 no tiene: use el método de inicio de sesión heredado (nombre de usuario y contraseña).',
  identityCloudFix:
    'Automation Cloud y Automation Suite sirven Identity Server en /identity_ del host: compruebe el nombre de host de la URL.',
  identityOtherHost: 'Identity Server se identifica como {issuer}, no como {expected} según la URL de Orchestrator.',
  identityOtherHostFix:
    'Use el mismo nombre de host que Identity Server ({issuerHost}) en la URL de Orchestrator, o pida al administrador que configure la URL pública de Identity Server como {expected}.',
  identityAnswers: 'Identity Server responde en {url}.',

  noDateHeader: 'El servidor no envió ningún encabezado Date.',
  noServerTime: 'el servidor no indicó su hora',
  clockFar:
    'El reloj de este equipo va {seconds} s {direction, select, ahead {adelantado respecto al} other {atrasado respecto al}} servidor: los inicios de sesión parecen caducados o aún no válidos.',
  clockOff:
    'El reloj de este equipo va {seconds} s {direction, select, ahead {adelantado respecto al} other {atrasado respecto al}} servidor.',
  clockAgrees: 'El reloj de este equipo coincide con el del servidor.',
  clockFix:
    '{platform, select, win32 {Active «Establecer la hora automáticamente» (Configuración → Hora e idioma → Fecha y hora) y pulse «Sincronizar ahora».} darwin {Active «Ajustar fecha y hora automáticamente» (Ajustes del Sistema → General → Fecha y hora).} other {Active la hora de red: sudo timedatectl set-ntp true.}}',

  noProfileToSignIn: 'No hay ningún perfil con el que iniciar sesión.',
  onlyUrlChecked: 'solo se comprobó una URL',
  redirectUnknown: 'Identity Server no conoce el URI de redirección {redirectUri} para el cliente {clientId}.',
  redirectUnknownFix:
    'Registre {redirectUri} exactamente (esquema, puerto, ruta, barra final) como URL de redirección de la aplicación externa, o configure el URI de redirección del perfil con el registrado.',
  clientUnknown: 'Identity Server no conoce el ID de cliente {clientId}.',
  clientUnknownFix:
    'Copie el ID de aplicación de la aplicación externa (Administración → Aplicaciones externas) en el ID de cliente del perfil; compruebe que usa el entorno correcto.',
  notSignedInBecause: 'Sin sesión iniciada:',
  notSignedIn: 'No ha iniciado sesión en {profile}.',
  signInFix: 'Inicie sesión (el botón Iniciar sesión, o {command}).',
  renewRefused: 'La sesión ha caducado e Identity Server se negó a renovarla.',
  signInAgainFix: 'Vuelva a iniciar sesión ({command}).',
  tokenRefused: 'Orchestrator no acepta el inicio de sesión.',
  tokenRefusedFix:
    'El token se emitió para otra organización u otro tenant: compruebe la organización/el tenant en la URL (local: el nombre del tenant) y vuelva a iniciar sesión.',
  signedInAs: 'Sesión iniciada como {name}; Orchestrator acepta el inicio de sesión.',
  signedInAsSomeone: 'Sesión iniciada; Orchestrator acepta el inicio de sesión.',

  noProfileForSecrets: 'No hay ningún perfil cuyos secretos guardar.',
  secretsKeychain: 'Los secretos se guardan en el llavero del sistema operativo.',
  secretsFile:
    'Los secretos se guardan en un archivo que solo este usuario (y root) puede leer: esta máquina no tiene llavero del sistema.',
  secretsMemory: 'Los secretos solo se guardan en memoria: el inicio de sesión se olvida al salir de Baton.',
  secretsMemoryFix:
    'Inicie un llavero (GNOME Keyring, KWallet), o deje que Baton guarde los secretos en un archivo solo para el propietario: --secret-store file o BATON_SECRET_STORE=file.',

  tokenOpaque: 'El token de acceso no indica sus ámbitos.',
  tokenOpaqueBecause: 'el token es opaco (token de acceso personal o inicio de sesión de 19.10)',
  scopesAll: 'El inicio de sesión concede todos los ámbitos que Baton necesita.',
  scopesNotAsked:
    'El perfil no solicita {scopes}: {count, plural, one {añádalo} other {añádalos}} a los ámbitos del perfil y vuelva a iniciar sesión.',
  scopesNotGranted:
    'Pida al administrador que añada {scopes} a los ámbitos {kind, select, application {de aplicación} other {de usuario}} de la aplicación externa (Administración → Aplicaciones externas); luego cierre sesión y vuelva a iniciarla.',
  scopesMissing:
    'Al inicio de sesión le falta {scopes} (necesario para {folders, select, first {listar sus carpetas} other {}}{processes, select, first {listar los procesos} later {, listar los procesos} other {}}{jobs, select, first {iniciar y detener trabajos} later {, iniciar y detener trabajos} other {}}{following, select, first {seguir los trabajos} later {, seguir los trabajos} other {}}).',

  callFailed:
    '{what, select, folders {No se pueden leer sus carpetas:} processes {No se pueden listar los procesos:} other {No se pueden leer los permisos de ejecución:}}',
  requestFailed: 'la solicitud falló.',
  callFailedFix: 'Vuelva a ejecutar las comprobaciones; si sigue fallando, consulte al administrador de Orchestrator.',
  noFolders: 'No está asignado a ninguna carpeta, así que no se puede mostrar ningún proceso.',
  noFoldersFix:
    'Pida a un administrador de Orchestrator que asigne su cuenta (o su grupo) a las carpetas en las que trabaja, con un rol como Automation User.',
  folderMissing: 'La carpeta {folder} no existe o no está asignado a ella.',
  folderMissingFix:
    'Compruebe la ruta de la carpeta (ruta completa, p. ej., Finance/Invoices); pida a un administrador que le asigne a {folder} si debería verla.',
  foldersReadable: 'Puede leer {count, plural, one {# carpeta} other {# carpetas}}.',
  noProcesses: 'No hay ningún proceso visible en sus carpetas.',
  noProcessesFix:
    'Los procesos deben publicarse e implementarse en una carpeta a la que pertenezca, y su rol allí necesita Processes.View: consulte a un administrador de Orchestrator.',
  processesVisible: '{count, plural, one {# proceso visible} other {# procesos visibles}}.',
  processNotInFolder: 'El proceso {process} no está visible en {folder}.',
  processNowhere: 'El proceso {process} no está visible en ninguna de sus carpetas.',
  processElsewhereFix: 'Elija la carpeta en la que está ({folders}), o pida a un administrador que lo implemente en {folder}.',
  processNameFix:
    'Compruebe el nombre del proceso (tal como aparece en Orchestrator → Procesos); pida a un administrador que lo implemente en una carpeta a la que pertenezca.',
  processesVisibleWith: '{count, plural, one {# proceso visible} other {# procesos visibles}}, incluido {process}.',
  processesVisibleWithIn: '{count, plural, one {# proceso visible} other {# procesos visibles}}, incluido {process} en {folder}.',
  noProcessChosen: 'no se eligió ningún proceso (--process NOMBRE --folder RUTA)',
  runPermissionUnknown: 'Esta versión de Orchestrator no puede decir de antemano si puede ejecutarlo.',
  runPermissionUnknownFix: 'Pruebe una ejecución; si se rechaza, solicite Jobs.Create en la carpeta.',
  mayRun: 'Puede ejecutar {process} en {hasFolder, select, yes {{folder}} other {su carpeta}}.',
  mayNotRun:
    'Puede ver {process} pero no ejecutarlo: a su rol en {hasFolder, select, yes {{folder}} other {su carpeta}} le falta Jobs.Create.',
  mayNotRunFix:
    'Pida a un administrador de Orchestrator un rol con Jobs.Create (y Jobs.View) en {hasFolder, select, yes {{folder}} other {su carpeta}}, p. ej., Automation User.',

  noRobotConnection: 'este host no tiene conexión con el robot',
  robotReady: 'Emparejado con el puente del robot de esta máquina; listo para ejecutar.',
  robotReadyExecutor: 'Emparejado con el puente del robot de esta máquina (ejecutor {executor}); listo para ejecutar.',
  robotUnpaired: 'El puente del robot responde, pero Baton no está emparejado con él.',
  robotUnpairedFix:
    'Empareje: abra Robot → Emparejar y escriba el código de 8 dígitos que muestra el puente del robot en esta máquina (o ejecute baton robot pair).',
  robotSilent: 'El puente del robot en {url} no responde.',
  startBridgeFix: 'Inicie el puente del robot (baton-robot) en esta máquina.',
  noBridgeAt:
    'Ningún puente de robot responde en {url}: las ejecuciones locales no están disponibles (las ejecuciones remotas no se ven afectadas).',
  noRobot:
    'No se encontró ningún robot en esta máquina: las ejecuciones locales no están disponibles (las ejecuciones remotas no se ven afectadas).',
  startBridgeLocalFix: 'Inicie el puente del robot (baton-robot) en esta máquina para ejecutar procesos en local.',
  noProcessChosenRobot: 'no se eligió ningún proceso (--process NOMBRE)',
  robotNotReady: 'el puente del robot no está listo',
  robotNoList: 'El robot no listó sus procesos.',
  robotNoListFix: 'Reinicie el puente del robot y vuelva a ejecutar las comprobaciones.',
  notOnRobot: '{process} no está instalado en el robot de esta máquina.',
  notOnRobotFix:
    'Instale el paquete {process} en esta máquina (UiPath Assistant, o la carpeta de procesos del robot), o ejecútelo de forma remota.',
  notInstalledYet: '{process} está disponible para este robot pero aún no está instalado; Baton lo instala en la primera ejecución local.',
  notInstalledYetFix:
    'No hay nada que hacer, salvo que la instalación esté bloqueada en esta máquina: entonces instálelo desde UiPath Assistant.',
  installed: '{process} {version} está instalado en el robot de esta máquina.',

  statusWord: '{status, select, pass {Correcto} fail {Error} warn {Advertencia} other {Omitido}}',
  line: '{title}: {summary}',
  skippedBecause: '(omitido porque {because})',
  fixLine: 'solución: {fix}',
  verdict:
    '{overall, select, fail {Se encontraron problemas} warn {Funciona, con advertencias} other {Todas las comprobaciones son correctas}}: {passed} correctas, {failed} con error, {warnings} advertencias, {skipped} omitidas.',
  reportHeader: 'Diagnóstico de Baton ({finishedAt})',
  reportHeaderFor: 'Diagnóstico de Baton para {target} ({finishedAt})',
  reportProfile: 'perfil {name}',

  heading: 'Comprobaciones de conexión',
  intro:
    'Comprueba la URL de Orchestrator, la red, el certificado, el inicio de sesión, los ámbitos, las carpetas, los procesos y el robot de esta máquina, e indica cómo corregir lo que falla.',
  processLabel: 'Proceso (opcional)',
  processPlaceholder: 'p. ej., Hello World',
  folderLabel: 'Carpeta (opcional)',
  folderPlaceholder: 'p. ej., Finance/Invoices',
  run: 'Ejecutar comprobaciones',
  running: 'Ejecutando comprobaciones…',
  fromError: 'Desde un error: vea «{title}» más abajo.',
  checksLabel: 'Comprobaciones',
  overall:
    '{overall, select, fail {Se encontraron problemas.} warn {Funciona, con advertencias.} other {Todas las comprobaciones son correctas.}}',
  copy: 'Copiar informe',
  copied: 'Copiado (no contiene tokens ni secretos).',
  copyFailed: 'No se pudo copiar: seleccione las comprobaciones de arriba y cópielas.',
  checking: '{title}: comprobando…',
  screenSkippedBecause: ' (omitido porque {because})',
  fix: 'Solución: {fix}',
  evidence: 'Pruebas ({duration} ms)',
  connectionFailed: 'Baton aún no puede llegar a este Orchestrator: vea la solución bajo la comprobación con error.',
  connectionWarned: 'Orchestrator responde, con advertencias.',
  connectionPassed: 'Orchestrator responde en esta dirección. Inicie sesión para comprobar el resto.',
  webhookUnlisted: 'Baton no pudo listar los webhooks de este Orchestrator: las actualizaciones de los trabajos llegan por sondeo.',
  webhookNone:
    'Sin configurar: Baton no tiene webhook en este Orchestrator, así que las actualizaciones de los trabajos llegan por sondeo.',
  webhookNoneBecause: 'no hay una URL pública (BATON_WEBHOOK_URL), o este Baton no está en ejecución',
  webhookOff:
    'Orchestrator desactivó el webhook de Baton hacia {url} tras una entrega fallida: no puede llegar a Baton allí. Las actualizaciones de los trabajos llegan por sondeo.',
  webhookOffFix:
    'Haga que Orchestrator pueda llegar a la URL (DNS público, firewall, un proxy inverso TLS) y reinicie Baton; consulte docs/webhooks.md.',
  webhookPingRefused: 'Orchestrator rechazó hacer ping al webhook de Baton:',
  webhookPingFix: 'El ping necesita OR.Webhooks y el permiso Webhooks.View.',
  webhookPassed: 'Orchestrator tiene el webhook de Baton y aceptó una entrega de prueba.',
  webhookListRefused: 'se rechazó la lista de webhooks',
  evIdentityServer: 'Identity Server: {url}',
  evApiBase: 'Base de la API: {url}',
  evTenant: 'Tenant: {tenant}',
  evGiven: 'Indicada: {url}',
  evLookup: 'resolución de {host} en {ms} ms',
  evLookupFailed: 'resolución de {host} → {code} tras {ms} ms',
  evConnect: 'conexión a {address} en {ms} ms',
  evConnectFailed:
    'conexión a {address} → {outcome, select, refused {rechazada} timeout {tiempo agotado} unreachable {inaccesible} other {error}}{code, select, none {} other { ({code})}} tras {ms} ms',
  evHandshake: 'negociación con {address} ({protocol}) en {ms} ms',
  evCertificate: 'sujeto {subject}, emisor {issuer}, válido hasta {validTo}',
  evHandshakeFailed: 'negociación con {address} → {code} tras {ms} ms: {message}',
  evHandshakeTimedOut: 'negociación con {address} → {code} tras {ms} ms: la negociación TLS no terminó a tiempo.',
  evRequestFailed: '{request} → {problem}',
  evAnswer: '{request} → {status} en {ms} ms',
  evAnswerBody: '{request} → {status} en {ms} ms: {body, select, empty {(cuerpo vacío)} other {{excerpt}}}',
  evBody: 'respuesta: {body, select, empty {(cuerpo vacío)} other {{excerpt}}}',
  evStatus: '{request} → {status, select, failed {error} other {{status}}}',
  evStatusErrorCode: '{request} → {status} (errorCode {code})',
  evIssuer: 'emisor {issuer}',
  evTokenEndpoint: 'punto de conexión de tokens {url}',
  evServerDate: 'encabezado Date del servidor: {date}',
  evLocalDate: 'este equipo: {date}',
  evDifference: 'diferencia {seconds} s (± {margin} s)',
  evRegistrationNotChecked: 'registro del cliente: no se comprueba con este método de inicio de sesión',
  evAuthorizeFailed: 'solicitud de autorización → {problem}',
  evAuthorize: 'solicitud de autorización para el cliente {clientId}, redirección {redirectUri} → {status}',
  evAuthorizeRefused:
    'solicitud de autorización para el cliente {clientId}, redirección {redirectUri} → {status}: {body, select, empty {(cuerpo vacío)} other {{excerpt}}}',
  evProfileState: 'perfil {profile}: {state} ({method})',
  evLastProblem: 'último problema:',
  evRenewFailed: 'renovación del token de acceso → {code}:',
  evRenewFailedPlain: 'renovación del token de acceso → error',
  evTokenValidUntil: 'token de acceso válido hasta {until} (dentro de {minutes} min según el reloj de este equipo)',
  evTokenFor: 'token para {subject} mediante el cliente {clientId}',
  evGranted: 'concedidos: {scopes}',
  evGrantedNone: 'concedidos: (ninguno)',
  evNeeded: 'necesarios:',
  evNeededScope: '{first} o {second}{more, select, yes {;} other {}}',
  evFolders: '{request} → {count, plural, one {# carpeta} other {# carpetas}}',
  evFoldersListed: '{request} → {count, plural, one {# carpeta} other {# carpetas}}: {folders}',
  evReleasesAcross: '{request} (en todas las carpetas) → {count, plural, one {# proceso} other {# procesos}}',
  evReleasesInFolder: '{request} en {folder} → {status, select, failed {error} other {{status}}}',
  evReleasesPerFolder: '{request} por carpeta → {count, plural, one {# proceso} other {# procesos}}',
  evFoundIn: 'encontrado en: {folders}',
  evNoProcessNamed: 'ningún proceso llamado {process}',
  evCrossFolderRefused: 'lista entre carpetas con mandatoryPermissions=Jobs.Create → {status} (errorCode {code})',
  evRunnable:
    '{request} → {count, plural, one {# proceso ejecutable} other {# procesos ejecutables}}; {process} {isAmong, select, yes {está} other {no está}} entre ellos',
  evBridge: '{isOwn, select, yes {puente del robot (Baton inicia el suyo)} other {puente del robot {url}}}: {state}',
  evBridgeError:
    '{isOwn, select, yes {puente del robot (Baton inicia el suyo)} other {puente del robot {url}}}: {state} ({code}: {message})',
  evRobotInfo: 'robot {name} {version} en {machine}, ejecutor {executor}',
  evCallSaid: '{call} →',
  evCallFailed: '{call} → error',
  evRobotLists: 'el robot lista {count, plural, one {# proceso} other {# procesos}}',
  evRobotListsFound:
    'el robot lista {count, plural, one {# proceso} other {# procesos}}; {process} {version} {installed, select, yes {instalado} other {aún sin instalar}}',
  evWebhook: 'Webhook {id} → {url} ({enabled, select, yes {activado} other {desactivado}})',
  evWebhooksNone: '{request} → ninguno de Baton',
  evRobotJsAnswers: 'UiPath RobotJS responde en localhost:{port}.',
  evRobotJsSilent: 'Nada responde como UiPath RobotJS en localhost:{port}.',
  evUiRobotFound: 'UiRobot.exe encontrado en {path}.',
  evUiRobotMissing: 'No hay UiRobot.exe en {paths}.',
  evUiRobotWindowsOnly: 'UiPath Robot (UiRobot.exe) solo se busca en Windows.',
  evCommandFolder: 'Carpeta de procesos de comandos: {path}.',
  evCommandFolderMissing: 'La carpeta de procesos de comandos {path} no existe.',
  evChosenByYou: 'Elegido por usted: {executor}.',
} satisfies Catalog<typeof en>;
