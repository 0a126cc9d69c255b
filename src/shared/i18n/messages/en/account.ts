/** The account menu in the header and the sign-in problems it shows (features/account). */
export const account = {
  checking: 'Checking account…',
  signedIn: 'Signed in',
  whoOnProfile: '{who} · {profile}',
  signingIn: 'Signing in…',
  notSignedIn: 'Not signed in',
  signedInAs: 'Signed in as {name}',
  signedOut: 'Signed out',
  sessionOnly: 'Your sign-in lasts until Baton exits: secrets are forgotten at exit, so you will sign in again next time.',
  storeLine:
    '{store, select, keychain {Secrets: in the OS keychain} file {Secrets: in a file only you (and root) can read; this machine has no OS keychain} other {Secrets: in memory until Baton exits}}',
  secretStorage: 'Secret storage',
  errorCode: 'Error code: {code}',
  badge: 'Account',
  unavailable: 'Account status unavailable',
  menu: 'Account menu',
  tenantLine: 'Tenant {tenant} · {profile}',
  notSignedInTo: 'Not signed in to {profile}',
  signInAgain: 'Sign in again',
  connections: 'Connections',
  activePrefix: 'Active · {state}',
  addConnection: 'Add connection',
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  /** Where secrets are kept, as the secret store says it (the account menu's tooltip, the session-only notice, the CLI). */
  storedInKeychain:
    'Secrets are stored encrypted in {keychain, select, darwin {the macOS Keychain} win32 {the Windows Credential Manager} other {the Secret Service keyring (GNOME Keyring / KWallet)}}.',
  storedInFile: 'Secrets are stored in {path}, readable by this user and root (this machine has no OS keychain).',
  encryptedByOs: 'Secrets are encrypted by the operating system and stored in {path}.',
  encryptedByOsBackend: 'Secrets are encrypted by the operating system ({backend}) and stored in {path}.',
  memoryChosen: 'Secrets are kept in memory only and are forgotten when Baton exits, because you chose memory-only secret storage.',
  memoryKeychainRequired:
    'Secrets are kept in memory only and are forgotten when Baton exits, because {keychain, select, darwin {the macOS Keychain} win32 {the Windows Credential Manager} other {the Secret Service keyring (GNOME Keyring / KWallet)}} is not usable here ({reason}), and the admin policy requires the keychain.',
  memoryFromEnvironment:
    'Secrets are kept in memory only and are forgotten when Baton exits, because this command takes its connection and credentials from the environment.',
  memoryThisSession: 'Secrets are kept in memory for this session only, as you chose.',
  memoryNoKeychain: 'Secrets are kept in memory for this session only: this system offers no OS keychain to Baton.',
  memoryNoKeychainPolicy:
    'Secrets are kept in memory for this session only: this system offers no OS keychain to Baton, and the admin policy does not allow a secrets file.',
  installKeyring: 'Install or unlock a keyring (GNOME Keyring, KWallet) and restart Baton.',
  memoryForTest: 'Secrets are kept in memory for this test only.',
} as const;
