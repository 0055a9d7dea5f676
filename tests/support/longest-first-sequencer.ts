import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * On a clean clone Vitest has no timings to order files by, and may leave the longest files
 * until last, one after the other, with one core idle. Starting them first, longest first (as
 * measured in a full run), lets everything else run beside them and fill the end.
 */
const LONGEST = [
  'tests/reliability/abrupt-termination.test.ts',
  'tests/reliability/migration-interrupted.test.ts',
  'tests/bench/harness.test.ts',
  'tests/reliability/key-rotation-interrupted.test.ts',
  'tests/reliability/records-in-chromium.test.ts',
  'tests/integration/crypto/key-rotation.test.ts',
  'tests/unit/electron/scan-electron.test.ts',
  'tests/unit/documents/document-check.test.ts',
];

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const i = LONGEST.findIndex((path) => file.moduleId.replaceAll('\\', '/').endsWith(path));
      return i === -1 ? LONGEST.length : i;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
