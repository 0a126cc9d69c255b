import { describe, expect, it } from 'vitest';
import { areaFromHash } from '../../../src/renderer/app/areas';
import { checkForCode, checkFromHash, checkLinkFor, diagnosticsHref } from '../../../src/renderer/components/check-target';
import { CONNECTION_CHECK_IDS, connectionRows, connectionVerdict } from '../../../src/renderer/features/diagnostics/connection-checks';
import { CHECK_IDS, CHECK_TITLES } from '../../../src/shared/contract/diagnostics';
import { BATON_ERROR_CODES } from '../../../src/shared/errors';
import { createTranslator } from '../../../src/shared/i18n';

describe('the "Check …" link an error offers', () => {
  it('names the check that explains the error and points Diagnostics at it', () => {
    expect(checkLinkFor('NETWORK_UNREACHABLE')).toEqual({ check: 'tcp', href: '#/diagnostics?check=tcp' });
    // The link's words, as CheckLink puts them: "Check <the check's title>".
    const { t } = createTranslator('en');
    const check = checkLinkFor('TLS_UNTRUSTED')?.check ?? 'url';
    expect(t('components.checkLink', { title: t('diagnostics.checkTitle', { check }) })).toBe('Check Certificate trusted (TLS)');
    expect(t('components.checkLink', { title: t('diagnostics.checkTitle', { check: 'tcp' }) })).toBe(`Check ${CHECK_TITLES.tcp}`);
    expect(checkLinkFor('ROBOT_PAIRING_REQUIRED')?.href).toBe('#/diagnostics?check=robot');
  });

  it('offers no link for codes no check explains, nor for unknown codes or inherited property names', () => {
    expect(checkLinkFor('CONFLICT')).toBeUndefined();
    expect(checkLinkFor('INTERNAL')).toBeUndefined();
    expect(checkLinkFor('SOMETHING_NEW')).toBeUndefined();
    expect(checkForCode('toString')).toBeUndefined();
  });

  it('round-trips every error code with a check through the hash the Diagnostics area reads', () => {
    for (const code of BATON_ERROR_CODES) {
      const link = checkLinkFor(code);
      if (!link) continue;
      expect(checkFromHash(link.href)).toBe(link.check);
      expect(areaFromHash(link.href)).toBe('diagnostics');
    }
  });
});

describe('reading the check from the Diagnostics hash', () => {
  it('finds a known check and ignores a missing, unknown or empty one', () => {
    expect(checkFromHash('#/diagnostics?check=run-permission')).toBe('run-permission');
    expect(checkFromHash('#/diagnostics')).toBeUndefined();
    expect(checkFromHash('#/diagnostics?check=nope')).toBeUndefined();
    expect(checkFromHash('#/diagnostics?check=')).toBeUndefined();
    expect(diagnosticsHref()).toBe('#/diagnostics');
  });

  it('keeps the area when the hash carries a query', () => {
    expect(areaFromHash('#/diagnostics?check=tls')).toBe('diagnostics');
    expect(areaFromHash('#/runs')).toBe('runs');
    expect(areaFromHash('#/nowhere?check=tls')).toBe('processes');
  });
});

describe('the connection test on the setup screen', () => {
  it('keeps only the address checks, in the order they ran', () => {
    const rows = CHECK_IDS.map((id) => ({ id })).reverse();
    expect(connectionRows(rows).map((row) => row.id)).toEqual([...CONNECTION_CHECK_IDS].reverse());
    expect(connectionRows(rows).some((row) => row.id === 'credentials' || row.id === 'robot')).toBe(false);
  });

  it('says the address works only when no address check failed', () => {
    expect(connectionVerdict(['pass', 'fail', 'skipped'])).toContain('cannot reach');
    expect(connectionVerdict(['pass', 'warn'])).toContain('warnings');
    expect(connectionVerdict(['pass', 'pass', 'skipped'])).toContain('answers at this address');
  });
});
