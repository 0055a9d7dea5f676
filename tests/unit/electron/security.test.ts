import { app, session, shell } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  PRINT_CONTENT_SECURITY_POLICY,
  SPELLCHECK_DICTIONARY_URL,
  installSecurityPolicy,
  installSessionPolicy,
  isAllowedRequestUrl,
  isAppUrl,
  isSafeExternalUrl,
  openExternalSafely,
  spellcheckerAllowed,
} from '../../../electron/security';
import { MockWebContents, app as mockApp, mockEvent, resetElectronMock, session as mockSession, shell as mockShell } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

beforeEach(() => resetElectronMock());

describe('CONTENT_SECURITY_POLICY', () => {
  it('is exactly the policy in SECURITY.md', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('the print policy allows no script and no network at all', () => {
    expect(PRINT_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(PRINT_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|connect-src/);
    expect(PRINT_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});

describe('isAppUrl', () => {
  it.each([
    'app://team-around/index.html',
    'app://team-around/',
    'app://team-around',
    'app://team-around/assets/main.js?v=1#top',
    'APP://team-around/index.html',
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['look-alike host suffix', 'app://team-around.evil.example/index.html'],
    ['look-alike host prefix', 'app://evil-team-around/index.html'],
    ['host in the path', 'app://evil.example/team-around/index.html'],
    ['userinfo trick', 'app://team-around@evil.example/index.html'],
    ['user and password', 'app://user:pass@team-around/index.html'],
    ['port', 'app://team-around:8080/index.html'],
    ['no authority', 'app:team-around/index.html'],
    ['upper-case opaque host', 'app://TEAM-AROUND/index.html'],
    ['https', 'https://team-around/index.html'],
    ['file', 'file:///team-around/index.html'],
    ['javascript', 'javascript:alert(1)//app://team-around/'],
    ['data', 'data:text/html,app://team-around/'],
    ['prefix of a longer string', ' app://team-around/'],
    ['empty', ''],
    ['not a URL', 'team-around'],
  ])('rejects %s', (_label, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it.each([undefined, null, 42, {}, ['app://team-around/']])('rejects a non-string (%s)', (value) => {
    expect(isAppUrl(value)).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it.each([
    'app://team-around/assets/app.js',
    'data:image/png;base64,AAAA',
    'data:image/jpeg;base64,/9j/4AAQ',
    'data:font/woff2;base64,d09GMgABAAAA',
    'data:,',
    'blob:app://team-around/8d1c2e5a-0000-4000-8000-000000000000',
  ])('allows %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(true);
  });

  it.each([
    'https://evil.example/exfiltrate?d=1',
    'http://localhost:5173/',
    'ws://127.0.0.1:9222/',
    'wss://evil.example/',
    'file:///etc/passwd',
    'file://server/share/file',
    'ftp://evil.example/',
    'chrome://settings',
    'app://other-host/index.html',
    'blob:https://evil.example/8d1c2e5a',
    'blob:null/8d1c2e5a',
    'not a url',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD4=',
    'data:application/javascript,alert(1)',
    'data:text/javascript;base64,YWxlcnQoMSk=',
    'data:image/svg+xml,<svg onload="alert(1)"/>',
    'data:,hello',
    'data:;base64,AAAA',
    'devtools://devtools/bundled/inspector.html',
  ])('blocks %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
  });

  it('allows DevTools pages only when asked to (development)', () => {
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', { allowDevTools: true })).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', { allowDevTools: false })).toBe(false);
    // Allowing DevTools opens nothing else.
    expect(isAllowedRequestUrl('data:text/html,<p>x</p>', { allowDevTools: true })).toBe(false);
  });
});

describe('isSafeExternalUrl and openExternalSafely', () => {
  const allow = ['www.gov.uk'];

  it.each([
    ['an allowlisted https host', 'https://www.gov.uk/guidance/working-together', allow],
    ['mailto', 'mailto:someone@example.org', []],
    ['mailto with subject and body', 'mailto:a@example.org?subject=TAC%20meeting&body=Hello', []],
  ])('allows %s', (_label, url, hosts) => {
    expect(isSafeExternalUrl(url, hosts)).toBe(true);
  });

  it.each([
    ['https to any host when the allowlist is empty (the default)', 'https://www.gov.uk/', undefined],
    ['file', 'file:///C:/Windows/System32/calc.exe', allow],
    ['file to a UNC share', 'file://attacker/share/payload.exe', allow],
    ['UNC path', '\\\\attacker\\share\\payload.exe', allow],
    ['UNC path with forward slashes', '//attacker/share/payload.exe', allow],
    ['javascript', 'javascript:alert(document.domain)', allow],
    ['data', 'data:text/html,<script>alert(1)</script>', allow],
    ['vbscript', 'vbscript:msgbox(1)', allow],
    ['http (not https)', 'http://www.gov.uk/', allow],
    ['smb', 'smb://attacker/share', allow],
    ['ms-msdt protocol handler', 'ms-msdt:/id PCWDiagnostic /skip force', allow],
    ['search-ms protocol handler', 'search-ms:query=invoice&crumb=location:\\\\attacker\\share', allow],
    ['look-alike suffix', 'https://www.gov.uk.evil.example/', allow],
    ['look-alike prefix', 'https://evilwww.gov.uk/', allow],
    ['allowlisted name in the path', 'https://evil.example/www.gov.uk', allow],
    ['userinfo trick', 'https://www.gov.uk@evil.example/', allow],
    ['userinfo on an allowed host', 'https://user:pass@www.gov.uk/', allow],
    ['homograph (Cyrillic o)', 'https://www.g\u043ev.uk/', allow],
    ['non-default port', 'https://www.gov.uk:8443/', allow],
    ['backslash host confusion', 'https://www.gov.uk\\@evil.example/', allow],
    ['embedded newline', 'https://www.gov.uk/\nfile:///etc/passwd', allow],
    ['leading space', ' https://www.gov.uk/', allow],
    ['NUL byte', 'https://www.gov.uk/\u0000', allow],
    ['mailto with an attachment', 'mailto:a@example.org?attach=/home/user/.ssh/id_rsa', allow],
    ['mailto with an upper-case attachment', 'mailto:a@example.org?ATTACH=C:\\secrets.docx', allow],
    ['an app URL', 'app://team-around/index.html', allow],
    ['over-long URL', `https://www.gov.uk/${'a'.repeat(3000)}`, allow],
    ['empty', '', allow],
  ])('refuses %s', (_label, url, hosts) => {
    expect(isSafeExternalUrl(url, hosts)).toBe(false);
  });

  it('hands an allowed URL to the shell, normalised', async () => {
    await expect(openExternalSafely('https://www.gov.uk/guidance', allow)).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.gov.uk/guidance');
  });

  it('never calls the shell for a refused URL', async () => {
    for (const url of ['file:///etc/passwd', '\\\\host\\share', 'javascript:alert(1)', 'https://www.gov.uk@evil.example/']) {
      await expect(openExternalSafely(url, allow)).resolves.toBe(false);
    }
    await expect(openExternalSafely(42)).resolves.toBe(false);
    expect(mockShell.openExternal).not.toHaveBeenCalled();
  });

  it('reports false when the shell fails', async () => {
    mockShell.openExternal.mockRejectedValueOnce(new Error('no handler'));
    await expect(openExternalSafely('mailto:a@example.org')).resolves.toBe(false);
  });
});

describe('installSecurityPolicy', () => {
  function install(production = true) {
    installSecurityPolicy(app, session.defaultSession, { production });
    const contents = new MockWebContents();
    mockApp.emit('web-contents-created', mockEvent(), contents);
    return { contents, ses: mockSession.defaultSession };
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('denies %s, even to the app itself', (eventName) => {
    const { contents } = install();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://team-around/index.html']) {
      const event = mockEvent();
      contents.emit(eventName, event, url);
      expect(event.defaultPrevented).toBe(true);
    }
  });

  it('denies webviews', () => {
    const { contents } = install();
    const event = mockEvent();
    contents.emit('will-attach-webview', event, { preload: '/evil.js' }, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies every new window, whatever the URL', () => {
    const { contents } = install();
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    for (const url of ['https://evil.example/', 'app://team-around/index.html', 'about:blank', 'mailto:a@example.org']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('sends only safe links to the operating system when navigation is denied', async () => {
    const { contents } = install();
    contents.emit('will-navigate', mockEvent(), 'file:///C:/Windows/System32/calc.exe');
    contents.windowOpenHandler?.({ url: 'https://evil.example/' });
    contents.windowOpenHandler?.({ url: 'mailto:team@example.org' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(mockShell.openExternal.mock.calls).toEqual([['mailto:team@example.org']]);
  });

  it('denies every permission request and check, devices and display media', () => {
    const { ses } = install();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      ses.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(ses.permissionCheckHandler?.({}, permission, 'app://team-around', {})).toBe(false);
    }
    expect(ses.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
    const displayCallback = vi.fn();
    ses.displayMediaRequestHandler?.({}, displayCallback);
    expect(displayCallback).toHaveBeenCalledWith(null);
  });

  it('cancels downloads', () => {
    const { ses } = install();
    const event = mockEvent();
    ses.emit('will-download', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('cancels every request that is not to the app itself', () => {
    const { ses } = install();
    const decide = (url: string): boolean | undefined => {
      let cancel: boolean | undefined;
      ses.beforeRequest?.({ url }, (response) => {
        cancel = response.cancel;
      });
      return cancel;
    };
    expect(decide('https://evil.example/collect')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('ws://localhost:1234/')).toBe(true);
    expect(decide('app://team-around/assets/app.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
  });

  it('cancels data: pages and scripts, and DevTools pages in production', () => {
    const { ses } = install();
    const decide = (url: string): boolean | undefined => {
      let cancel: boolean | undefined;
      ses.beforeRequest?.({ url }, (response) => {
        cancel = response.cancel;
      });
      return cancel;
    };
    expect(decide('data:text/html,<h1>Sign in again</h1>')).toBe(true);
    expect(decide('data:application/javascript,fetch(1)')).toBe(true);
    expect(decide('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(decide('data:font/woff2;base64,d09GMgABAAAA')).toBe(false);
  });

  it('lets DevTools pages load in development only', () => {
    const { ses } = install(false);
    let cancel: boolean | undefined;
    ses.beforeRequest?.({ url: 'devtools://devtools/bundled/inspector.html' }, (response) => {
      cancel = response.cancel;
    });
    expect(cancel).toBe(false);
  });

  it('points spellcheck dictionary downloads at the app itself, never the internet', () => {
    const { ses } = install();
    expect(ses.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(SPELLCHECK_DICTIONARY_URL);
    expect(ses.spellCheckerDictionaryDownloadURL).toBe('app://team-around/no-spellcheck-dictionaries/');
    expect(isAppUrl(ses.spellCheckerDictionaryDownloadURL)).toBe(true);
    // A dictionary fetched from there would be a request on the app's own origin, never off it.
    expect(isAllowedRequestUrl(`${ses.spellCheckerDictionaryDownloadURL}en-GB-10-1.bdic`)).toBe(true);
    expect(isAllowedRequestUrl('https://redirector.gvt1.com/edgedl/chrome/dict/en-gb-10-1.bdic')).toBe(false);
  });

  it.each([
    ['linux', false],
    ['win32', false],
    ['darwin', true],
  ] as const)('on %s the spellchecker is on: %s (only the operating system\'s own checker needs no download)', (platform, enabled) => {
    installSessionPolicy(session.defaultSession, { platform });
    expect(mockSession.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledWith(enabled);
    expect(mockSession.defaultSession.spellCheckerEnabled).toBe(enabled);
    expect(spellcheckerAllowed(platform)).toBe(enabled);
  });

  it('adds the CSP header to every response and keeps the others', () => {
    const { ses } = install();
    let headers: Record<string, string[]> | undefined;
    ses.headersReceived?.({ url: 'app://team-around/index.html', responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => {
      headers = response.responseHeaders;
    });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});
