import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints CSS as if it lived in the renderer, with the project's real ESLint config (what `npm run lint` runs).
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(css: string, filePath = 'src/renderer/features/runs/runs.css'): Promise<string[]> {
  const [result] = await eslint.lintText(css, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

describe('the logical-properties lint rule for the renderer’s stylesheets', () => {
  it('refuses physical left/right properties and names the logical one', async () => {
    const found = await problems(
      '.a { margin-left: 4px; padding-right: 1rem; border-left-color: red; left: 0; border-top-right-radius: 2px; }\n',
    );
    expect(found).toEqual([
      expect.stringMatching(/logical-properties: "margin-left" .* use margin-inline-start/),
      expect.stringMatching(/"padding-right" .* use padding-inline-end/),
      expect.stringMatching(/"border-left-color" .* use border-inline-start-color/),
      expect.stringMatching(/"left" .* use inset-inline-start/),
      expect.stringMatching(/"border-top-right-radius"/),
    ]);
  });

  it('refuses left and right as values of text-align and float', async () => {
    expect(await problems('.a { text-align: left; float: right; }\n')).toEqual([
      expect.stringMatching(/"text-align: left" .* use text-align: start/),
      expect.stringMatching(/"float: right" .* use float: end/),
    ]);
  });

  it('accepts logical properties, and physical top/bottom', async () => {
    expect(
      await problems('.a { margin-inline-start: 4px; inset-inline: 0; border-inline-end: 1px solid; text-align: start; top: 0; }\n'),
    ).toEqual([]);
  });
});
