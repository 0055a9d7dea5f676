/**
 * Runs the Electron security scan (scripts/scan-electron.mjs, Electronegativity offline) for real:
 * a deliberately insecure window must fail as HIGH, and a stale or unexplained acceptance or an
 * unreadable file must stop it, so the scan is known not to be a no-op. Whether the app's own
 * electron/ tree passes is `npm run scan:electron`, run once as a step of `npm test`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCRIPT = path.join(ROOT, 'scripts', 'scan-electron.mjs');
const ACCEPTED = path.join(ROOT, 'scripts', 'electronegativity-accepted.json');
const BAD_FIXTURE = 'tests/fixtures/electron-bad';
const SCAN_TIMEOUT = 60_000;

interface Finding {
  check: string;
  severity: string;
  scannerSeverity: string;
  file: string;
  line: number;
  accepted: boolean;
  reason?: string;
}
interface Report {
  files: number;
  findings: Finding[];
  stale: unknown[];
  unreadable: { file: string; message: string }[];
  passed: boolean;
}
interface AcceptedList {
  raiseToHigh: { check: string; reason: string }[];
  accepted: { check: string; file: string; severity: string; occurrences: number; reason: string }[];
}

let dir = '';
let runs = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'team-around-scan-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function scan(...args: string[]): Promise<{ code: number; output: string; report: Report | null }> {
  runs += 1;
  const reportFile = path.join(dir, `report-${runs}.json`);
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args, '--report', reportFile], { cwd: ROOT }, (error, stdout, stderr) => {
      const exit = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code: exit, output: `${stdout}${stderr}` });
    });
  });
  const report = await readFile(reportFile, 'utf8').then((text) => JSON.parse(text) as Report, () => null);
  return { code, output, report };
}

async function acceptedList(change: (list: AcceptedList) => AcceptedList): Promise<string> {
  const list = JSON.parse(await readFile(ACCEPTED, 'utf8')) as AcceptedList;
  runs += 1;
  const file = path.join(dir, `accepted-${runs}.json`);
  await writeFile(file, JSON.stringify(change(list)));
  return file;
}

describe('npm run scan:electron', () => {
  // The verdict on the real electron/ tree is `npm run scan:electron`, a step of `npm test` of its own:
  // these tests prove the scan can fail, so that step passing means something.

  it(
    'reports the deliberately insecure window (nodeIntegration: true, contextIsolation: false) as HIGH and fails',
    async () => {
      // The real severity rules, none of the acceptances (they name electron/ files).
      const list = await acceptedList((l) => ({ ...l, accepted: [] }));
      const { code, output, report } = await scan('--input', BAD_FIXTURE, '--accepted', list);
      expect(code, output).toBe(1);
      const high = (report?.findings ?? []).filter((f) => f.severity === 'HIGH' && f.file === `${BAD_FIXTURE}/window.ts`);
      // contextIsolation: false is HIGH by Electronegativity itself...
      expect(high).toContainEqual(expect.objectContaining({ check: 'CONTEXT_ISOLATION_JS_CHECK', scannerSeverity: 'HIGH', accepted: false }));
      // ...nodeIntegration: true only INFORMATIONAL, which our list raises to HIGH.
      expect(high).toContainEqual(expect.objectContaining({ check: 'NODE_INTEGRATION_JS_CHECK', scannerSeverity: 'INFORMATIONAL', accepted: false }));
      expect(output).toMatch(/HIGH\s+CONTEXT_ISOLATION_JS_CHECK\s+tests\/fixtures\/electron-bad\/window\.ts:\d+/);
      expect(output).toContain('Result: FAILED');
    },
    SCAN_TIMEOUT,
  );

  it(
    'fails when an acceptance no longer matches what the scan finds',
    async () => {
      const list = await acceptedList((l) => ({ ...l, accepted: l.accepted.map((a) => (a.check === 'AUXCLICK_JS_CHECK' ? { ...a, occurrences: a.occurrences + 1 } : a)) }));
      const { code, output, report } = await scan('--accepted', list);
      expect(code, output).toBe(1);
      expect(report?.stale).toEqual([expect.objectContaining({ check: 'AUXCLICK_JS_CHECK', file: 'electron/window.ts' })]);
    },
    SCAN_TIMEOUT,
  );

  it(
    'stops (exit 2) rather than skip a file the scanner cannot parse',
    async () => {
      const tree = await mkdtemp(path.join(dir, 'tree-'));
      await writeFile(path.join(tree, 'broken.ts'), 'const window: = new BrowserWindow(;\n');
      const { code, output, report } = await scan('--input', tree);
      expect(code, output).toBe(2);
      expect(report?.unreadable).toEqual([expect.objectContaining({ file: expect.stringMatching(/broken\.ts$/) })]);
    },
    SCAN_TIMEOUT,
  );

  it(
    'stops (exit 2) on an acceptance without a reason, or nothing to scan',
    async () => {
      const list = await acceptedList((l) => ({ ...l, accepted: l.accepted.map((a) => ({ ...a, reason: '' })) }));
      const unexplained = await scan('--accepted', list);
      expect(unexplained.code, unexplained.output).toBe(2);
      expect(unexplained.output).toMatch(/reason/);

      const missing = await scan('--input', path.join(dir, 'no such folder'));
      expect(missing.code, missing.output).toBe(2);
    },
    SCAN_TIMEOUT * 2,
  );
});
