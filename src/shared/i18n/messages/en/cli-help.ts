/** The CLI's --help: commands, arguments and options (src/main/cli). Flags, command names and `<placeholders>` stay as they are. */
export const cliHelp = {
  // Commander's own words.
  usageTitle: 'Usage:',
  argumentsTitle: 'Arguments:',
  optionsTitle: 'Options:',
  globalOptionsTitle: 'Global Options:',
  commandsTitle: 'Commands:',
  helpOption: 'display help for command',
  helpCommand: 'display help for command',
  default: 'default: {value}',
  choices: 'choices: {values}',
  preset: 'preset: {value}',
  env: 'env: {name}',

  // The program and its global options.
  program: 'Baton: run UiPath Orchestrator processes from your terminal.',
  versionOption: 'print the version',
  jsonOption: 'machine-readable output: one JSON value on stdout',
  secretStoreOption: 'where secrets are kept (default: the OS keychain, else an owner-only file)',
  verboseOption: 'show what Baton does on stderr (the log file always has it)',
  robotProcessesOption: "a folder of command processes for Baton's own robot bridge (BATON_ROBOT_PROCESSES)",
  logFormatOption: 'log lines on stderr: human sentences, or JSON for collectors (default: json with --json)',

  // baton call and the contract's commands.
  call: 'call any contract method with JSON params, e.g. {example}',
  methodArgument: 'one of: {methods}',
  paramsArgument: 'the params object as JSON (default {empty})',
  domainCommands: '{domain} commands',
  callMethod: 'call {method}',

  // baton web
  web: 'serve the Baton UI to your browser on 127.0.0.1 until Ctrl+C',
  portOption: 'port to listen on (0 picks a free one)',
  openOption: 'open the address in your browser',

  // baton robot
  robot: 'the robot on this machine: pair with it, list and run its processes',
  robotUrlOption: 'the robot bridge, e.g. ws://127.0.0.1:2424/robot (default: from the settings)',
  robotStatus: 'show whether Baton can reach and use the robot on this machine',
  robotProcesses: 'list the processes the robot on this machine can run',
  robotUnpair: 'forget the pairing with the robot (the robot forgets Baton too)',
  robotPair: 'pair with the robot: type the code it shows on this machine (read from standard input)',

  // baton profile
  profile: 'manage connection profiles (Orchestrator URL, tenant, sign-in method)',
  profileAdd: 'add a connection profile',
  profileNameNewArgument: 'a name for this connection, e.g. Production',
  urlOption: 'Orchestrator URL: https://host (on-prem) or {cloudUrl}',
  tenantOption: 'tenant name (on-prem)',
  deploymentOption: 'on-prem | automation-suite | cloud (detected from the URL when omitted)',
  authMethodOption: 'interactive | client-credentials | pat | legacy (default interactive)',
  profileClientIdOption: 'App ID of the external app (default baton-desktop)',
  redirectUriOption: 'redirect URL registered for the app (default http://127.0.0.1:8765/callback)',
  scopesOption: 'scopes to request, space or comma separated',
  profileUsernameOption: 'user name for Orchestrator 19.10 sign-in',
  acrValuesOption: 'sent as acr_values at sign-in (e.g. tenantName:Acme, for Cloud organisations that need it)',
  useOption: 'make it the active profile',
  profileList: 'list connection profiles; * marks the active one',
  profileUse: 'make a profile the active one (each profile keeps its own sign-in)',
  profileNameArgument: 'profile name',
  profileRemove: 'remove a profile and forget its sign-in',

  // baton login, logout, whoami
  login: 'sign in to a profile (interactive in your browser by default)',
  loginProfileOption: 'profile to sign in to, which becomes the active one (default: the active one)',
  noBrowserOption: 'print the sign-in address instead of opening the browser',
  loginClientIdOption: 'App ID of a confidential external app (client credentials)',
  clientSecretOption: 'its secret (prefer --client-secret-stdin or BATON_CLIENT_SECRET: a command line is visible to other users)',
  clientSecretStdinOption: 'read the client secret from standard input',
  patOption: 'sign in with a personal access token from BATON_PAT or standard input',
  patStdinOption: 'read the personal access token from standard input',
  loginUsernameOption: 'Orchestrator 19.10 user name; the password comes from BATON_PASSWORD or --password-stdin',
  passwordStdinOption: 'read the password from standard input',
  rememberPasswordOption:
    '19.10 only: keep the password with the secrets to renew the 30-minute token (without it, the sign-in lasts until the token expires)',
  timeoutOption: 'how long to wait for the browser (default 300)',
  logout: "sign out of a profile: ends the Identity Server session and forgets this profile's tokens",
  logoutProfileOption: 'profile to sign out of (default: the active one)',
  keepBrowserSessionOption: 'only forget the tokens here; do not end the browser session',
  whoami: 'who is signed in to a profile',
  whoamiProfileOption: 'profile to ask about (default: the active one)',

  // baton folders, processes
  folders: 'list the Orchestrator folders you can see',
  processes: 'list the processes you can see, across all your folders',
  processesFolderOption: 'only this folder, e.g. Finance/Invoices',
  searchOption: 'only processes whose name, description or folder contain every word',
  noCacheOption: 'fail when Orchestrator cannot be reached instead of showing the cached list',

  // baton run, jobs, pause, resume, stop
  run: 'start a process as an Orchestrator job; exit 0 Successful, 1 Faulted or Stopped (with --wait)',
  processNameArgument: 'the process name (or its catalog id)',
  runFolderOption: 'the folder, when the name exists in several',
  inputOption: 'an input argument (repeatable); values are converted to the argument’s type',
  inputJsonOption: 'input arguments from a JSON object in a file (--input wins on conflicts)',
  waitOption: 'follow the run to its end and exit with its outcome',
  localOption: 'run it on the robot of this machine (see `baton robot status`) instead of Orchestrator',
  jobs: 'list your runs, newest first; with --all every job you can see, whoever started it (stop, follow: see --help)',
  activeOption: 'only runs that have not ended',
  allOption: 'every job of the processes you can see, whoever started it (not only Baton’s runs)',
  stateOption: 'with --all: only jobs in this state (repeatable)',
  jobsFolderOption: 'with --all: only jobs in this folder, e.g. Finance/Invoices',
  sinceOption: 'with --all: jobs created in the last hour, day, week or month',
  limitOption: 'with --all: jobs per page (1–200, default 50)',
  cursorOption: 'with --all: the page after the one that printed this cursor',
  pause: 'pause a run on this machine’s robot (where its executor can)',
  resume: 'resume a paused run on this machine’s robot, or an Orchestrator job that suspended',
  runIdArgument: 'the run id, from `baton jobs`',
  stop: 'stop a run: softly (the process stops at its next check), or at once with --kill',
  killOption: 'kill the process instead of asking it to stop',

  // baton reminders
  reminders: 'reminders to run a process at a time or on a repeat (prompts and answer stay generic)',
  remindersEdit: 'change a reminder in place: its time, its repeat, or turn it off and on (what you leave out stays)',
  newTimeOption: "the new time, on the 24-hour clock, in this machine's time zone",
  timeOption: "the time, on the 24-hour clock, in this machine's time zone",
  repeatOption: '{kinds}',
  dateOption: 'the day of a one-off reminder',
  daysOption: 'the days of a weekly reminder, e.g. mon,wed,fri',
  onOption: 'turn it on again (its next time is worked out from now)',
  offOption: 'turn it off: it is kept, and does not come',
  remindersList: 'list the reminders',
  remindersAdd: 'remind you to run a process (Baton shows it with Start, Snooze and Dismiss; nothing runs by itself)',
  reminderFolderOption: "the process's folder, when its name is in more than one",
  remindersRemove: 'remove a reminder (its id is in `baton reminders list`)',

  // baton doctor
  doctor: 'check the connection, sign-in, permissions and robot, and say how to fix what fails',
  doctorProfileOption: 'profile to check (default: the active one)',
  doctorUrlOption: 'check this Orchestrator URL instead of a profile',
  doctorProcessOption: 'also check that this process is visible, runnable and installed on the robot',
  doctorFolderOption: "the process's folder, e.g. Finance/Invoices",
  evidenceOption: 'print what each check tried and what the server answered',

  // baton completion
  completion: 'print a shell completion script (bash, zsh or fish)',
  shellArgument: '{shells}',
} as const;
