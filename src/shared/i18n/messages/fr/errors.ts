import type { Catalog } from '../../catalog';
import type { errors as en } from '../en/errors';

export const errors = {
  verbatim: '{text}',
  internal: 'Une erreur s’est produite dans Baton.',
  internalHint: 'Réessayez. Si cela se reproduit, lancez le diagnostic et joignez son rapport à votre demande d’aide.',
  startBridgeHint:
    'Démarrez la passerelle du robot sur cette machine (`baton-robot`), ou laissez Baton démarrer la sienne, puis réessayez.',
  bridgeUnreachable: 'La passerelle locale du robot est injoignable.',
  notPaired: 'Baton n’est pas encore associé au robot local.',
  notPairedHint: 'Associez le robot : saisissez le code à 8 chiffres affiché par la passerelle du robot sur cette machine.',
  bridgeRefused: 'La passerelle du robot a refusé la requête.',
  pairingRevoked: 'La passerelle du robot n’accepte plus l’association de Baton.',
  pairingRevokedHint: 'Associez à nouveau le robot : saisissez le code affiché par la passerelle du robot sur cette machine.',
  codeExpired: 'Le code d’association a expiré.',
  codeExpiredHint: 'Demandez un nouveau code (reconnectez-vous au robot) et saisissez-le dans les 2 minutes.',
  codeRejected: 'Le robot n’a pas accepté ce code d’association.',
  tooManyCodes: 'Trop de codes erronés ; reconnectez-vous au robot pour obtenir un nouveau code.',
  checkCode: 'Vérifiez le code affiché par la passerelle du robot sur cette machine ({attempts} essais restants).',
  checkCodeFew: 'Vérifiez le code affiché par la passerelle du robot sur cette machine (quelques essais restants).',
  waitForCode: 'Attendez {seconds} secondes, puis reconnectez-vous au robot pour obtenir un nouveau code.',
  refreshRobotProcesses: 'Actualisez la liste des processus du robot ; le processus a peut-être été supprimé.',
  robotForgotJob: 'Le robot ne connaît plus cette tâche (il a peut-être redémarré).',
  installFirst: 'Installez d’abord le processus sur le robot, puis exécutez-le.',
  correctInputs: 'Corrigez les arguments d’entrée signalés.',
  jobEnded: 'La tâche est déjà terminée ; actualisez pour voir son état final.',
  robotBusy: 'Le robot est occupé par une autre tâche.',
  robotBusyHint: 'Attendez la fin de la tâche en cours, ou arrêtez-la, puis démarrez celle-ci.',
  robotCannot: 'Ce robot ne sait pas faire cela ; arrêtez plutôt la tâche, ou utilisez un robot qui le peut.',
  executorFailed: 'Consultez la console de la passerelle du robot sur cette machine pour en connaître la cause.',
  bridgeUnknownRequest: 'La passerelle du robot ne connaît pas cette requête.',
  updateBridge: 'Mettez à jour la passerelle du robot vers la même version que Baton.',
  bridgeFailed: 'La passerelle du robot n’a pas pu traiter la requête.',
  bridgeFailedHint: 'Réessayez. Si cela se reproduit, redémarrez la passerelle du robot et consultez sa console.',
  certificateUntrusted: 'Le certificat de {host} n’est pas approuvé par cette machine.',
  certificateUntrustedHint:
    'Les serveurs d’entreprise utilisent souvent un certificat émis par une autorité interne ou auto-signée. Installez le certificat de cette autorité (AC) dans le magasin de confiance du système (votre service informatique peut vous le fournir) et redémarrez Baton. Baton ne désactive jamais la vérification des certificats.',
  cannotReach: 'Baton ne peut pas joindre {host}.',
  cannotReachHint: 'Vérifiez l’URL, votre connexion réseau ou VPN et que le serveur fonctionne, puis réessayez.',
  scopesRefused: 'Identity Server a refusé les étendues demandées ; l’une d’elles n’est pas accordée à l’application externe.',
  scopesAsked: 'Baton a demandé : {scopes}.',
  identitySaid: 'Identity Server a répondu : « {description} ».',
  scopesRefusedAppHint:
    'Accordez ces étendues d’application à l’application confidentielle, ou réglez les étendues du profil sur OR.Default pour utiliser les rôles attribués à l’application.',
  scopesRefusedUserHint:
    'Accordez ces étendues utilisateur à l’application externe, ou réglez les étendues du profil sur « openid profile offline_access OR.Default » pour utiliser vos rôles Orchestrator.',
  declined: 'La connexion a été refusée dans le navigateur.',
  declinedHint: 'Reconnectez-vous et autorisez l’accès de Baton quand Identity Server le demande.',
  unauthorizedClient: 'L’application externe « {clientId} » ne peut pas se connecter de cette façon.',
  useConfidentialApp: 'Utilisez une application externe confidentielle avec des étendues d’application pour les identifiants client.',
  useNonConfidentialApp: 'Utilisez une application externe non confidentielle avec des étendues utilisateur pour la connexion interactive.',
  grantRefused: 'Identity Server n’accepte plus cette connexion.',
  signInAgain: 'Reconnectez-vous.',
  requestRefused: 'Identity Server a refusé la demande de connexion.',
  requestRefusedHint: 'Vérifiez l’ID client, les étendues et l’URI de redirection du profil par rapport à l’application externe.',
  signInFailedCode: 'Échec de la connexion : {code}.',
  checkAppSettings: 'Vérifiez les paramètres de l’application externe, puis reconnectez-vous.',
  answerMismatch:
    'La réponse d’Identity Server ne correspond pas à cette connexion (échec de la vérification de state, nonce ou jeton d’ID).',
  answerMismatchHint:
    'Fermez les autres onglets de connexion et reconnectez-vous depuis Baton. Si cela se reproduit, vérifiez l’horloge du serveur et l’URL d’Identity Server.',
  answerExpired: 'La réponse de connexion semble expirée ou pas encore valide : l’horloge de cet ordinateur est peut-être fausse.',
  answerExpiredHint: 'Réglez automatiquement la date, l’heure et le fuseau horaire de cet ordinateur, puis reconnectez-vous.',
  signInFailed: 'Échec de la connexion.',
  signInFailedHint: 'Réessayez ; si l’échec persiste, lancez le diagnostic.',
  invalidClient: 'Identity Server n’accepte pas l’ID client « {clientId} ».',
  invalidClientHint:
    'Copiez l’ID d’application de l’application externe depuis Admin → Applications externes dans le profil (et son secret, pour une application confidentielle).',
  redirectRefused: 'Identity Server n’accepte pas l’URI de redirection {redirectUri} pour l’application « {clientId} ».',
  redirectRefusedHint:
    'Enregistrez {redirectUri} comme URL de redirection de l’application externe (exactement : schéma, port, chemin et barre oblique finale comptent), ou réglez l’URI de redirection du profil sur une URI enregistrée.',
  signedOut: 'Vous êtes déconnecté de {profile}.',
  signedOutHint: 'Reconnectez-vous (baton login --profile "{profile}").',
  orchSaid: 'Orchestrator a répondu : {message}',
  orchAnswered: 'Orchestrator a répondu HTTP {status}.',
  orchGone: 'Orchestrator ne l’a plus.',
  orchGoneHint: 'Il a été supprimé dans Orchestrator ; actualisez la liste des processus.',
  orchNoFolder: 'Le dossier{hasFolder, select, yes { {folder}} other {}} n’existe pas ou vous n’y avez pas accès.',
  orchNoFolderHint:
    'Actualisez la liste des processus (les dossiers peuvent être renumérotés) ; demandez à un administrateur si vous devriez y avoir accès.',
  orchNeedsFolder: 'Orchestrator a besoin d’un dossier pour cela.',
  orchNeedsFolderHint: 'Choisissez le processus depuis un dossier de la liste des processus et réessayez.',
  orchQueryRefused: 'Cette version d’Orchestrator a refusé la requête de Baton.',
  orchQueryRefusedHint: 'Lancez le diagnostic et signalez la version d’Orchestrator ; actualiser de nouveau n’y changera rien.',
  orchNotItself: 'Autre chose qu’Orchestrator a répondu « introuvable » (HTTP 404, pas le JSON d’Orchestrator).',
  orchNotItselfHint:
    'Vérifiez l’URL d’Orchestrator du profil et tout proxy entre vous et Orchestrator ; Baton continue de suivre vos exécutions en attendant.',
  orchUnknownField: 'Cette version d’Orchestrator ne connaît pas un champ envoyé par Baton.',
  orchUnknownFieldHint:
    'Rien n’a été créé. Lancez le diagnostic et signalez la version d’Orchestrator ; Baton adapte ses requêtes à chaque version.',
  orchScope: 'La connexion n’accorde pas l’accès nécessaire.',
  orchScopeHint:
    'Demandez à votre administrateur d’accorder à l’application externe de Baton les étendues qu’il demande (ou d’utiliser OR.Default), puis reconnectez-vous.',
  orchScopeOrHint:
    'Demandez à votre administrateur d’accorder à l’application externe de Baton les étendues OR.* qu’il demande, puis reconnectez-vous.',
  orchSignInRefused: 'Orchestrator n’accepte plus votre connexion.',
  orchLacks: 'Il manque {permission} à votre compte{hasFolder, select, yes { dans le dossier {folder}} other {}}.',
  orchLacksHint:
    'Demandez à un administrateur d’Orchestrator un rôle avec {permission}{hasFolder, select, yes { dans le dossier {folder}} other {}}.',
  orchMayNot: 'Votre compte ne peut pas faire cela{hasFolder, select, yes { dans le dossier {folder}} other {}}.',
  orchMayNotHint: 'Demandez à un administrateur d’Orchestrator un rôle qui le permet.',
  orchNotFound: 'Introuvable.',
  orchNotFoundHint: 'Actualisez la liste des processus et réessayez.',
  orchConflict: 'Orchestrator a refusé en raison d’un conflit.',
  orchConflictHint: 'Actualisez et réessayez.',
  orchRateLimited: 'Orchestrator limite la fréquence des requêtes de Baton.',
  orchWaitMinute: 'Attendez une minute et réessayez.',
  orchWaitSeconds: 'Attendez {seconds} secondes et réessayez.',
  orchRefused: 'Orchestrator a refusé la requête.',
  orchRefusedHint: 'Vérifiez les valeurs saisies et réessayez.',
  orchDown: 'Orchestrator n’a pas pu répondre (HTTP {status}).',
  orchDownHint: 'Réessayez dans un instant ; si cela persiste, vérifiez l’état d’Orchestrator avec votre administrateur.',
  orchUntrusted: 'Le certificat de {host} n’est pas approuvé par cet ordinateur.',
  orchUntrustedHint:
    'Installez l’AC émettrice du certificat dans le magasin de confiance du système ; Baton ne désactive jamais les vérifications TLS.',
  orchTimedOut: 'Orchestrator à {host} n’a pas répondu à temps.',
  orchUnreachable: 'Impossible de joindre Orchestrator à {host}.',
  orchUnreachableHint: 'Vérifiez la connexion réseau et l’URL d’Orchestrator de ce profil, puis réessayez.',
  allowInAssistant: 'Autorisez Baton dans UiPath Assistant ; l’Assistant affiche le code {code}.',
  managedRestarting: 'La passerelle du robot de Baton s’est arrêtée ; Baton la redémarre.',
  managedStarting: 'Baton démarre sa passerelle du robot.',
  typeCode: 'Saisissez le code à 8 chiffres affiché par la passerelle du robot sur cette machine.',
  noBridgeAt: 'Aucune passerelle de robot ne répond à {url}.',
  bridgeSilent: 'La passerelle du robot à {url} ne répond pas.',
  urlNotUrl: 'L’URL d’Orchestrator « {raw} » n’est pas une URL.',
  urlNotUrlHint:
    'Saisissez l’adresse complète avec https://, p. ex. https://orchestrator.example.com ou https://cloud.uipath.com/myorg/DefaultTenant.',
  urlScheme: 'L’URL d’Orchestrator doit commencer par https://, pas par {protocol}.',
  urlSchemeHint:
    'Saisissez l’adresse que vous ouvrez dans votre navigateur, p. ex. https://orchestrator.example.com ou https://cloud.uipath.com/myorg/DefaultTenant.',
  urlPlainHttp: 'Baton se connecte à {host} uniquement en https ; le http simple n’est autorisé que sur cette machine.',
  urlPlainHttpHint:
    'Utilisez {httpsUrl}. Si son certificat est auto-signé, installez votre AC sur cette machine plutôt que d’utiliser http.',
  urlCredentials: 'L’URL d’Orchestrator ne doit contenir ni nom d’utilisateur ni mot de passe.',
  urlCredentialsHint: 'Supprimez la partie « user:password@ » ; Baton demande les identifiants à la connexion.',
  urlNeedsOrgTenant: "Une URL {deployment} nomme l’organisation et le locataire : https://host/'{org}'/'{tenant}'.",
  urlNeedsOrgTenantHint:
    'Ajoutez l’organisation et le locataire à l’URL, p. ex. https://orchestrator.example.com ou https://cloud.uipath.com/myorg/DefaultTenant.',
  urlCloudNeedsOrgTenant: 'Une URL Automation Cloud nomme l’organisation et le locataire.',
  urlCloudNeedsOrgTenantHint:
    'Copiez l’adresse depuis votre navigateur après avoir ouvert Orchestrator, p. ex. https://cloud.uipath.com/myorg/DefaultTenant.',
  urlOnPremPath: 'L’URL d’un Orchestrator sur site est l’hôte seul, sans chemin.',
  urlOnPremPathHint: 'Utilisez {origin} et indiquez le locataire à part.',
  urlUnknownKind: 'Baton ne sait pas de quel type d’Orchestrator est {url}.',
  urlUnknownKindHint:
    "Utilisez l’hôte seul pour un Orchestrator sur site, ou https://host/'{organization}'/'{tenant}' pour Automation Cloud et Automation Suite, p. ex. https://orchestrator.example.com ou https://cloud.uipath.com/myorg/DefaultTenant.",
  redirectNotUrl: 'L’URI de redirection « {raw} » n’est pas une URL.',
  redirectNotUrlHint:
    'Utilisez la valeur par défaut http://127.0.0.1:8765/callback, sauf si votre application externe en enregistre une autre.',
  redirectLoopback:
    'L’URI de redirection {raw} doit être une adresse http sur cette machine avec un port, comme http://127.0.0.1:8765/callback.',
  redirectLoopbackHint:
    'Baton écoute sur ce port la réponse de connexion ; enregistrez la même adresse comme URL de redirection de l’application externe.',
  runLocalUnavailable: 'Les exécutions locales ne sont pas disponibles : aucun robot n’est connecté à Baton.',
  runLocalUnavailableHint:
    'Démarrez le pont robot de Baton sur cet ordinateur et associez-le sous Robot, ou exécutez le processus à distance.',
  // A local run's job error (src/main/runs/targets/local.ts): the robot's own words, then what to do.
  localJobLostHint: 'Relancez le processus.',
  localJobFailedHint: 'Consultez le journal de l’exécution pour voir ce que le processus a signalé.',
  // A remote run's job (src/main/runs/job-to-run.ts, remote-follow.ts)
  remoteJobFaulted: 'La tâche a échoué.',
  remoteJobFaultedHint: 'Consultez les journaux de la tâche dans Orchestrator pour voir où elle a échoué.',
  remoteJobGone: 'Orchestrator ne connaît plus cette tâche.',
  runEnded: '{name} est déjà terminé.',
  runEndedHint: 'Actualisez pour voir comment l’exécution s’est terminée.',
  runUnknown: 'Il n’y a pas d’exécution {runId}.',
  runUnknownHint: 'Listez les exécutions pour voir leurs identifiants.',
  runSignInToAct:
    'Connectez-vous au profil qui a lancé cette exécution pour {verb, select, stop {l’arrêter} resume {la reprendre} other {la voir}}.',
  signInFirst: 'Connectez-vous d’abord.',
  signInFirstHint: 'Ajoutez un profil de connexion et connectez-vous.',
  jobCannotPause: 'Orchestrator ne peut pas mettre en pause une tâche en cours.',
  jobCannotPauseHint: 'Arrêtez-la plutôt ; seules les exécutions sur le robot de cet ordinateur peuvent être mises en pause.',
  jobNotSuspended:
    '{name} est {state, select, pending {en attente} running {en cours} stopping {en cours d’arrêt} successful {réussi} faulted {en échec} stopped {arrêté} other {{state}}}, pas suspendu : il n’y a rien à reprendre.',
  jobNotSuspendedHint:
    'Seule une tâche suspendue (en attente d’une tâche, d’un élément de file d’attente ou d’un minuteur) peut être reprise.',
  jobKeyUnknown: 'Baton ne connaît pas encore la clé de cette tâche.',
  waitAndRetry: 'Patientez un instant et réessayez.',
  robotNoProcess: 'Le robot de cet ordinateur n’a pas de processus « {key} ».',
  robotNoProcessHint: 'Consultez `baton robot processes` pour voir les processus que propose ce robot.',
  // Sign-in's listener, grants and methods (src/main/auth)
  signInTimedOut: 'La connexion a expiré après {minutes, plural, one {# minute} other {# minutes}} sans réponse du navigateur.',
  signInTimedOutHint:
    'Reconnectez-vous. Si aucun onglet ne s’est ouvert, ouvrez le lien de connexion que Baton affiche ; si vous avez fermé l’onglet, recommencez.',
  signInCancelled: 'La connexion a été annulée.',
  signInCancelledHint: 'Reconnectez-vous quand vous serez prêt.',
  callbackPortInUse:
    'Le port {port} de cet ordinateur est occupé à l’adresse {address} : Baton ne peut donc pas recevoir la réponse de connexion à {redirectUri}.',
  callbackPortInUseHint:
    'Fermez le programme qui utilise le port {port} (ou une autre connexion Baton), ou enregistrez une autre URL de redirection, par exemple {otherRedirectUri}, dans l’application externe et indiquez-la dans le profil.',
  callbackListenFailed: 'Baton n’a pas pu commencer à attendre la réponse de connexion.',
  tryAgain: 'Réessayez.',
  checkUrlAndNetwork: 'Vérifiez l’URL et votre réseau.',
  legacyNoEndpoint: '{url} n’a pas de /api/Account/Authenticate.',
  legacyNoEndpointHint:
    'Cet Orchestrator utilise Identity Server : choisissez la connexion interactive (ou les identifiants client) au lieu de la connexion par nom d’utilisateur et mot de passe de 19.10.',
  legacyRefused: 'Orchestrator a refusé la connexion{hasReason, select, yes { : {reason}} other {}}.',
  legacyRefusedHint:
    'Vérifiez le locataire, le nom d’utilisateur et le mot de passe (les mêmes que sur la page de connexion d’Orchestrator).',
  patRefused: 'Orchestrator a refusé le jeton d’accès personnel.',
  patRefusedHint:
    'Vérifiez que vous avez copié le jeton en entier, qu’il n’a pas expiré et qu’il a été créé dans cette organisation ; ou créez-en un nouveau.',
  identityUnreachable: 'Baton ne peut pas joindre Identity Server.',
  identityUnreachableHint: 'Vérifiez votre réseau et réessayez.',
  requestRefusedStatus: 'Identity Server a refusé la demande de connexion (HTTP {status}).',
  requestRefusedStatusHint:
    'Comparez l’ID client, les étendues et l’URI de redirection du profil avec l’application externe dans Identity Server.',
  noIdentityServer: 'Aucun Identity Server n’a répondu à {url}.',
  noIdentityServerHint:
    'Vérifiez l’URL d’Orchestrator et son type de déploiement : sur site, Identity se trouve à https://host/identity ; pour Automation Cloud et Suite, à https://host/identity_.',
  notSignedInTo: 'Vous n’êtes pas connecté à {profile}.',
  signedOutDuringRenewal: 'Vous vous êtes déconnecté de {profile}.',
  renewalRefused: 'Déconnecté de {profile} : la connexion n’a pas pu être renouvelée.',
  signedOutSignInAgain: 'Déconnecté de {hasProfile, select, yes {{profile}} other {ce profil}} : reconnectez-vous.',
  noProfileYet: 'Il n’y a pas encore de profil de connexion.',
  noProfileYetHint: 'Ajoutez-en un d’abord : saisissez l’URL de votre Orchestrator (baton profile add NAME --url URL).',
  patMissing: 'Saisissez le jeton d’accès personnel.',
  patMissingHint:
    'Créez-en un dans Automation Cloud sous votre profil → Personal Access Token, puis collez-le (baton login --pat le lit sur l’entrée standard ou dans BATON_PAT).',
  legacyMissing: 'La connexion à Orchestrator 19.10 demande un nom d’utilisateur et un mot de passe.',
  legacyMissingHint: 'Indiquez les deux (baton login --username NAME lit le mot de passe sur l’entrée standard ou dans BATON_PASSWORD).',
  clientSecretMissing: 'Les identifiants client demandent le secret client de l’application externe.',
  clientSecretMissingHint: 'Indiquez le secret (baton login --client-id ID --client-secret-stdin, ou BATON_CLIENT_SECRET).',
  // The page the browser tab shows on the sign-in redirect (src/main/auth/loopback-listener.ts)
  pageSignedInTitle: 'Vous êtes connecté à Baton',
  pageSignedIn: 'Vous pouvez fermer cet onglet et revenir à Baton.',
  pageNotCompletedTitle: 'La connexion n’a pas abouti',
  pageNotFoundTitle: 'Introuvable',
  pageNotFound: 'Cette adresse ne reçoit que la réponse de connexion destinée à Baton.',
  pageAnsweredTitle: 'Déjà répondu',
  pageAnswered: 'Cette connexion est déjà terminée ou annulée. Revenez à Baton.',
  pageNotThisTitle: 'Pas cette connexion',
  pageNotThis:
    'Cette réponse n’appartient pas à la connexion que Baton attend ; Baton l’a donc ignorée. Terminez la connexion dans l’onglet ouvert par Baton.',
  // Where secrets are kept and what the browser may open (src/main/platform/node)
  keychainUnusable:
    'Impossible d’enregistrer les secrets : {keychain, select, darwin {le trousseau macOS} win32 {le Gestionnaire d’identification Windows} other {le trousseau Secret Service (GNOME Keyring / KWallet)}} n’est pas utilisable ici ({reason}).',
  keychainUnusableHint:
    'Démarrez un trousseau (GNOME Keyring, KWallet) dans cette session, ou choisissez un autre stockage avec --secret-store file ou BATON_SECRET_STORE=file.',
  keychainRequired:
    'La stratégie d’administration exige le trousseau du système pour les secrets ; un fichier de secrets n’est pas autorisé.',
  keychainRequiredHint:
    'Utilisez --secret-store keychain (la valeur par défaut quand un trousseau fonctionne), ou adressez-vous à votre administrateur.',
  openNotUrl: 'Baton n’ouvrira pas cette adresse : ce n’est pas une URL valide.',
  openNotUrlHint: 'Vérifiez que l’URL ne contient pas de faute de frappe.',
  openCredentials: 'Baton n’ouvrira pas une adresse qui contient un nom d’utilisateur ou un mot de passe.',
  openCredentialsHint: 'Utilisez l’adresse sans la partie qui précède @.',
  openScheme: 'Baton n’ouvre que des adresses https, ou http sur cet ordinateur ; une adresse {protocol} a été refusée.',
  openSchemeHint: 'Utilisez l’adresse https de votre Orchestrator ou de votre Identity Server.',
  // The robot's connection and Baton's own bridge (src/main/robot)
  robotNoLongerHasProcess: 'Le robot de cet ordinateur n’a plus le processus « {key} ».',
  bridgeImpostor: 'Le programme qui répond à {url} n’a pas pu prouver qu’il est la passerelle du robot associée à Baton.',
  bridgeImpostorHint:
    'Baton ne lui a rien envoyé de secret. Un autre programme occupe peut-être le port de la passerelle du robot : arrêtez-le ou redémarrez la passerelle du robot, puis reconnectez-vous.',
  bridgeConnectionLost: 'La connexion à la passerelle du robot a été perdue.',
  bridgeTimedOut: 'La passerelle du robot n’a pas répondu à temps à {method}.',
  bridgeUnexpectedAnswer: 'La passerelle du robot a envoyé une réponse inattendue à {method}.',
  bridgeRefusedConnection: 'La passerelle du robot a refusé la connexion (HTTP {status}).',
  bridgeRefusedConnectionHint: 'Vérifiez que l’URL de la passerelle du robot désigne une passerelle du robot Baton de la même version.',
  bridgeRefusedBaton: 'La passerelle du robot a refusé Baton.',
  alreadyPaired: 'Baton est déjà associé à ce robot.',
  bridgeUrlNotLocal: 'L’URL d’une passerelle du robot doit désigner cet ordinateur (ws://127.0.0.1:PORT/robot).',
  bridgeUrlNotLocalHint:
    'Utilisez ws://127.0.0.1:<port>/robot ou ws://[::1]:<port>/robot ; Baton ne se connecte jamais à une passerelle du robot sur un autre hôte.',
  managedTimedOut: 'La passerelle du robot de Baton n’a pas démarré à temps.',
  logHasDetails: 'Réessayez ; le journal contient les détails.',
  noRobotFound: 'Aucun robot trouvé sur cet ordinateur.',
  managedFailedBecause: 'La passerelle du robot de Baton n’a pas pu démarrer : {reason}',
  managedStoppedStarting: 'La passerelle du robot de Baton s’est arrêtée pendant son démarrage.',
  managedNotStarted: 'Baton n’a pas pu démarrer sa passerelle du robot.',
  managedNotStartedHint: 'Réinstallez Baton ; le journal contient les détails.',
  managedFailed: 'La passerelle du robot de Baton n’a pas pu démarrer.',
  noBridgeConnected: 'Baton n’est connecté à aucune passerelle du robot.',
  // Reminders (src/main/reminders)
  reminderUnknown: 'Ce rappel n’existe pas.',
  reminderUnknownHint: 'Affichez-les avec `baton reminders list`.',
  reminderNeedsProfile: 'Un rappel porte sur un processus d’un profil de connexion, et il n’y en a pas encore.',
  reminderNeedsProfileHint: 'Ajoutez une connexion et connectez-vous, puis ajoutez le rappel.',
  remindersFull: 'Baton conserve au plus {max, plural, one {# rappel} other {# rappels}}.',
  remindersFullHint: 'Supprimez un rappel dont vous n’avez plus besoin.',
  reminderTimePassed: 'Cette heure est passée.',
  reminderTimePassedHint: 'Choisissez une heure à venir, ou une répétition.',
  reminderNotWaiting: 'Ce rappel n’attend pas de réponse.',
  reminderOtherProfile: 'Ce rappel concerne le profil {hasProfile, select, yes {{profile}} other {(supprimé)}}, pas le profil actif.',
  reminderOtherProfileHint: 'Passez à {hasProfile, select, yes {{profile}} other {son profil}}, puis appuyez sur Démarrer.',
  // Connection profiles and preferences (src/main/profiles, src/main/preferences)
  profileNameTaken: 'Un profil nommé « {name} » existe déjà.',
  profileNameTakenHint: 'Choisissez un autre nom, ou mettez à jour le profil existant.',
  profileUnknown: 'Ce profil de connexion n’existe pas.',
  profileUnknownHint: 'Affichez les profils (baton profile list) et choisissez-en un.',
  resetPart:
    '{item, select, profiles {les profils de connexion et leurs connexions} robotPairing {l’association du robot} runHistory {l’historique des exécutions} catalog {le catalogue des processus} other {les paramètres}}',
  resetIncomplete: 'Baton a été réinitialisé, sauf : {resetParts}.',
  resetIncompleteHint:
    'Réinitialisez de nouveau ; si l’échec persiste, supprimez à la main ce qui reste (le diagnostic indique où Baton conserve ses données).',
} satisfies Catalog<typeof en>;
