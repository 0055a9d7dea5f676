/**
 * The one hand-written stand-in for the `electron` module, shared by every main-process test.
 * Use: vi.mock('electron', () => import('../../mocks/electron'));
 * It records what the code under test asked for, and lets tests emit the events Electron
 * would. Call resetElectronMock() in beforeEach.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** An Electron-style event whose default can be prevented. */
export interface MockEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function mockEvent(): MockEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export interface WindowOpenDetails {
  url: string;
}
export type WindowOpenHandler = (details: WindowOpenDetails) => { action: 'allow' | 'deny' };

export class MockWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly loadedUrls: string[] = [];
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  readonly loadURL = vi.fn(async (url: string) => {
    this.loadedUrls.push(url);
  });
  readonly printToPDF = vi.fn(async (_options: object) => Buffer.from('%PDF-1.7 mock'));
  destroyed = false;
  readonly isDestroyed = vi.fn(() => this.destroyed);
  /** Messages main pushed to this page (webContents.send), in order. */
  readonly send = vi.fn((_channel: string, ..._args: unknown[]) => undefined);
}

export interface BrowserWindowOptions {
  title?: string;
  show?: boolean;
  minWidth?: number;
  minHeight?: number;
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.created.filter((w) => !w.destroyed);
  }

  readonly webContents = new MockWebContents();
  destroyed = false;
  minimized = false;
  readonly loadURL = vi.fn(async (url: string) => this.webContents.loadURL(url));
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly isMinimized = vi.fn(() => this.minimized);
  readonly isDestroyed = vi.fn(() => this.destroyed);
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
    this.emit('closed');
  });

  constructor(readonly options: BrowserWindowOptions = {}) {
    super();
    BrowserWindow.created.push(this);
  }
}

type Listener<A extends unknown[]> = ((...args: A) => void) | null;

export class MockSession extends EventEmitter {
  permissionRequestHandler: Listener<[unknown, string, (granted: boolean) => void, unknown]> = null;
  permissionCheckHandler: ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  displayMediaRequestHandler: Listener<[unknown, (streams: unknown) => void]> = null;
  beforeRequest: Listener<[{ url: string }, (response: { cancel?: boolean }) => void]> = null;
  headersReceived: Listener<
    [{ url: string; responseHeaders?: Record<string, string[]> }, (response: { responseHeaders?: Record<string, string[]> }) => void]
  > = null;

  readonly setPermissionRequestHandler = vi.fn((h: MockSession['permissionRequestHandler']) => {
    this.permissionRequestHandler = h;
  });
  readonly setPermissionCheckHandler = vi.fn((h: MockSession['permissionCheckHandler']) => {
    this.permissionCheckHandler = h;
  });
  readonly setDevicePermissionHandler = vi.fn((h: MockSession['devicePermissionHandler']) => {
    this.devicePermissionHandler = h;
  });
  readonly setDisplayMediaRequestHandler = vi.fn((h: MockSession['displayMediaRequestHandler']) => {
    this.displayMediaRequestHandler = h;
  });
  readonly webRequest = {
    onBeforeRequest: vi.fn((h: MockSession['beforeRequest']) => {
      this.beforeRequest = h;
    }),
    onHeadersReceived: vi.fn((h: MockSession['headersReceived']) => {
      this.headersReceived = h;
    }),
  };
  readonly protocol = createMockProtocol();
  spellCheckerEnabled = true;
  spellCheckerDictionaryDownloadURL = 'https://redirector.gvt1.com/edgedl/chrome/dict/';
  readonly setSpellCheckerEnabled = vi.fn((enabled: boolean) => {
    this.spellCheckerEnabled = enabled;
  });
  readonly setSpellCheckerDictionaryDownloadURL = vi.fn((url: string) => {
    // Electron throws on a URL it cannot parse.
    new URL(url);
    this.spellCheckerDictionaryDownloadURL = url;
  });

  constructor(readonly partition: string) {
    super();
  }
}

export type ProtocolHandler = (request: Request) => Promise<Response> | Response;

function createMockProtocol() {
  const handlers = new Map<string, ProtocolHandler>();
  return {
    handlers,
    registerSchemesAsPrivileged: vi.fn((_schemes: unknown[]) => undefined),
    handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
      handlers.set(scheme, handler);
    }),
  };
}

/** What Electron passes to ipcMain.handle listeners; tests forge these. */
export interface MockInvokeEvent {
  senderFrame?: { url: string; parent: unknown } | null;
  [key: string]: unknown;
}
type InvokeListener = (event: MockInvokeEvent, ...args: unknown[]) => unknown;

class MockIpcMain {
  readonly handlers = new Map<string, InvokeListener>();
  readonly handle = vi.fn((channel: string, listener: InvokeListener) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  });

  /** Calls the registered listener as Electron would, with a (possibly forged) event. */
  async invoke(channel: string, event: MockInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, ...args);
  }
}

class MockApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  private readyResolve: () => void = () => undefined;
  private readyPromise = new Promise<void>((resolve) => {
    this.readyResolve = resolve;
  });
  readonly paths = new Map<string, string>([
    ['appData', '/mock/appData'],
    ['documents', '/mock/Documents'],
    ['userData', '/mock/appData/team-around'],
  ]);

  readonly getName = vi.fn(() => 'Team Around');
  readonly getVersion = vi.fn(() => '0.1.0');
  readonly getAppPath = vi.fn(() => '/mock/app');
  readonly getPath = vi.fn((name: string) => this.paths.get(name) ?? `/mock/${name}`);
  readonly setPath = vi.fn((name: string, value: string) => {
    this.paths.set(name, value);
  });
  readonly enableSandbox = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => this.hasLock);
  readonly quit = vi.fn();
  readonly whenReady = vi.fn(() => this.readyPromise);

  /** Resolves whenReady() and emits 'ready', as Electron does once it has started. */
  async becomeReady(): Promise<void> {
    this.readyResolve();
    this.emit('ready');
    await this.readyPromise;
    // Let `.then(start)` run.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** What Electron passes to ipcRenderer.on listeners: an event object the page must never see. */
export interface MockRendererEvent {
  sender: unknown;
  senderId: number;
  ports: unknown[];
}
type RendererListener = (event: MockRendererEvent, ...args: unknown[]) => void;

class MockIpcRenderer {
  private readonly emitter = new EventEmitter();
  readonly invoke = vi.fn(async (channel: string, ...args: unknown[]): Promise<unknown> => ({ channel, args }));
  readonly on = vi.fn((channel: string, listener: RendererListener) => {
    this.emitter.on(channel, listener);
    return this;
  });
  readonly removeListener = vi.fn((channel: string, listener: RendererListener) => {
    this.emitter.removeListener(channel, listener);
    return this;
  });

  listenerCount(channel: string): number {
    return this.emitter.listenerCount(channel);
  }

  /** Delivers a message as if main had sent it, with Electron's event object first. */
  emitFromMain(channel: string, ...args: unknown[]): void {
    const event: MockRendererEvent = { sender: this, senderId: 0, ports: [] };
    this.emitter.emit(channel, event, ...args);
  }
}

/** The async safeStorage API. Its "encryption" is reversible and visibly not the plain text. */
class MockSafeStorage {
  asyncAvailable = true;
  backend: 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown' = 'gnome_libsecret';
  shouldReEncrypt = false;
  readonly isAsyncEncryptionAvailable = vi.fn(async () => this.asyncAvailable);
  readonly getSelectedStorageBackend = vi.fn(() => this.backend);
  readonly encryptStringAsync = vi.fn(async (plainText: string) => Buffer.concat([Buffer.from('v11'), Buffer.from(plainText, 'utf8').map((b) => b ^ 0x5a)]));
  readonly decryptStringAsync = vi.fn(async (encrypted: Buffer) => {
    if (encrypted.subarray(0, 3).toString() !== 'v11') throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return { result: Buffer.from(encrypted.subarray(3).map((b) => b ^ 0x5a)).toString('utf8'), shouldReEncrypt: this.shouldReEncrypt };
  });
  // The deprecated synchronous API: present, so a test can prove it is never used.
  readonly isEncryptionAvailable = vi.fn(() => this.asyncAvailable);
  readonly encryptString = vi.fn((_plainText: string): Buffer => {
    throw new Error('the synchronous safeStorage API is deprecated; use the async one');
  });
  readonly decryptString = vi.fn((_encrypted: Buffer): string => {
    throw new Error('the synchronous safeStorage API is deprecated; use the async one');
  });
  readonly setUsePlainTextEncryption = vi.fn();
}

class MockContextBridge {
  readonly exposed = new Map<string, unknown>();
  readonly exposeInMainWorld = vi.fn((key: string, api: unknown) => {
    this.exposed.set(key, api);
  });
}

export interface MockDialogResult {
  canceled: boolean;
  filePath?: string;
  filePaths?: string[];
}

function createState() {
  const defaultSession = new MockSession('');
  const partitions = new Map<string, MockSession>();
  return {
    app: new MockApp(),
    ipcMain: new MockIpcMain(),
    ipcRenderer: new MockIpcRenderer(),
    contextBridge: new MockContextBridge(),
    protocol: createMockProtocol(),
    session: {
      defaultSession,
      partitions,
      fromPartition: vi.fn((partition: string) => {
        const existing = partitions.get(partition) ?? new MockSession(partition);
        partitions.set(partition, existing);
        return existing;
      }),
    },
    dialog: {
      showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<MockDialogResult> => ({ canceled: true })),
      showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<MockDialogResult> => ({ canceled: true, filePaths: [] })),
    },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    powerMonitor: new EventEmitter(),
    safeStorage: new MockSafeStorage(),
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn((_menu: unknown) => undefined),
    },
  };
}

let state = createState();

/** Fresh state behind every export, so tests cannot see each other's calls. */
export function resetElectronMock(): void {
  state = createState();
  BrowserWindow.created.length = 0;
}

// Each export is a stable proxy onto the current state, so code that imported `app` once
// still sees the fresh state after a reset.
function live<K extends keyof ReturnType<typeof createState>>(key: K): ReturnType<typeof createState>[K] {
  return new Proxy({} as ReturnType<typeof createState>[K], {
    get: (_target, property) => Reflect.get(state[key], property, state[key]),
    set: (_target, property, value) => Reflect.set(state[key], property, value, state[key]),
  });
}

export const app = live('app');
export const ipcMain = live('ipcMain');
export const ipcRenderer = live('ipcRenderer');
export const contextBridge = live('contextBridge');
export const protocol = live('protocol');
export const session = live('session');
export const dialog = live('dialog');
export const shell = live('shell');
export const Menu = live('Menu');
export const powerMonitor = live('powerMonitor');
export const safeStorage = live('safeStorage');
