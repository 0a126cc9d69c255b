import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';

const saved = process.env.BATON_CHROMIUM;

afterEach(() => {
  if (saved === undefined) delete process.env.BATON_CHROMIUM;
  else process.env.BATON_CHROMIUM = saved;
});

describe('the Chromium launcher for end-to-end tests', () => {
  it('fails with the fix when the browser is missing, instead of skipping', async () => {
    process.env.BATON_CHROMIUM = '/nonexistent/chromium';
    await expect(launchChromium()).rejects.toThrow(
      'Chromium not found at /nonexistent/chromium; install it with apt-get install -y chromium or set BATON_CHROMIUM',
    );
  });
});
