const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The one rule for anything Baton hands to the operating system to open (DESIGN.md §9.7), in
 * every host: https anywhere, http only on this machine (a local Orchestrator, the sandbox, the
 * sign-in listener). file:, javascript:, custom schemes and URLs with embedded credentials
 * (`https://user:pass@…`, which a page could use to disguise where a link leads) never.
 */
export function isOpenableUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}
