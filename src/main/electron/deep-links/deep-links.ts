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
  | {
      kind: 'run';
      processName: string;
      folderPath: string;
      target: 'remote' | 'local';
      /** A Map, so no argument name can reach an object's prototype or be found on it (`'toString' in {}`). */
      inputArguments: ReadonlyMap<string, string>;
    }
  | { kind: 'open'; runId: string };

export type DeepLinkResult = { ok: true; link: DeepLink } | { ok: false; message: string };

const MAX_LINK_LENGTH = 4096;
const MAX_ARGUMENTS = 50;
const ARGUMENT_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
// Anything invisible or that moves text could make the confirmation show something other than
// what would run: controls (Cc), format characters such as bidirectional overrides, zero-width
// spaces and the BOM (Cf), line and paragraph separators (Zl, Zp), and the other default-ignorable
// code points such as U+034F COMBINING GRAPHEME JOINER, which render as nothing.
const UNSAFE_TEXT = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u;
// Names a JavaScript object already answers to; as argument names they are refused, not dropped.
const RESERVED_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

const refuse = (message: string): DeepLinkResult => ({ ok: false, message });

/** The first unsafe character as U+XXXX, so the refusal says what was found. */
function unsafeCharacter(value: string): string | undefined {
  const found = UNSAFE_TEXT.exec(value)?.[0];
  return found === undefined ? undefined : `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function checkText(what: string, value: string, max: number): string | undefined {
  if (value.trim() === '') return `${what} is empty.`;
  if (value.length > max) return `${what} is longer than ${max} characters.`;
  const unsafe = unsafeCharacter(value);
  if (unsafe) return `${what} contains an invisible, control or direction character (${unsafe}).`;
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

  const inputArguments = new Map<string, string>();
  for (const [key, value] of params) {
    if (key === 'process' || key === 'folder' || key === 'target') continue;
    if (!key.startsWith('arg.')) return refuse(`Unknown parameter "${key.slice(0, 40)}".`);
    const name = key.slice(4);
    if (!ARGUMENT_NAME.test(name)) return refuse(`"${name.slice(0, 40)}" is not a valid argument name.`);
    if (RESERVED_NAMES.has(name)) return refuse(`The argument name "${name}" is reserved and cannot be used in a link.`);
    if (value.length > 2000) return refuse(`The value of ${name} is longer than 2000 characters.`);
    const unsafe = unsafeCharacter(value);
    if (unsafe) return refuse(`The value of ${name} contains an invisible, control or direction character (${unsafe}).`);
    if (inputArguments.size >= MAX_ARGUMENTS) return refuse(`The link has more than ${MAX_ARGUMENTS} arguments.`);
    inputArguments.set(name, value);
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
