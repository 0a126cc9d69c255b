import { beforeAll, describe, expect, it } from 'vitest';
import { createClientPool, type ConnectionSource } from '../../../src/main/orchestrator';
import { createManualClock, createMemorySettings } from '../../../src/main/platform/memory';
import { createRunService } from '../../../src/main/runs';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';
import { localRun } from '../../support/runs';
import { refusal } from '../../support/refusal';

// A run's refusals are message ids with values: the English beside them is pinned here by hand,
// and the same ids say it in the person's language.
let de: Translator;
beforeAll(async () => void (de = await loadTranslator('de')));

function runsWith(kept: unknown[] = []) {
  const settings = createMemorySettings();
  settings.set('runs.history', { '~local': kept });
  const connections: ConnectionSource = { active: () => null, forProfile: () => null, onDidChangeActive: () => () => {} };
  const clock = createManualClock();
  const clients = createClientPool({ connections, fetch: () => Promise.reject(new Error('no network in this test')), clock });
  return createRunService({ connections, clients, catalog: { findProcess: () => Promise.reject(new Error('unused')) }, settings, clock });
}

describe('what the run service says when it refuses', () => {
  it('names a run it does not know, in English and in German', async () => {
    const error = await refusal(runsWith().get('r-404'));
    expect([error.code, error.message, error.hint]).toEqual(['NOT_FOUND', 'There is no run r-404.', 'List the runs to see their ids.']);
    expect(renderParts(de, error.messageText!)).toBe('Es gibt keine Ausführung r-404.');
  });

  it('says a run that ended cannot be paused, and a signed-out remote start asks for a sign-in', async () => {
    const runs = runsWith([localRun({ id: 'l9', processName: 'Backup', state: 'successful' })]);
    const ended = await refusal(runs.pauseRun('l9'));
    expect([ended.code, ended.message, ended.hint]).toEqual(['CONFLICT', 'Backup has already ended.', 'Refresh to see how it ended.']);
    expect(renderParts(de, ended.messageText!)).toBe('Backup ist bereits beendet.');

    const signedOut = await refusal(runs.start({ target: 'remote', processId: '1:k' }));
    expect([signedOut.code, signedOut.message, signedOut.hint]).toEqual([
      'AUTH_REQUIRED',
      'Sign in first.',
      'Add a connection profile and sign in.',
    ]);
    expect(renderParts(de, signedOut.hintText!)).toBe('Fügen Sie ein Verbindungsprofil hinzu und melden Sie sich an.');
  });

  it('says local runs need a robot when none is connected', async () => {
    const error = await refusal(runsWith().start({ target: 'local', processKey: 'greet' }));
    expect([error.code, error.message]).toEqual(['ROBOT_UNAVAILABLE', 'Local runs are not available: no robot is connected to Baton.']);
    expect(renderParts(de, error.messageText!)).toBe('Lokale Ausführungen sind nicht verfügbar: Kein Roboter ist mit Baton verbunden.');
  });
});
