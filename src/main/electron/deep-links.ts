/**
 * `baton://` links, parsed strictly: anything unexpected is refused with a sentence, never
 * guessed at. A link never starts anything by itself; deep-link-handler.ts asks first.
 *
 *   baton://run?process=NAME&folder=PATH[&target=local][&arg.X=VALUE]…
 *   baton://open?run=ID
 */
export const DEEP_LINK_SCHEME = 'baton';

/** GitHub Desktop's defence (app/src/main-process/main.ts): the OS passes links after this marker. */
export const PROTOCOL_LAUNCHER_ARG = '--protocol-launcher';

export type DeepLink =
  | { kind: 'run'; processName: string; folderPath: string; target: 'remote' | 'local'; inputArguments: Record<string, string> }
  | { kind: 'open'; runId: string };

export type DeepLinkResult = { ok: true; link: DeepLink } | { ok: false; message: string };

const MAX_LINK_LENGTH = 4096;
const MAX_ARGUMENTS = 50;
const ARGUMENT_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
// Control characters and bidirectional overrides could make the confirmation show something
// other than what would run.
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const refuse = (message: string): DeepLinkResult => ({ ok: false, message });

function checkText(what: string, value: string, max: number): string | undefined {
  if (value.trim() === '') return `${what} is empty.`;
  if (value.length > max) return `${what} is longer than ${max} characters.`;
  if (UNSAFE_TEXT.test(value)) return `${what} contains control or direction characters.`;
  return undefined;
}

export function parseDeepLink(raw: string): DeepLinkResult {
  if (typeof raw !== 'string' || raw.length > MAX_LINK_LENGTH) return refuse('The link is too long.');
  if (!/^baton:\/\//i.test(raw)) return refuse('Only baton:// links are handled.');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('The link is not a valid address.');
  }
  if (url.username || url.password || url.port)
    return refuse('The link carries a user name, password or port, which Baton links never do.');
  if (url.hash) return refuse('The link has a #fragment, which Baton links never do.');
  if (url.pathname !== '' && url.pathname !== '/') return refuse(`Unknown link path "${url.pathname}".`);

  const params = new Map<string, string>();
  for (const [key, value] of url.searchParams) {
    if (params.has(key)) return refuse(`The parameter "${key}" appears twice.`);
    params.set(key, value);
  }

  switch (url.hostname.toLowerCase()) {
    case 'run':
      return parseRun(params);
    case 'open':
      return parseOpen(params);
    default:
      return refuse(`Unknown link action "${url.hostname}"; Baton understands baton://run and baton://open.`);
  }
}

function parseRun(params: Map<string, string>): DeepLinkResult {
  const processName = params.get('process');
  const folderPath = params.get('folder');
  if (processName === undefined) return refuse('The link does not name a process (process=…).');
  if (folderPath === undefined) return refuse('The link does not name a folder (folder=…).');
  const problem = checkText('The process name', processName, 200) ?? checkText('The folder path', folderPath, 500);
  if (problem) return refuse(problem);

  const target = params.get('target') ?? 'remote';
  if (target !== 'remote' && target !== 'local') return refuse(`target must be "remote" or "local", not "${target.slice(0, 40)}".`);

  const inputArguments: Record<string, string> = {};
  let count = 0;
  for (const [key, value] of params) {
    if (key === 'process' || key === 'folder' || key === 'target') continue;
    if (!key.startsWith('arg.')) return refuse(`Unknown parameter "${key.slice(0, 40)}".`);
    const name = key.slice(4);
    if (!ARGUMENT_NAME.test(name)) return refuse(`"${name.slice(0, 40)}" is not a valid argument name.`);
    if (value.length > 2000) return refuse(`The value of ${name} is longer than 2000 characters.`);
    if (UNSAFE_TEXT.test(value)) return refuse(`The value of ${name} contains control or direction characters.`);
    if (++count > MAX_ARGUMENTS) return refuse(`The link has more than ${MAX_ARGUMENTS} arguments.`);
    inputArguments[name] = value;
  }
  return { ok: true, link: { kind: 'run', processName, folderPath, target, inputArguments } };
}

function parseOpen(params: Map<string, string>): DeepLinkResult {
  for (const key of params.keys()) if (key !== 'run') return refuse(`Unknown parameter "${key.slice(0, 40)}".`);
  const runId = params.get('run');
  if (runId === undefined) return refuse('The link does not say which run to open (run=…).');
  if (!RUN_ID.test(runId)) return refuse('The run id in the link is not valid.');
  return { ok: true, link: { kind: 'open', runId } };
}

const looksLikeBatonLink = (arg: string) => /^baton:/i.test(arg);

/**
 * The link in a (second) instance's command line. On Windows Baton registers itself as
 * `baton --protocol-launcher "<url>"`; as GitHub Desktop does, a link counts there only with the
 * marker and exactly one link argument, so a crafted link cannot smuggle extra switches in. Linux
 * desktops start the `.desktop` entry's `Exec … %U`, which passes the URL as one argument and
 * cannot carry the marker into every package format: there, exactly one link as the last
 * argument is accepted (and every link still needs the person's confirmation).
 */
export function deepLinkFromArgv(
  argv: readonly string[],
  platform: NodeJS.Platform = process.platform,
): { url: string } | { refused: string } | null {
  const links = argv.filter(looksLikeBatonLink);
  const hasMarker = argv.includes(PROTOCOL_LAUNCHER_ARG);
  if (!hasMarker && links.length === 0) return null;
  if (links.length !== 1) return { refused: `Expected exactly one baton:// link, got ${links.length}.` };
  if (hasMarker) return { url: links[0]! };
  if (platform !== 'win32' && argv[argv.length - 1] === links[0]) return { url: links[0]! };
  return { refused: 'A baton:// link arrived without the protocol launcher marker; it was ignored.' };
}
