import { useEffect, useState } from 'react';

/** A query parameter of the area hash (`#/runs?run=abc` → run = "abc"), or undefined. */
export function hashParam(hash: string, name: string): string | undefined {
  const query = hash.indexOf('?');
  if (query < 0) return undefined;
  return new URLSearchParams(hash.slice(query + 1)).get(name) ?? undefined;
}

/** Follows one hash parameter: links, notifications and the desktop shell point into an area with it. */
export function useHashParam(name: string): string | undefined {
  const [value, setValue] = useState(() => hashParam(window.location.hash, name));
  useEffect(() => {
    const onHashChange = () => setValue(hashParam(window.location.hash, name));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [name]);
  return value;
}
