import { beforeAll, describe, expect, it } from 'vitest';
import { invalidClient, oauthError, signedOutError } from '../../../src/main/auth/auth-errors';
import { trustCaInstructions } from '../../../src/main/diagnostics';
import { clockFix } from '../../../src/main/diagnostics/checks-server';
import { robotErrorToBatonError } from '../../../src/main/robot';
import { pairingRequired } from '../../../src/main/robot/robot-errors';
import { errorFromResponse } from '../../../src/main/orchestrator/http-errors';
import { checkTitle, formatCheck, type CheckResult } from '../../../src/shared/contract/diagnostics';
import { toErrorPayload } from '../../../src/shared/errors';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { inEnglish, renderParts, said, toParts } from '../../../src/shared/message-parts';

// The core sends message ids; the English strings it keeps beside them come from the same
// catalog. These sentences are pinned by hand (not read back from the code), so a catalog edit
// that changes today's English, or an id that renders something else, fails here.

let de: Translator;
let fr: Translator;
beforeAll(async () => {
  [de, fr] = await Promise.all([loadTranslator('de'), loadTranslator('fr')]);
});

describe('core messages keep their English and speak other languages', () => {
  it('titles every check as before, and in German', () => {
    expect(checkTitle(fr, 'tcp')).toBe('Port joignable (TCP)');
    expect(checkTitle(de, 'run-permission')).toBe('Berechtigung zum Ausführen des Prozesses');
    expect(inEnglish(said('diagnostics.checkTitle', { check: 'robotProcess' }))).toBe('Process installed on the robot');
  });

  it('says a refused port, the skip it causes and its fix in English and German', () => {
    const refused = said('diagnostics.tcpRefused', { host: 'orch.example.com', port: '8443' });
    expect(inEnglish(refused)).toBe('orch.example.com refused the connection on port 8443: nothing listens there.');
    expect(de.text(refused)).toBe('orch.example.com hat die Verbindung auf Port 8443 abgelehnt: Dort lauscht nichts.');
    const check: CheckResult = {
      id: 'orchestrator',
      title: 'Orchestrator answers',
      status: 'skipped',
      summary: 'Not checked.',
      because: 'the Port reachable (TCP) check failed',
      evidence: [],
      durationMs: 0,
      summaryText: [said('diagnostics.notChecked')],
      becauseText: [said('diagnostics.becauseCheckFailed', { check: 'tcp' })],
    };
    expect(formatCheck(check)).toBe('- Orchestrator answers: Not checked. (skipped because the Port reachable (TCP) check failed)');
    expect(formatCheck(check, { t: de })).toBe(
      '- Orchestrator antwortet: Nicht geprüft. (übersprungen, weil die Prüfung „Port erreichbar (TCP)“ ist fehlgeschlagen)',
    );
  });

  it('keeps the per-OS fixes word for word', () => {
    expect(inEnglish(clockFix('darwin'))).toBe('Turn on "Set time and date automatically" (System Settings → General → Date & Time).');
    expect(inEnglish(trustCaInstructions('linux'))).toBe(
      "Copy your organization's CA certificate to /usr/local/share/ca-certificates/ (a .crt file) and run sudo update-ca-certificates, then restart Baton. For the baton command line and web host, also set NODE_EXTRA_CA_CERTS=/path/to/ca.pem.",
    );
    expect(renderParts(de, toParts(clockFix('linux')))).toBe('Aktivieren Sie die Netzwerkzeit: sudo timedatectl set-ntp true.');
  });

  it('gives errors their English message and hint, with ids a UI can put into French', () => {
    const error = invalidClient('baton-desktop');
    expect([error.message, error.hint]).toEqual([
      'Identity Server does not accept the client id "baton-desktop".',
      'Copy the App ID of the external app from Admin → External Applications into the profile (and its secret, for a confidential app).',
    ]);
    expect(renderParts(fr, error.messageText!)).toBe('Identity Server n’accepte pas l’ID client « baton-desktop ».');

    expect(signedOutError('Work').toJSON()).toMatchObject({
      message: 'You are signed out of Work.',
      hint: 'Sign in again (baton login --profile "Work").',
      messageText: [{ id: 'errors.signedOut', values: { profile: 'Work' } }],
    });
    expect(pairingRequired().hint).toBe('Pair with the robot: type the 8-digit code that the robot bridge shows on this machine.');
    expect(robotErrorToBatonError({ data: { reason: 'PAIRING_REJECTED', attemptsLeft: 2 } }).hint).toBe(
      'Check the code shown by the robot bridge on this machine (2 attempts left).',
    );
    expect(oauthError(new Error('plain'), { clientId: 'c', identityUrl: 'https://id.example.com', grant: 'refresh' }).message).toBe(
      'Sign-in failed.',
    );
  });

  it('says what Orchestrator refused, with the permission and folder, in English and German', () => {
    const forbidden = errorFromResponse(403, '{"message":"You are not authorized"}', { permission: 'Jobs.Create', folderPath: 'Finance' });
    expect([forbidden.message, forbidden.hint]).toEqual([
      'Your account lacks Jobs.Create in folder Finance.',
      'Ask an Orchestrator administrator to give you a role with Jobs.Create in folder Finance.',
    ]);
    expect(renderParts(de, forbidden.messageText!)).toBe('Ihrem Konto fehlt Jobs.Create im Ordner Finance.');
    const refused = errorFromResponse(400, '{"message":"Bad input","errorCode":0}', {});
    expect(refused.message).toBe('Orchestrator refused the request. Orchestrator said: Bad input');
    expect(renderParts(fr, refused.messageText!)).toBe('Orchestrator a refusé la requête. Orchestrator a répondu : Bad input');
  });

  it('turns anything unexpected into INTERNAL with words and ids, never its own message', () => {
    const payload = toErrorPayload(new Error('/home/ada/secret path'));
    expect(payload).toMatchObject({
      code: 'INTERNAL',
      message: 'Something went wrong inside Baton.',
      hint: 'Try again. If it keeps happening, run Diagnostics and include its report when you ask for help.',
    });
    expect(renderParts(de, payload.messageText!)).toBe('Bei Baton ist intern etwas schiefgegangen.');
    expect(JSON.stringify(payload)).not.toContain('secret');
  });
});
