import { describe, expect, it } from 'vitest';
import { createTrustedSenders, resolveRendererLocation } from '../../../src/main/electron';
import { FakeWebContents } from '../../support/fake-electron';

const page = resolveRendererLocation({ indexHtml: '/opt/baton/out/renderer/index.html' });
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
    const dev = resolveRendererLocation({ indexHtml: '/x/index.html', devServerUrl: 'http://localhost:5173/' });
    expect(dev.isAppUrl('http://localhost:5173/#/runs')).toBe(true);
    expect(dev.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(page.isAppUrl('file:///etc/passwd')).toBe(false);
  });
});
