/**
 * The Chromium the end-to-end and reliability tests drive: Debian's headless shell (the
 * `chromium-headless-shell` package, the same engine and version as Debian's Chromium without the
 * browser's own windows), which starts on a third of the CPU (record 0043). The benchmark and the
 * printed-document checks keep the full browser, as users' Electron is. CHROMIUM_PATH overrides both.
 * The binary itself, not /usr/bin's wrapper script, which would stay behind as the browser's parent.
 */
import { existsSync } from 'node:fs';

export const HEADLESS_SHELL_PATH = '/usr/lib/chromium/chromium-headless-shell';
export const FULL_CHROMIUM_PATH = '/usr/bin/chromium';

export const TEST_CHROMIUM_PATH: string = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : FULL_CHROMIUM_PATH);
