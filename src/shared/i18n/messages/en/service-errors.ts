/** Errors Baton's services make (Orchestrator calls, runs, catalog, jobs, the web host, dispatch, policy, the desktop host). */
export const serviceErrors = {
  // The web host (src/main/web): its start and the limits of one connection
  batchTooLarge: 'A batch may hold at most {max} calls; this one held {count}.',
  batchTooLargeHint: 'Send the calls in batches of {max} or fewer.',
  tooManyInFlight: 'Too many calls in flight on this connection (at most {max}).',
  tooManyInFlightHint: 'Wait for answers before sending more calls.',
  tokenTooShort: 'The web host token is too short.',
  tokenTooShortHint: 'Leave the token out to get a random one.',
  portInUse: 'Port {port} on {host} is already in use.',
  portInUseHint: 'Choose another port, or leave the port out to get a free one.',
  uiNotBuilt: 'The Baton UI is not built: {path} is missing.',
  uiNotBuiltHint: 'Build it with `{command}` (or `{alternative}`), then start the web host again.',
  unexpectedDispatch: 'Unexpected dispatch result.',
  badSubscription: 'Invalid event subscription: {issues}.',
  badSubscriptionHint: 'Subscribe to one of: {events}.',
  // The contract's dispatcher (src/shared/dispatch.ts): {issues} are the schema's own words
  unknownMethod: 'Unknown method "{method}".',
  unknownMethodOfType: 'Unknown method of type {type}.',
  unknownMethodHint: 'This Baton does not offer that call; the UI and the core may be different versions.',
  badArguments: 'Invalid arguments for {method}: {issues}.',
  answerOffContract: "Baton's answer to {method} does not match the contract: {issues}.",
  answerOffContractHint: 'This is a bug in Baton (a development build checks every answer); report it with these details.',
  // The desktop host (src/main/electron)
  windowForbidden: 'This window may not talk to Baton.',
  windowForbiddenHint: 'Only Baton’s own window can use its core. Close the page that tried, and reopen Baton from the tray.',
  linkRefused: 'Baton will not open {scheme} links.',
  linkMalformed: 'Baton will not open malformed links.',
  linkRefusedHint: 'Only https links (and http links to this computer) are opened in your browser.',
  // Baton's webhook listener (src/main/webhooks)
  webhookNeedsTls: 'Webhooks on {host} need a certificate and key: plain http is only for loopback.',
  webhookNeedsTlsHint: 'Give {certVar} and {keyVar} (PEM files), or listen on {loopback} behind a TLS reverse proxy.',
  // Orchestrator calls (src/main/orchestrator)
  tooManyRows: 'Orchestrator offers more than {max} rows for {path}; Baton stops listing there.',
  tooManyRowsHint: 'Check that the profile points at the right Orchestrator; if it really holds that much, narrow it down with folders.',
  notJson: 'Orchestrator answered with something that is not JSON.',
  notJsonHint: 'Check that the profile’s URL points at Orchestrator and not at a proxy or login page.',
  unexpectedShape: 'Orchestrator’s answer to {path} has an unexpected shape.',
  unexpectedShapeHint: 'This Orchestrator version may not be supported yet; run Diagnostics and report it.',
  inputTooLong: 'The input arguments are {length} characters long; this Orchestrator accepts at most {limit}.',
  inputTooLongHint:
    'Shorten the input to {limit} characters or fewer (as JSON), for example by passing a file path or an asset name instead of the content.',
  startNoJob: 'Orchestrator accepted the start but returned no job.',
  startNoJobHint: 'Look for the job in Orchestrator before starting again.',
  unreachableSomewhere: 'Cannot reach Orchestrator at the configured address.',
  timedOutSomewhere: 'Orchestrator at the configured address did not answer in time.',
  untrustedSomewhere: 'The certificate of the configured address is not trusted by this computer.',
  // A remote start that may or may not have made a job (src/main/runs/remote-start.ts)
  startLookupFailed: 'The start request failed, and Baton cannot tell whether Orchestrator started the job.',
  startLookupFailedHint: 'Look in Orchestrator’s Jobs for the reference {reference} before you start the process again.',
  startCannotTell: 'Baton cannot tell whether Orchestrator started the job.',
  /** `products`: the dialect's `productsKey` (src/main/orchestrator/api-dialect.ts), read as its `products`. */
  startCannotTellHint:
    'This Orchestrator ({products, select, v1910 {19.10} v204 {20.4} unknown {19.10 or 20.4 (no API version reported)} v11 {20.10 (API 11–12)} v13 {21.10 to 23.4 (API 13–16)} v17 {23.10 to 25.10 (API 17)} other {Automation Cloud and Automation Suite (API 18+)}}) cannot find a job by Baton’s reference, so Baton did not send it again: look in Orchestrator’s Jobs before you start the process again.',
  startNotFound: 'Orchestrator shows no job with Baton’s reference.',
  startNotFoundHint:
    'Baton did not send the start again, so that one click stays one job; start the process again if it does not appear in Orchestrator’s Jobs (reference {reference}).',
  // Input arguments checked against the process (src/main/runs/input-conversion.ts)
  /** One input's problem; `end` closes it as a sentence (`period`) or as an item of `inputsToFix` (`semicolon`). */
  inputProblem:
    '{field} {problem, select, notArgument {is not an argument of this process (it takes: {known})} notArgumentNone {is not an argument of this process (it takes: none)} required {is required} text {must be text} integer {must be a whole number, e.g. 42} number {must be a number, e.g. 3.5} boolean {must be true or false} datetime {must be a date and time, e.g. 2026-01-31T09:00:00Z} jsonList {must be JSON for a list, e.g. ["a","b"]} jsonObject {must be JSON for an object, e.g. ["a","b"]} other {must be JSON for {type}, e.g. ["a","b"]}}{end, select, semicolon {;} other {.}}',
  inputsToFix: 'Fix these inputs:',
  inputToFix: 'Fix the input and start again.',
  // Policy (src/main/policy): what an administrator turned off or locked
  policyLocked: 'This machine is locked to the Orchestrator(s) of the preset profiles.',
  policyUsePreset: 'Use one of the preset profiles ({names}).',
  policyLocalRunsOff: 'Runs on this machine’s robot are turned off on this machine.',
  policyRunRemotely: 'Run the process remotely (as an Orchestrator job) instead.',
  policySetBy: 'Your administrator set this in {path}; ask them to change it.',
  policyPresetLocked: '"{name}" is a profile your administrator provides; it cannot be removed, renamed or repointed.',
  policyPresetLockedHint: 'Add your own profile for other settings, or ask your administrator to change the policy file.',
  // The catalog (src/main/catalog)
  signInFirst: 'Sign in first.',
  signInToSeeProcesses: 'Add a connection profile and sign in to see your processes.',
  noSuchProcess: 'There is no process {processId} in your catalog.',
  noSuchProcessHint: 'Refresh the process list; the process may have been removed or moved to another folder.',
  // Jobs (src/main/jobs)
  jobNotSuspended:
    '{name} is not suspended (it is {state, select, pending {pending} running {running} suspended {suspended} stopping {stopping} successful {successful} faulted {faulted} stopped {stopped} other {{state}}}).',
  jobNotSuspendedHint: 'Only a suspended job can be resumed; refresh the list to see where it is now.',
  jobListsPaced: 'Baton lists jobs at most {perMinute} times a minute, so as not to use up Orchestrator’s limit.',
  jobListsPacedHint: 'Wait {seconds, plural, one {# second} other {# seconds}} and refresh.',
} as const;
