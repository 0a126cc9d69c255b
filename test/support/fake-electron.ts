import { EventEmitter } from 'node:events';
import type { ElectronApis } from '../../src/main/electron';
import type { ProtocolApi } from '../../src/main/electron/windows/app-protocol';
import type { OpenKeyValueFile } from '../../src/main/platform/electron';

/**
 * A fake `electron` module for unit tests: the Electron runtime is not installed here, and
 * the host's logic (IPC binding, window options, hardening, tray, vault) does not need it.
 * Every module records what the code under test did with it; helpers play the other side
 * (a renderer invoking, a navigation, a response arriving). Use directly, or as
 * `vi.mock('electron', ...)` for code that imports `electron` itself (the preload).
 */

export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface FakeFrame {
  readonly url: string;
  parent: FakeFrame | null;
}

export class FakeWebContents extends EventEmitter {
  url = '';
  readonly mainFrame: FakeFrame;
  /** Everything sent to the page with `send`, in order. */
  readonly sent: { channel: string; args: unknown[] }[] = [];
  /** The page side: what ipcRenderer.on listens to. */
  readonly page = new EventEmitter();
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined;
  private destroyed = false;

  constructor(readonly id: number) {
    super();
    const currentUrl = () => this.url;
    this.mainFrame = {
      get url() {
        return currentUrl();
      },
      parent: null,
    };
  }

