import type { Catalog } from '../../catalog';
import type { diagnostics as en } from '../en/diagnostics';

export const diagnostics = {
  checkTitle:
    '{check, select, url {URL d’Orchestrator} dns {Résolution du nom d’hôte (DNS)} tcp {Port joignable (TCP)} tls {Certificat approuvé (TLS)} orchestrator {Orchestrator répond} identity {Découverte d’Identity Server} credentials {Connexion valide} secrets {Conservation des secrets} scopes {Étendues accordées} folders {Dossiers lisibles} processes {Processus visibles} runPermission {Autorisation d’exécuter le processus} robot {Passerelle du robot} robotProcess {Processus installé sur le robot} clock {Horloge synchronisée avec le serveur} webhook {Webhook joignable} other {{check}}}',

  notChecked: 'Non vérifié.',
  becauseCheckFailed: 'la vérification « {check} » a échoué',
  becauseCheckSkipped: 'la vérification « {check} » a été ignorée',
  couldNotFinish: 'La vérification n’a pas pu aboutir :',
  unexpectedError: 'une erreur inattendue.',
  runAgainFix: 'Relancez les vérifications ; si le problème persiste, joignez ce rapport à votre demande d’aide.',
  noSuchProfile: 'Ce profil de connexion n’existe pas.',
  noSuchProfileHint: 'Choisissez l’un de vos profils (baton profile list).',

  noProfileYet: 'Il n’y a encore aucun profil de connexion.',
  noProfileYetFix: 'Ajoutez un profil avec l’URL de votre Orchestrator (Paramètres, ou baton profile add NOM --url URL).',
  urlKind: '{url} est l’URL d’un Orchestrator {deployment, select, onPrem {sur site} cloud {Automation Cloud} other {Automation Suite}}.',
  urlUnusable: '« {url} » n’est pas une URL d’Orchestrator utilisable.',
  urlUnusableFix: 'Saisissez l’adresse à laquelle vous ouvrez Orchestrator dans votre navigateur.',

  dnsResolves: '{host} est résolu en {addresses}.',
  dnsFails: 'Le nom d’hôte {host} ne peut pas être résolu ({code}).',
  dnsFailsFix:
    'Vérifiez l’orthographe de {host} dans l’URL d’Orchestrator. S’il s’agit d’un nom interne, connectez-vous au réseau de l’entreprise ou au VPN, ou demandez au service informatique le nom DNS à utiliser.',

  tcpOpen: 'Le port {port} de {host} accepte les connexions.',
  tcpRefused: '{host} a refusé la connexion sur le port {port} : rien n’y écoute.',
  tcpRefusedFix:
    'Vérifiez le port dans l’URL ({port}) ; s’il est correct, Orchestrator (ou son site IIS / son répartiteur de charge) est arrêté : adressez-vous à son administrateur.',
  tcpTimeout: 'Aucune réponse de {host} sur le port {port} en {seconds} s : un pare-feu ou un proxy bloque probablement la connexion.',
  tcpTimeoutFix:
    'Demandez au service informatique d’autoriser les connexions sortantes vers {host}:{port}, ou connectez-vous via le VPN / proxy de votre organisation.',
  tcpUnreachable: '{host} est injoignable sur le port {port} ({code}).',
  tcpUnreachableFix: 'Vérifiez la connexion réseau (Wi-Fi, VPN) et l’URL d’Orchestrator.',

  tlsNotApplicable: 'Pas de TLS à vérifier.',
  tlsPlainHttp: 'l’URL utilise http simple sur cette machine',
  tlsTrusted: 'Le certificat de {host} est approuvé et correspond au nom.',
  tlsSelfSigned: '{host} présente un certificat auto-signé, que cet ordinateur n’approuve pas.',
  tlsPrivateCa:
    'Le certificat de {host} est émis par une autorité de certification que cet ordinateur n’approuve pas (une AC interne ou privée).',
  tlsUntrustedFix:
    'Les certificats auto-signés et les AC privées ne fonctionnent que si cet ordinateur les approuve ; Baton ne saute jamais la vérification. Demandez le certificat de l’AC à l’administrateur d’Orchestrator (ou un certificat d’une AC publique).',
  tlsExpired: 'Le certificat de {host} a expiré ou n’est pas encore valide.',
  tlsExpiredFix:
    'Demandez à l’administrateur d’Orchestrator de renouveler le certificat du serveur ; vérifiez aussi la date et l’heure de cet ordinateur.',
  tlsWrongName: 'Le certificat de {host} est établi pour un autre nom.',
  tlsWrongNameFix:
    'Utilisez dans l’URL d’Orchestrator le nom d’hôte pour lequel le certificat a été émis, ou demandez à l’administrateur un certificat qui nomme {host}.',
  tlsFailed: 'La négociation TLS avec {host} a échoué ({code}).',
  tlsFailedFix: 'Vérifiez que {host}:{port} sert du https (et non du http simple) et qu’aucun proxy ne l’intercepte.',
  trustCa:
    '{platform, select, win32 {Installez le certificat de l’AC de votre organisation dans « Autorités de certification racines de confiance » (certlm.msc, ou : certutil -addstore -f Root ca.crt), puis redémarrez Baton.} darwin {Ajoutez le certificat de l’AC de votre organisation au trousseau Système et approuvez-le (sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ca.crt), puis redémarrez Baton.} other {Copiez le certificat de l’AC de votre organisation dans /usr/local/share/ca-certificates/ (fichier .crt) et exécutez sudo update-ca-certificates, puis redémarrez Baton.}}',
  trustCaNode: 'Pour la ligne de commande baton et l’hôte web, définissez aussi NODE_EXTRA_CA_CERTS=/chemin/vers/ca.pem.',

  serverUntrusted: '{what} n’a pas répondu : son certificat n’est pas approuvé.',
  serverTimedOut: '{what} n’a pas répondu à temps.',
  serverSilent: '{what} n’a pas répondu.',
  serverUntrustedFix: 'Voir la vérification TLS : cet ordinateur doit approuver le certificat du serveur.',
  serverSilentFix: 'Vérifiez l’URL et le réseau ; voir la vérification TCP.',
  orchestratorKindMismatch: 'Orchestrator {version} répond, mais se dit {kind} alors que l’URL ressemble à {deployment}.',
  useOrgTenantUrl: "Utilisez https://host/'{organization}'/'{tenant}' comme URL.",
  useBareHostUrl: 'Utilisez l’hôte seul (https://host) comme URL d’un Orchestrator autonome.',
  orchestratorAnswers: 'Orchestrator {version} répond.',
  orchestratorAnswersKind: 'Orchestrator {version} ({kind}) répond.',
  orchestratorAnswersOld: 'Orchestrator répond (une version plus ancienne qui ne l’indique pas).',
  orchestratorHtml:
    'Quelque chose répond à cette adresse, mais ce n’est pas l’API d’Orchestrator (une page HTML : un proxy ou un autre site).',
  orchestratorNoStatus: 'Les points de terminaison d’état d’Orchestrator n’ont pas répondu (HTTP {status}).',
  orchestratorOnPremFix:
    'Vérifiez l’URL : un Orchestrator autonome est l’hôte seul que vous ouvrez dans le navigateur. Si elle est correcte, demandez à l’administrateur si Orchestrator fonctionne (GET /api/health).',
  orchestratorCloudFix:
    "Vérifiez les noms de l’organisation et du locataire dans l’URL (https://host/'{organization}'/'{tenant}'), tels qu’ils apparaissent dans la barre d’adresse du navigateur.",
  identityMissing: 'Le document de découverte d’Identity Server n’est pas à {url} (HTTP {status}).',
  identityOnPremFix:
    'Un Orchestrator autonome 20.4+ sert Identity Server sous /identity. Orchestrator 19.10 n’en a pas : utilisez l’ancienne méthode de connexion (nom d’utilisateur et mot de passe).',
  identityCloudFix:
    'Automation Cloud et Automation Suite servent Identity Server sous /identity_ sur l’hôte : vérifiez le nom d’hôte dans l’URL.',
  identityOtherHost: 'Identity Server se présente comme {issuer}, et non {expected} comme dans l’URL d’Orchestrator.',
  identityOtherHostFix:
    'Utilisez le même nom d’hôte qu’Identity Server ({issuerHost}) dans l’URL d’Orchestrator, ou demandez à l’administrateur de régler l’URL publique d’Identity Server sur {expected}.',
  identityAnswers: 'Identity Server répond à {url}.',

  noDateHeader: 'Le serveur n’a envoyé aucun en-tête Date.',
  noServerTime: 'le serveur n’a pas donné son heure',
  clockFar:
    'L’horloge de cet ordinateur {direction, select, ahead {avance} other {retarde}} de {seconds} s sur le serveur : les connexions semblent expirées ou pas encore valides.',
  clockOff: 'L’horloge de cet ordinateur {direction, select, ahead {avance} other {retarde}} de {seconds} s sur le serveur.',
  clockAgrees: 'L’horloge de cet ordinateur concorde avec le serveur.',
  clockFix:
    '{platform, select, win32 {Activez « Régler l’heure automatiquement » (Paramètres → Heure et langue → Date et heure) et cliquez sur « Synchroniser maintenant ».} darwin {Activez « Régler la date et l’heure automatiquement » (Réglages Système → Général → Date et heure).} other {Activez l’heure réseau : sudo timedatectl set-ntp true.}}',

  noProfileToSignIn: 'Aucun profil avec lequel se connecter.',
  onlyUrlChecked: 'seule une URL a été vérifiée',
  redirectUnknown: 'Identity Server ne connaît pas l’URI de redirection {redirectUri} pour le client {clientId}.',
  redirectUnknownFix:
    'Enregistrez {redirectUri} exactement (schéma, port, chemin, barre oblique finale) comme URL de redirection de l’application externe, ou réglez l’URI de redirection du profil sur celle qui est enregistrée.',
  clientUnknown: 'Identity Server ne connaît pas l’ID client {clientId}.',
  clientUnknownFix:
    'Copiez l’ID d’application de l’application externe (Admin → Applications externes) dans l’ID client du profil ; vérifiez que vous utilisez le bon environnement.',
  notSignedInBecause: 'Non connecté :',
  notSignedIn: 'Non connecté à {profile}.',
  signInFix: 'Connectez-vous (le bouton Se connecter, ou {command}).',
  renewRefused: 'La connexion a expiré et Identity Server a refusé de la renouveler.',
  signInAgainFix: 'Reconnectez-vous ({command}).',
  tokenRefused: 'Orchestrator n’accepte pas la connexion.',
  tokenRefusedFix:
    'Le jeton a été émis pour une autre organisation ou un autre locataire : vérifiez l’organisation/le locataire dans l’URL (sur site : le nom du locataire), puis reconnectez-vous.',
  signedInAs: 'Connecté en tant que {name} ; Orchestrator accepte la connexion.',
  signedInAsSomeone: 'Connecté ; Orchestrator accepte la connexion.',

  noProfileForSecrets: 'Aucun profil dont conserver les secrets.',
  secretsKeychain: 'Les secrets sont conservés dans le trousseau du système.',
  secretsFile:
    'Les secrets sont conservés dans un fichier que seul cet utilisateur (et root) peut lire : cette machine n’a pas de trousseau.',
  secretsMemory: 'Les secrets ne sont conservés qu’en mémoire : la connexion est oubliée quand Baton se ferme.',
  secretsMemoryFix:
    'Démarrez un trousseau (GNOME Keyring, KWallet), ou laissez Baton conserver les secrets dans un fichier réservé au propriétaire : --secret-store file ou BATON_SECRET_STORE=file.',

  tokenOpaque: 'Le jeton d’accès n’indique pas ses étendues.',
  tokenOpaqueBecause: 'le jeton est opaque (jeton d’accès personnel ou connexion 19.10)',
  scopesAll: 'La connexion accorde toutes les étendues dont Baton a besoin.',
  scopesNotAsked:
    'Le profil ne demande pas {scopes} : {count, plural, one {ajoutez-la} other {ajoutez-les}} aux étendues du profil, puis reconnectez-vous.',
  scopesNotGranted:
    'Demandez à l’administrateur d’ajouter {scopes} aux étendues {kind, select, application {d’application} other {utilisateur}} de l’application externe (Admin → Applications externes), puis déconnectez-vous et reconnectez-vous.',
  scopesMissing:
    'Il manque {scopes} à la connexion (nécessaire pour {folders, select, first {lister vos dossiers} other {}}{processes, select, first {lister les processus} later {, lister les processus} other {}}{jobs, select, first {démarrer et arrêter des tâches} later {, démarrer et arrêter des tâches} other {}}{following, select, first {suivre les tâches} later {, suivre les tâches} other {}}).',

  callFailed:
    '{what, select, folders {Vos dossiers ne peuvent pas être lus :} processes {Les processus ne peuvent pas être listés :} other {Les autorisations d’exécution ne peuvent pas être lues :}}',
  requestFailed: 'la requête a échoué.',
  callFailedFix: 'Relancez les vérifications ; si l’échec persiste, adressez-vous à l’administrateur d’Orchestrator.',
  noFolders: 'Vous n’êtes affecté à aucun dossier, aucun processus ne peut donc être affiché.',
  noFoldersFix:
    'Demandez à un administrateur d’Orchestrator d’affecter votre compte (ou son groupe) aux dossiers où vous travaillez, avec un rôle tel qu’Automation User.',
  folderMissing: 'Le dossier {folder} n’existe pas ou vous n’y êtes pas affecté.',
  folderMissingFix:
    'Vérifiez le chemin du dossier (chemin complet, p. ex. Finance/Invoices) ; demandez à un administrateur de vous affecter à {folder} si vous devriez le voir.',
  foldersReadable: 'Vous pouvez lire {count, plural, one {# dossier} other {# dossiers}}.',
  noProcesses: 'Aucun processus n’est visible dans vos dossiers.',
  noProcessesFix:
    'Les processus doivent être publiés et déployés dans un dossier dont vous faites partie, et votre rôle y a besoin de Processes.View : adressez-vous à un administrateur d’Orchestrator.',
  processesVisible: '{count, plural, one {# processus visible} other {# processus visibles}}.',
  processNotInFolder: 'Le processus {process} n’est pas visible dans {folder}.',
  processNowhere: 'Le processus {process} n’est visible dans aucun de vos dossiers.',
  processElsewhereFix: 'Choisissez le dossier où il se trouve ({folders}), ou demandez à un administrateur de le déployer dans {folder}.',
  processNameFix:
    'Vérifiez le nom du processus (tel qu’affiché dans Orchestrator → Processus) ; demandez à un administrateur de le déployer dans un dossier dont vous faites partie.',
  processesVisibleWith: '{count, plural, one {# processus visible} other {# processus visibles}}, dont {process}.',
  processesVisibleWithIn: '{count, plural, one {# processus visible} other {# processus visibles}}, dont {process} dans {folder}.',
  noProcessChosen: 'aucun processus n’a été choisi (--process NOM --folder CHEMIN)',
  runPermissionUnknown: 'Cette version d’Orchestrator ne peut pas dire à l’avance si vous pouvez l’exécuter.',
  runPermissionUnknownFix: 'Essayez une exécution ; si elle est refusée, demandez Jobs.Create dans le dossier.',
  mayRun: 'Vous pouvez exécuter {process} dans {hasFolder, select, yes {{folder}} other {son dossier}}.',
  mayNotRun:
    'Vous voyez {process} mais ne pouvez pas l’exécuter : votre rôle dans {hasFolder, select, yes {{folder}} other {son dossier}} n’a pas Jobs.Create.',
  mayNotRunFix:
    'Demandez à un administrateur d’Orchestrator un rôle avec Jobs.Create (et Jobs.View) dans {hasFolder, select, yes {{folder}} other {son dossier}}, p. ex. Automation User.',

  noRobotConnection: 'cet hôte n’a pas de connexion au robot',
  robotReady: 'Associé à la passerelle du robot sur cette machine ; prêt à exécuter.',
  robotReadyExecutor: 'Associé à la passerelle du robot sur cette machine (exécuteur {executor}) ; prêt à exécuter.',
  robotUnpaired: 'La passerelle du robot répond, mais Baton n’y est pas associé.',
  robotUnpairedFix:
    'Associez : ouvrez Robot → Associer et saisissez le code à 8 chiffres que la passerelle du robot affiche sur cette machine (ou exécutez baton robot pair).',
  robotSilent: 'La passerelle du robot à {url} ne répond pas.',
  startBridgeFix: 'Démarrez la passerelle du robot (baton-robot) sur cette machine.',
  noBridgeAt:
    'Aucune passerelle de robot ne répond à {url} : les exécutions locales ne sont pas disponibles (les exécutions à distance ne sont pas concernées).',
  noRobot:
    'Aucun robot trouvé sur cette machine : les exécutions locales ne sont pas disponibles (les exécutions à distance ne sont pas concernées).',
  startBridgeLocalFix: 'Démarrez la passerelle du robot (baton-robot) sur cette machine pour exécuter des processus en local.',
  noProcessChosenRobot: 'aucun processus n’a été choisi (--process NOM)',
  robotNotReady: 'la passerelle du robot n’est pas prête',
  robotNoList: 'Le robot n’a pas listé ses processus.',
  robotNoListFix: 'Redémarrez la passerelle du robot et relancez les vérifications.',
  notOnRobot: '{process} n’est pas installé sur le robot de cette machine.',
  notOnRobotFix:
    'Installez le package {process} sur cette machine (UiPath Assistant, ou le dossier de processus du robot), ou exécutez-le plutôt à distance.',
  notInstalledYet: '{process} est disponible pour ce robot mais pas encore installé ; Baton l’installe à la première exécution locale.',
  notInstalledYetFix: 'Rien à faire, sauf si l’installation est bloquée sur cette machine : installez-le alors depuis UiPath Assistant.',
  installed: '{process} {version} est installé sur le robot de cette machine.',

  statusWord: '{status, select, pass {Réussi} fail {Échec} warn {Avertissement} other {Ignoré}}',
  line: '{title} : {summary}',
  skippedBecause: '(ignoré, car {because})',
  fixLine: 'solution : {fix}',
  verdict:
    '{overall, select, fail {Problèmes détectés} warn {Fonctionne, avec des avertissements} other {Toutes les vérifications ont réussi}} : {passed} réussies, {failed} en échec, {warnings} avertissements, {skipped} ignorées.',
  reportHeader: 'Diagnostic Baton ({finishedAt})',
  reportHeaderFor: 'Diagnostic Baton pour {target} ({finishedAt})',
  reportProfile: 'profil {name}',

  heading: 'Vérifications de la connexion',
  intro:
    'Vérifie l’URL d’Orchestrator, le réseau, le certificat, la connexion, les étendues, les dossiers, les processus et le robot de cette machine, et indique comment corriger ce qui échoue.',
  processLabel: 'Processus (facultatif)',
  processPlaceholder: 'p. ex. Hello World',
  folderLabel: 'Dossier (facultatif)',
  folderPlaceholder: 'p. ex. Finance/Invoices',
  run: 'Lancer les vérifications',
  running: 'Vérifications en cours…',
  fromError: 'Depuis une erreur : voir « {title} » ci-dessous.',
  checksLabel: 'Vérifications',
  overall:
    '{overall, select, fail {Problèmes détectés.} warn {Fonctionne, avec des avertissements.} other {Toutes les vérifications ont réussi.}}',
  copy: 'Copier le rapport',
  copied: 'Copié (il ne contient ni jeton ni secret).',
  copyFailed: 'Copie impossible : sélectionnez les vérifications ci-dessus et copiez-les.',
  checking: '{title} : vérification…',
  screenSkippedBecause: ' (ignoré, car {because})',
  fix: 'Solution : {fix}',
  evidence: 'Éléments ({duration} ms)',
  connectionFailed: 'Baton ne joint pas encore cet Orchestrator : voir la solution sous la vérification en échec.',
  connectionWarned: 'Orchestrator répond, avec des avertissements.',
  connectionPassed: 'Orchestrator répond à cette adresse. Connectez-vous pour vérifier le reste.',
  webhookUnlisted: 'Baton n’a pas pu lister les webhooks de cet Orchestrator : les mises à jour des tâches arrivent par interrogation.',
  webhookNone:
    'Non configuré : Baton n’a pas de webhook sur cet Orchestrator, les mises à jour des tâches arrivent donc par interrogation.',
  webhookNoneBecause: 'aucune URL publique n’est définie (BATON_WEBHOOK_URL), ou ce Baton ne tourne pas',
  webhookOff:
    'Orchestrator a désactivé le webhook de Baton vers {url} après l’échec d’une livraison : il ne peut pas joindre Baton à cette adresse. Les mises à jour des tâches arrivent par interrogation.',
  webhookOffFix:
    'Rendez l’URL joignable depuis Orchestrator (DNS public, pare-feu, proxy inverse TLS), puis redémarrez Baton ; voir docs/webhooks.md.',
  webhookPingRefused: 'Orchestrator a refusé de pinger le webhook de Baton :',
  webhookPingFix: 'Le ping nécessite OR.Webhooks et l’autorisation Webhooks.View.',
  webhookPassed: 'Orchestrator a le webhook de Baton et a accepté une livraison de test.',
  webhookListRefused: 'la liste des webhooks a été refusée',
  evIdentityServer: 'Identity Server : {url}',
  evApiBase: 'Base de l’API : {url}',
  evTenant: 'Locataire : {tenant}',
  evGiven: 'Indiquée : {url}',
  evLookup: 'résolution de {host} en {ms} ms',
  evLookupFailed: 'résolution de {host} → {code} après {ms} ms',
  evConnect: 'connexion à {address} en {ms} ms',
  evConnectFailed:
    'connexion à {address} → {outcome, select, refused {refusée} timeout {délai dépassé} unreachable {injoignable} other {erreur}}{code, select, none {} other { ({code})}} après {ms} ms',
  evHandshake: 'négociation avec {address} ({protocol}) en {ms} ms',
  evCertificate: 'sujet {subject}, émetteur {issuer}, valable jusqu’au {validTo}',
  evHandshakeFailed: 'négociation avec {address} → {code} après {ms} ms : {message}',
  evHandshakeTimedOut: 'négociation avec {address} → {code} après {ms} ms : la négociation TLS ne s’est pas terminée à temps.',
  evRequestFailed: '{request} → {problem}',
  evAnswer: '{request} → {status} en {ms} ms',
  evAnswerBody: '{request} → {status} en {ms} ms : {body, select, empty {(corps vide)} other {{excerpt}}}',
  evBody: 'réponse : {body, select, empty {(corps vide)} other {{excerpt}}}',
  evStatus: '{request} → {status, select, failed {échec} other {{status}}}',
  evStatusErrorCode: '{request} → {status} (errorCode {code})',
  evIssuer: 'émetteur {issuer}',
  evTokenEndpoint: 'point de terminaison des jetons {url}',
  evServerDate: 'en-tête Date du serveur : {date}',
  evLocalDate: 'cet ordinateur : {date}',
  evDifference: 'écart {seconds} s (± {margin} s)',
  evRegistrationNotChecked: 'enregistrement du client : non vérifié pour cette méthode de connexion',
  evAuthorizeFailed: 'requête d’autorisation → {problem}',
  evAuthorize: 'requête d’autorisation pour le client {clientId}, redirection {redirectUri} → {status}',
  evAuthorizeRefused:
    'requête d’autorisation pour le client {clientId}, redirection {redirectUri} → {status} : {body, select, empty {(corps vide)} other {{excerpt}}}',
  evProfileState: 'profil {profile} : {state} ({method})',
  evLastProblem: 'dernier problème :',
  evRenewFailed: 'renouvellement du jeton d’accès → {code} :',
  evRenewFailedPlain: 'renouvellement du jeton d’accès → échec',
  evTokenValidUntil: 'jeton d’accès valable jusqu’au {until} (encore {minutes} min selon l’horloge de cet ordinateur)',
  evTokenFor: 'jeton pour {subject} via le client {clientId}',
  evGranted: 'accordées : {scopes}',
  evGrantedNone: 'accordées : (aucune)',
  evNeeded: 'nécessaires :',
  evNeededScope: '{first} ou {second}{more, select, yes {;} other {}}',
  evFolders: '{request} → {count, plural, one {# dossier} other {# dossiers}}',
  evFoldersListed: '{request} → {count, plural, one {# dossier} other {# dossiers}} : {folders}',
  evReleasesAcross: '{request} (tous dossiers) → {count} processus',
  evReleasesInFolder: '{request} dans {folder} → {status, select, failed {échec} other {{status}}}',
  evReleasesPerFolder: '{request} par dossier → {count} processus',
  evFoundIn: 'trouvé dans : {folders}',
  evNoProcessNamed: 'aucun processus nommé {process}',
  evCrossFolderRefused: 'liste tous dossiers avec mandatoryPermissions=Jobs.Create → {status} (errorCode {code})',
  evRunnable:
    '{request} → {count, plural, one {# processus exécutable} other {# processus exécutables}} ; {process} {isAmong, select, yes {en fait partie} other {n’en fait pas partie}}',
  evBridge: '{isOwn, select, yes {passerelle du robot (Baton lance la sienne)} other {passerelle du robot {url}}} : {state}',
  evBridgeError:
    '{isOwn, select, yes {passerelle du robot (Baton lance la sienne)} other {passerelle du robot {url}}} : {state} ({code} : {message})',
  evRobotInfo: 'robot {name} {version} sur {machine}, exécuteur {executor}',
  evCallSaid: '{call} →',
  evCallFailed: '{call} → échec',
  evRobotLists: 'le robot liste {count} processus',
  evRobotListsFound:
    'le robot liste {count} processus ; {process} {version} {installed, select, yes {installé} other {pas encore installé}}',
  evWebhook: 'Webhook {id} → {url} ({enabled, select, yes {activé} other {désactivé}})',
  evWebhooksNone: '{request} → aucun de Baton',
  evRobotJsAnswers: 'UiPath RobotJS répond sur localhost:{port}.',
  evRobotJsSilent: 'Rien ne répond comme UiPath RobotJS sur localhost:{port}.',
  evUiRobotFound: 'UiRobot.exe trouvé dans {path}.',
  evUiRobotMissing: 'Aucun UiRobot.exe dans {paths}.',
  evUiRobotWindowsOnly: 'UiPath Robot (UiRobot.exe) n’est recherché que sous Windows.',
  evCommandFolder: 'Dossier des processus de commande : {path}.',
  evCommandFolderMissing: 'Le dossier des processus de commande {path} n’existe pas.',
  evChosenByYou: 'Choisi par vous : {executor}.',
} satisfies Catalog<typeof en>;
