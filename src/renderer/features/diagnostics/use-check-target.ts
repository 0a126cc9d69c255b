import { useEffect, useState } from 'react';
import type { CheckId } from '../../../shared/contract/diagnostics';
import { checkFromHash } from '../../components';

/** The check an error linked to (`#/diagnostics?check=tls`), following the hash as it changes. */
export function useCheckTarget(): CheckId | undefined {
  const [target, setTarget] = useState<CheckId | undefined>(() => checkFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setTarget(checkFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return target;
}
