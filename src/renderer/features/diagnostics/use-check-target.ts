import { CHECK_IDS, type CheckId } from '../../../shared/contract/diagnostics';
import { useHashParam } from '../../app/hash-param';

/** The check an error linked to (`#/diagnostics?check=tls`), following the hash as it changes. */
export function useCheckTarget(): CheckId | undefined {
  const check = useHashParam('check');
  return CHECK_IDS.find((id) => id === check);
}
