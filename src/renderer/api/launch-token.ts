const STORAGE_KEY = 'baton.launch-token';

/**
 * The web host's launch token arrives once in the page URL. It is kept in sessionStorage (so a
 * reload of this tab still works) and removed from the address bar, history and bookmarks.
 */
export function takeLaunchToken(location: Location, history: History, storage: Storage): string | undefined {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return storage.getItem(STORAGE_KEY) ?? undefined;
}

export function rpcUrlFor(location: Location, token: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/rpc?token=${encodeURIComponent(token)}`;
}
