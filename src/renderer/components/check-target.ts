import { targetHash } from '../../shared/app-target';
import { hashParam } from '../app/hash-param';
import { CHECK_FOR_ERROR_CODE, CHECK_IDS, type CheckId } from '../../shared/contract/diagnostics';

/** Where the Diagnostics area runs the checks and brings `check` into view. */
export function diagnosticsHref(check?: CheckId): string {
  return targetHash(check ? { kind: 'check', checkId: check } : { kind: 'area', area: 'diagnostics' });
}

/** The check that explains an error code ("NETWORK_UNREACHABLE" → tcp), or undefined when none does. */
export function checkForCode(code: string): CheckId | undefined {
  return Object.hasOwn(CHECK_FOR_ERROR_CODE, code) ? CHECK_FOR_ERROR_CODE[code as keyof typeof CHECK_FOR_ERROR_CODE] : undefined;
}

/** The "Check …" link an error offers, or undefined for codes no check explains (CONFLICT, INTERNAL). */
export function checkLinkFor(code: string): { check: CheckId; href: string } | undefined {
  const check = checkForCode(code);
  return check ? { check, href: diagnosticsHref(check) } : undefined;
}

/** The `check` parameter of a `#/diagnostics?check=…` hash, when it names a known check. */
export function checkFromHash(hash: string): CheckId | undefined {
  const value = hashParam(hash, 'check');
  return CHECK_IDS.find((id) => id === value);
}
