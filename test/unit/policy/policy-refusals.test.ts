import { beforeAll, describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../../src/main/platform/memory';
import { applyPolicy, createPolicyGuard, policySchema } from '../../../src/main/policy';
import { createProfileStore } from '../../../src/main/profiles';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';
import { refusedNow } from '../../support/refusal';

// What an administrator's policy refuses is message ids: the English beside them is pinned by
// hand, and the same ids say it in the person's language.
let de: Translator;
let ar: Translator;
beforeAll(async () => {
  [de, ar] = await Promise.all([loadTranslator('de'), loadTranslator('ar')]);
});

const PATH = '/etc/baton/policy.json';
const ACME = { name: 'Acme', orchestratorUrl: 'https://orchestrator.acme.test/', tenant: 'Default' };

describe('what a policy says when it refuses', () => {
  it('names the preset profiles and the policy file for a locked Orchestrator, in English and in Arabic', () => {
    const guard = createPolicyGuard(policySchema.parse({ profiles: [ACME], lockOrchestratorUrl: true }), { path: PATH });
    const error = refusedNow(() => guard.assertOrchestratorUrlAllowed('https://elsewhere.test/'));
    expect([error.code, error.message, error.hint]).toEqual([
      'FORBIDDEN',
      'This machine is locked to the Orchestrator(s) of the preset profiles.',
      'Use one of the preset profiles (Acme). Your administrator set this in /etc/baton/policy.json; ask them to change it.',
    ]);
    expect(renderParts(ar, error.hintText!)).toBe(
      'استخدم أحد ملفات التعريف المعدّة مسبقًا (Acme). ضبط المسؤول هذا في /etc/baton/policy.json؛ اطلب منه تغييره.',
    );
  });

  it('says local runs are off and what to do instead, in English and in German', () => {
    const guard = createPolicyGuard(policySchema.parse({ disableLocalRuns: true }), { path: PATH });
    const error = refusedNow(() => guard.assertLocalRunsAllowed());
    expect([error.message, error.hint]).toEqual([
      'Runs on this machine’s robot are turned off on this machine.',
      'Run the process remotely (as an Orchestrator job) instead. Your administrator set this in /etc/baton/policy.json; ask them to change it.',
    ]);
    expect(renderParts(de, error.messageText!)).toBe(
      'Ausführungen auf dem Roboter dieses Computers sind auf diesem Computer ausgeschaltet.',
    );
  });

  it('names a preset profile that cannot be removed', () => {
    const inner = createProfileStore({ settings: createMemorySettings(), newId: () => 'p1' });
    const guard = createPolicyGuard(policySchema.parse({ profiles: [ACME], lockOrchestratorUrl: true }), { path: PATH });
    const store = applyPolicy(inner, guard);
    const acme = store.list()[0]!;
    const error = refusedNow(() => store.remove(acme.id));
    expect([error.message, error.hint]).toEqual([
      '"Acme" is a profile your administrator provides; it cannot be removed, renamed or repointed.',
      'Add your own profile for other settings, or ask your administrator to change the policy file.',
    ]);
    expect(renderParts(de, error.messageText!)).toBe(
      '„Acme“ ist ein Profil, das Ihr Administrator bereitstellt; es kann nicht entfernt, umbenannt oder auf eine andere Adresse gerichtet werden.',
    );
  });
});
