import { beforeAll, describe, expect, it } from 'vitest';
import { createMemorySettings, createRecordingLogger } from '../../../src/main/platform/memory';
import { createPreferenceService, type ResetPart } from '../../../src/main/preferences';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';
import { refusal } from '../../support/refusal';

// A Reset that could not forget some parts names each part by its id and lists them as the
// person's language lists things; the English is pinned here by hand, as it always read.
let de: Translator;
let ja: Translator;
beforeAll(async () => void ([de, ja] = await Promise.all([loadTranslator('de'), loadTranslator('ja')])));

function resetFailing(failing: readonly ResetPart[]) {
  const parts: ResetPart[] = ['profiles', 'robotPairing', 'runHistory', 'catalog', 'settings'];
  const logger = createRecordingLogger();
  const preferences = createPreferenceService({
    settings: createMemorySettings(),
    dataLocation: '/home/ada/.baton',
    capabilities: { startAtLogin: false, globalShortcut: false },
    robotBridge: { current: () => 'ws://127.0.0.1:2424/robot', change: async () => {} },
    resetSteps: parts.map((part) => ({
      part,
      forget: async () => {
        if (failing.includes(part)) throw new Error('the vault is locked');
      },
    })),
    logger,
  });
  return { reset: () => preferences.reset(), logger };
}

describe('what a Reset that left something behind says', () => {
  it('names the one part it could not forget', async () => {
    const error = await refusal(resetFailing(['robotPairing']).reset());
    expect([error.code, error.message]).toEqual(['INTERNAL', 'Baton was reset, except: the robot pairing.']);
    expect(renderParts(de, error.messageText!)).toBe('Baton wurde zurückgesetzt, außer: die Robot-Kopplung.');
  });

  it('lists several parts, with commas in English and as German and Japanese list them', async () => {
    const { reset, logger } = resetFailing(['profiles', 'robotPairing', 'catalog']);
    const error = await refusal(reset());
    expect(error.message).toBe('Baton was reset, except: connection profiles and their sign-ins, the robot pairing, the process catalog.');
    expect(renderParts(de, error.messageText!)).toBe(
      'Baton wurde zurückgesetzt, außer: die Verbindungsprofile und ihre Anmeldungen, die Robot-Kopplung und der Prozesskatalog.',
    );
    expect(renderParts(ja, error.messageText!)).toBe(
      'Baton をリセットしましたが、次のものは除きます: 接続プロファイルとそのサインイン、ロボットのペアリング、プロセス カタログ。',
    );
    // The log stays English, each part named as the person reads it.
    expect(
      logger.lines.filter((line) => line.level === 'error').map((line) => (line.fields as { part?: string } | undefined)?.part),
    ).toEqual(['connection profiles and their sign-ins', 'the robot pairing', 'the process catalog']);
  });
});