  getURL(): string {
    return this.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('destroyed');
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    // Electron structured-clones IPC arguments; so does the fake, to catch non-cloneable payloads.
    const copy = structuredClone(args);
    this.sent.push({ channel, args: copy });
    this.page.emit(channel, { sender: undefined }, ...copy);
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  /** Plays a navigation the page asked for; returns whether it went ahead. */
  navigate(url: string, event: 'will-navigate' | 'will-redirect' = 'will-navigate'): boolean {
    const navigation = new FakeEvent();
    this.emit(event, navigation, url);
    if (!navigation.defaultPrevented) this.url = url;
    return !navigation.defaultPrevented;
  }

  /** Plays a navigation of one frame (`will-frame-navigate`); returns whether it went ahead. */
  navigateFrame(url: string, isMainFrame: boolean): boolean {
    const navigation = Object.assign(new FakeEvent(), { url, isMainFrame });
    this.emit('will-frame-navigate', navigation);
    return !navigation.defaultPrevented;
  }

  /** How often the page was reloaded. */
  reloads = 0;
  reload(): void {
    this.reloads++;
  }

  /** Plays the renderer process going away (`render-process-gone`). */
  crash(details: { reason: string; exitCode: number } = { reason: 'crashed', exitCode: 139 }): void {
    this.emit('render-process-gone', new FakeEvent(), details);
  }

  /** Plays `window.open(url)` in the page; returns the handler's decision. */
  openWindow(url: string): 'allow' | 'deny' {
    return this.windowOpenHandler?.({ url }).action ?? 'allow';
  }
}

type Listener = (...args: never[]) => unknown;

export function createFakeElectron() {
  let nextId = 1;
  const windows: FakeBrowserWindow[] = [];
  const trays: FakeTray[] = [];
  const notifications: FakeNotification[] = [];

  class FakeApp extends EventEmitter {
    hasSingleInstanceLock = true;
    isPackaged = false;
    quitRequests = 0;
    hasQuit = false;
    exitCode: number | undefined;
    requestSingleInstanceLock(): boolean {
      return this.hasSingleInstanceLock;
    }
    isReady = false;
    whenReady(): Promise<void> {
      this.isReady = true;
      return Promise.resolve();
    }
    getPath(name: string): string {
      return `/fake/${name}`;
    }
    loginItem: { openAtLogin: boolean; args?: string[] } = { openAtLogin: false };
    /** What macOS reports about this launch (`wasOpenedAtLogin`). */
    wasOpenedAtLogin = false;
    setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void {
      this.loginItem = settings;
    }
    getLoginItemSettings(): { openAtLogin: boolean; wasOpenedAtLogin: boolean } {
      return { openAtLogin: this.loginItem.openAtLogin, wasOpenedAtLogin: this.wasOpenedAtLogin };
    }
    getAppPath(): string {
      return '/fake/app';
    }
    getVersion(): string {
      return '0.0.0-test';
    }
    /** Windows' AppUserModelID, which its notifications are shown under (Electron's app.setAppUserModelId). */
    appUserModelId: string | undefined;
    setAppUserModelId(id: string): void {
      this.appUserModelId = id;
    }
    /** The OS's languages, most preferred first (Electron's app.getPreferredSystemLanguages). */
    preferredSystemLanguages: string[] = ['en-US'];
    getPreferredSystemLanguages(): string[] {
      return this.preferredSystemLanguages;
    }
    /** Electron's order: before-quit, close every window, will-quit, quit; each can be held. */
    quit(): void {
      this.quitRequests++;
      const before = new FakeEvent();
      this.emit('before-quit', before);
      if (before.defaultPrevented) return;
      for (const window of windows) if (!window.isDestroyed()) window.close();
      if (windows.some((window) => !window.isDestroyed())) return;
      const will = new FakeEvent();
      this.emit('will-quit', will);
      if (will.defaultPrevented) return;
      this.hasQuit = true;
      this.emit('quit');
    }
    exit(code = 0): void {
      this.exitCode = code;
    }
  }
  const app = new FakeApp();

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents(nextId++);
    loadedUrl: string | undefined;
    visible = false;
    minimized = false;
    focused = false;
    private destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', new FakeEvent(), this.webContents);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      this.webContents.url = url;
      return Promise.resolve();
    }
    show(): void {
      this.visible = true;
    }
    hide(): void {
      this.visible = false;
    }
    focus(): void {
      this.focused = true;
    }
    restore(): void {
      this.minimized = false;
    }
    isVisible(): boolean {
      return this.visible;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    close(): void {
      const event = new FakeEvent();
      this.emit('close', event);
      if (!event.defaultPrevented) this.destroy();
    }
    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.visible = false;
      this.webContents.destroy();
      this.emit('closed');
    }
  }

  class FakeIpcMain extends EventEmitter {
    readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown): void {
      if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.handlers.set(channel, handler);
    }
    removeHandler(channel: string): void {
      this.handlers.delete(channel);
    }
    /** Plays `ipcRenderer.invoke` from a page; arguments and result are cloned like Electron's IPC. */
    async invokeFrom(sender: FakeWebContents, channel: string, ...args: unknown[]): Promise<unknown> {
      const handler = this.handlers.get(channel);
      if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered for '${channel}'`);
      const event = { sender, senderFrame: sender.mainFrame, processId: 1, frameId: 1 };
      return structuredClone(await handler(event, ...structuredClone(args)));
    }
    /** Plays `ipcRenderer.send` from a page. */
    sendFrom(sender: FakeWebContents, channel: string, ...args: unknown[]): void {
      this.emit(channel, { sender, senderFrame: sender.mainFrame, processId: 1, frameId: 1 }, ...structuredClone(args));
    }
  }
  const ipcMain = new FakeIpcMain();

  /** The page the preload runs in; tests point it at a window's webContents. */
  const renderer = { contents: new FakeWebContents(nextId++) };
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => ipcMain.invokeFrom(renderer.contents, channel, ...args),
    send: (channel: string, ...args: unknown[]) => ipcMain.sendFrom(renderer.contents, channel, ...args),
    on(channel: string, listener: Listener) {
      renderer.contents.page.on(channel, listener as (...args: unknown[]) => void);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener) {
      renderer.contents.page.removeListener(channel, listener as (...args: unknown[]) => void);
      return ipcRenderer;
    },
  };

  const exposed: Record<string, unknown> = {};
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (key in exposed) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
      exposed[key] = api;
    },
  };

  type HeadersListener = (
    details: { url: string; resourceType: string; responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders?: Record<string, string[]>; cancel?: boolean }) => void,
  ) => void;
  const defaultSession = {
    webRequest: {
      headersListener: null as HeadersListener | null,
      onHeadersReceived(listener: HeadersListener | null) {
        this.headersListener = listener;
      },
    },
    permissionRequestHandler: null as ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
    permissionCheckHandler: null as ((...args: unknown[]) => boolean) | null,
    setPermissionRequestHandler(handler: typeof this.permissionRequestHandler) {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: typeof this.permissionCheckHandler) {
      this.permissionCheckHandler = handler;
    },
    /** Plays a response arriving; resolves with the headers the page will see. */
    receive(url: string, responseHeaders: Record<string, string[]> = {}, resourceType = 'mainFrame') {
      return new Promise<Record<string, string[]> | undefined>((resolve, reject) => {
        const listener = this.webRequest.headersListener;
        if (!listener) return resolve(responseHeaders);
        try {
          listener({ url, resourceType, responseHeaders }, (response) => resolve(response.responseHeaders ?? responseHeaders));
        } catch (error) {
          reject(error as Error);
        }
      });
    },
    /** Plays a permission request; resolves with the decision. */
    requestPermission(permission: string) {
      return new Promise<boolean>((resolve) => {
        const handler = this.permissionRequestHandler;
        if (!handler) return resolve(true);
        handler(undefined, permission, resolve);
      });
    },
  };
  const session = { defaultSession };

  const shell = {
    opened: [] as string[],
    async openExternal(url: string) {
      shell.opened.push(url);
    },
  };

  const FAKE_PREFIX = 'fake-encrypted:';
  const safeStorage = {
    backend: 'gnome_libsecret' as 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown',
    isAvailable: true,
    shouldReEncrypt: false,
    isEncryptionAvailable: () => safeStorage.isAvailable,
    isAsyncEncryptionAvailable: async () => safeStorage.isAvailable,
    getSelectedStorageBackend: () => safeStorage.backend,
    async encryptStringAsync(plainText: string): Promise<Buffer> {
      if (!safeStorage.isAvailable) throw new Error('Encryption is not available.');
      return Buffer.from(FAKE_PREFIX + Buffer.from(plainText, 'utf8').toString('hex'), 'utf8');
    },
    async decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
      const text = encrypted.toString('utf8');
      if (!text.startsWith(FAKE_PREFIX)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { result: Buffer.from(text.slice(FAKE_PREFIX.length), 'hex').toString('utf8'), shouldReEncrypt: safeStorage.shouldReEncrypt };
    },
  };

  class FakeNotification extends EventEmitter {
    static supported = true;
    static isSupported(): boolean {
      return FakeNotification.supported;
    }
    isShown = false;
    constructor(readonly options: { title?: string; body?: string }) {
      super();
    }
    show(): void {
      this.isShown = true;
      notifications.push(this);
    }
    click(): void {
      this.emit('click', new FakeEvent());
    }
  }

  const net = {
    requests: [] as { url: string; init?: RequestInit }[],
    respond: (_url: string): Response => new Response('ok'),
    async fetch(input: string, init?: RequestInit): Promise<Response> {
      net.requests.push({ url: input, init });
      return net.respond(input);
    },
  };

  class FakeMenu {
    constructor(
      readonly items: {
        label?: string;
        type?: string;
        role?: string;
        enabled?: boolean;
        click?: () => void;
        submenu?: FakeMenu['items'];
      }[],
    ) {}
  }
  const Menu = {
    buildFromTemplate: (template: FakeMenu['items']) => new FakeMenu(template),
    /** The window's menu bar, as the app set it. */
    applicationMenu: null as FakeMenu | null,
    setApplicationMenu(menu: FakeMenu | null) {
      Menu.applicationMenu = menu;
    },
  };

  class FakeTray extends EventEmitter {
    tooltip = '';
    contextMenu: FakeMenu | null = null;
    private destroyed = false;
    constructor(public image: string) {
      super();
      trays.push(this);
    }
    setImage(image: string): void {
      this.image = image;
    }
    setToolTip(tooltip: string): void {
      this.tooltip = tooltip;
    }
    setContextMenu(menu: FakeMenu | null): void {
      this.contextMenu = menu;
    }
    destroy(): void {
      this.destroyed = true;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    /** Plays a click on a context-menu item by its label. */
    clickItem(label: string): void {
      const item = this.contextMenu?.items.find((candidate) => candidate.label === label);
      if (!item?.click) throw new Error(`No clickable tray item labelled ${label}`);
      item.click();
    }
  }

  const nativeImage = { createFromPath: (path: string) => ({ path, isEmpty: () => false }) };

  type ProtocolHandler = (request: Request) => Response | Promise<Response>;
  const protocol = {
    privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
    handlers: new Map<string, ProtocolHandler>(),
    registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]) {
      // Electron's rule: privileges are fixed at startup.
      if (app.isReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      protocol.privileged.push(...schemes);
    },
    handle(scheme: string, handler: ProtocolHandler) {
      if (protocol.handlers.has(scheme)) throw new Error(`The scheme has been handled: ${scheme}`);
      protocol.handlers.set(scheme, handler);
    },
    unhandle(scheme: string) {
      protocol.handlers.delete(scheme);
    },
    /** Plays the page requesting a URL of a handled scheme; rejects as Chromium does for an unknown one. */
    async request(url: string, init?: RequestInit): Promise<Response> {
      const handler = protocol.handlers.get(new URL(url).protocol.replace(/:$/, ''));
      if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`);
      return handler(new Request(url, init));
    },
  };

  const modules = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    ipcRenderer,
    contextBridge,
    session,
    shell,
    safeStorage,
    Notification: FakeNotification,
    net,
    Menu,
    Tray: FakeTray,
    nativeImage,
    protocol,
  };
  return {
    ...modules,
    default: modules,
    // Test-side views of what happened.
    windows,
    trays,
    notifications,
    exposed,
    renderer,
    /** A page that is not one of the app's windows. */
    createStrangerContents: () => new FakeWebContents(nextId++),
    /** The fake, typed as the Electron modules the desktop host takes. */
    asApis: () => modules as unknown as ElectronApis & { protocol: ProtocolApi },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeBrowserWindow = InstanceType<FakeElectron['BrowserWindow']>;
export type FakeTray = InstanceType<FakeElectron['Tray']>;

/** The desktop's data files in memory: `openFile` for the Electron platform, with the data kept for assertions. */
export function createMemoryFiles(
  initial: Record<string, Record<string, unknown>> = {},
): OpenKeyValueFile & { files: Map<string, Map<string, unknown>>; setAside: Map<string, unknown> } {
  const files = new Map<string, Map<string, unknown>>();
  const setAside = new Map<string, unknown>();
  const open: OpenKeyValueFile = async (name, onSetAside) => {
    const data = files.get(name) ?? new Map(Object.entries(initial[name] ?? {}));
    files.set(name, data);
    return {
      path: `/fake/userData/${name}.json`,
      get: (key) => structuredClone(data.get(key)),
      set: (key, value) => void data.set(key, structuredClone(value)),
      delete: (key) => void data.delete(key),
      clear: () => data.clear(),
      setAside: (key, reason) => {
        setAside.set(key, data.get(key));
        data.delete(key);
        const event = { key, reason, backup: `/fake/userData/${name}.json.corrupt` };
        onSetAside?.(event);
        return event;
      },
    };
  };
  return Object.assign(open, { files, setAside });
}
