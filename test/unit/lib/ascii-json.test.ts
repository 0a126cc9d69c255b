import { describe, expect, it } from 'vitest';
import { asciiJson, asciiOnly } from '../../../src/main/lib';

describe('ASCII-only JSON', () => {
  const value = { name: 'Überweisung 請求書 🧾', path: 'Finance/Zahlungsläufe', quote: 'say "hi"\n', plain: 'Invoice Intake', n: 3 };

  it('parses back to the same value, names past ASCII included, from text of single bytes', () => {
    const text = asciiJson(value);
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('leaves text that is already ASCII as it is', () => {
    const text = JSON.stringify({ plain: 'Invoice Intake', n: 3 });
    expect(asciiOnly(text)).toBe(text);
  });
});
