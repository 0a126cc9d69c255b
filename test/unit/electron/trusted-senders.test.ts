import { describe, expect, it } from 'vitest';
import { createTrustedSenders, resolveRendererLocation } from '../../../src/main/electron';
import { FakeWebContents } from '../../support/fake-electron';

const page = resolveRendererLocation({});
const eventFrom = (contents: FakeWebContents) => ({ sender: contents, senderFrame: contents.mainFrame }) as never;

function appContents(id = 7): FakeWebContents {
  const contents = new FakeWebContents(id);
  contents.url = `${page.url}#/processes`;
  return contents;
}

describe('trusted IPC senders', () => {
  it("trusts the top frame of the app's own window showing the app page", () => {
    const senders = createTrustedSenders({ isAppUrl: page.isAppUrl });
    const contents = appContents();
    senders.trust(contents as never);
    expect(senders.isTrusted(eventFrom(contents))).toBe(true);
  });

  it('forgets a window once its webContents is destroyed', () => {
    const senders = createTrustedSenders({ isAppUrl: page.isAppUrl });
    const contents = appContents();
    senders.trust(contents as never);
    contents.destroy();
    expect(senders.isTrusted(eventFrom(contents))).toBe(false);
  });

  it('refuses a frame inside the window (an iframe)', () => {
    const senders = createTrustedSenders({ isAppUrl: page.isAppUrl });
    const contents = appContents();
    senders.trust(contents as never);
    const event = { sender: contents, senderFrame: { url: page.url, parent: contents.mainFrame } } as never;
    expect(senders.isTrusted(event)).toBe(false);
  });

  it('refuses a sender whose frame is gone', () => {
    const senders = createTrustedSenders({ isAppUrl: page.isAppUrl });
    const contents = appContents();
    senders.trust(contents as never);
    expect(senders.isTrusted({ sender: contents, senderFrame: null } as never)).toBe(false);
  });

  it('accepts only the dev server origin when the renderer comes from electron-vite dev', () => {
    const dev = resolveRendererLocation({ devServerUrl: 'http://localhost:5173/' });
    expect(dev.isAppUrl('http://localhost:5173/#/runs')).toBe(true);
    expect(dev.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(page.isAppUrl('file:///etc/passwd')).toBe(false);
  });

  // Catches: isAppUrl still matching the old file:// page (or any file), which a navigated or
  // injected frame could be, once the renderer is served from app://baton/.
  it('takes only app://baton/index.html (with any hash) as the app page', () => {
    expect(page.url).toBe('app://baton/index.html');
    expect(page.isAppUrl('app://baton/index.html#/palette')).toBe(true);
    for (const other of [
      'file:///opt/baton/out/renderer/index.html',
      'app://baton/assets/evil.html',
      'app://evil/index.html',
      'app://baton:1/index.html',
      'https://baton/index.html',
      'not a url',
    ]) {
      expect(page.isAppUrl(other), other).toBe(false);
    }
  });
});
