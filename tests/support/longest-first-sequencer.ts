import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * On a clean clone Vitest has no timings to order files by, and may leave the two longest
 * reliability files until last, one after the other. Starting them first lets everything else
 * run beside them.
 */
const LONGEST = ['tests/reliability/abrupt-termination.test.ts', 'tests/reliability/migration-interrupted.test.ts'];

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
