/**
 * The importer against generated files: valid briefings with any text round-trip exactly; cut
 * short, altered, extended, or unrelated files are refused with a specific problem; nothing ever
 * throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefingBodyFrom } from '../../../shared/briefing/authored';
import { writeBriefingFile, type BriefingFile } from '../../../shared/briefing/file-format';
import { readBriefingFile, type BriefingFileProblem } from '../../../shared/briefing/read-file';
import { SECTION_KEYS, type SectionTexts } from '../../../shared/briefing/sections';
import { filledBody, filledBriefing, NOW, TODAY } from './fixtures';

const encode = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

const GOOD = writeBriefingFile(filledBody());
const GOOD_FILE = JSON.parse(decode(GOOD)) as BriefingFile;

/** Reads and checks the answer's shape; a throw fails the property. */
function refusal(bytes: Uint8Array): BriefingFileProblem | 'ok' {
  const read = readBriefingFile(bytes);
  if (read.ok) return 'ok';
  expect(read.message.length).toBeGreaterThan(20);
  expect(read.message).toContain('Nothing was brought in.');
  return read.problem;
}

const anyText = fc.string({ maxLength: 400, unit: 'grapheme' });

describe('valid briefings with any text', () => {
  it('come back exactly as written', () => {
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(SECTION_KEYS.map((k) => [k, anyText])) as Record<keyof SectionTexts, fc.Arbitrary<string>>),
        fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }).filter((s) => s.trim() !== ''),
        (sections, name) => {
          const typed = filledBriefing({ sections: { ...sections, progress: `${sections.progress}x`, childsWords: `“${sections.childsWords}”` }, child: { name, dateOfBirth: '03/02/2016' } });
          const checked = briefingBodyFrom(typed, { now: NOW, today: TODAY });
          if (!checked.ok) throw new Error(checked.problems[0]?.message);
          const read = readBriefingFile(writeBriefingFile(checked.body));
          expect(read.ok).toBe(true);
          if (read.ok) {
            const { checksum: _c, ...body } = read.file;
            expect(body).toEqual(checked.body);
            expect(body.child.name).toBe(name.trim());
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('malformed files are refused, specifically, without throwing', () => {
  it('a file cut short anywhere', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: GOOD.length - 2 }), (end) => {
        expect(['empty', 'truncated', 'not-text']).toContain(refusal(GOOD.slice(0, end)));
      }),
      { numRuns: 300 },
    );
  });

  it('any one byte changed: refused, unless only the layout changed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: GOOD.length - 1 }), fc.integer({ min: 0, max: 255 }), (at, value) => {
        const bytes = GOOD.slice();
        bytes[at] = value;
        const problem = refusal(bytes);
        if (problem === 'ok') {
          const read = readBriefingFile(bytes);
          expect(read.ok && read.file).toEqual(GOOD_FILE);
        } else {
          expect(['not-text', 'truncated', 'damaged', 'unrelated', 'invalid', 'altered', 'newer-version']).toContain(problem);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('any field set to another value: refused as invalid or altered', () => {
    const paths: string[][] = [];
    const walk = (value: unknown, path: string[]) => {
      if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
      }
      if (path.length > 0) paths.push(path);
    };
    walk(GOOD_FILE, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const copy = structuredClone(GOOD_FILE) as unknown as Record<string, unknown>;
        let target: Record<string, unknown> = copy;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
        const last = path[path.length - 1] ?? '';
        const before = JSON.stringify(target[last]);
        target[last] = value;
        fc.pre(JSON.stringify(value) !== before);
        const problem = refusal(encode(JSON.stringify(copy)));
        expect(['invalid', 'altered', 'unrelated', 'newer-version', 'request-not-briefing']).toContain(problem);
        if (path[0] !== 'format' && path[0] !== 'formatVersion') expect(['invalid', 'altered']).toContain(problem);
      }),
      { numRuns: 400 },
    );
  });

  it('a field this version does not know, anywhere: refused as invalid', () => {
    const objects = ['', 'request', 'author', 'child', 'content', 'checksum', 'content.attendance', 'content.attendance.thisTerm'];
    fc.assert(
      fc.property(fc.constantFrom(...objects), fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 1 }), (where, key, value) => {
        const copy = structuredClone(GOOD_FILE) as unknown as Record<string, unknown>;
        let target = copy;
        for (const k of where.split('.').filter(Boolean)) target = target[k] as Record<string, unknown>;
        fc.pre(!Object.hasOwn(target, key));
        Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
        expect(refusal(encode(JSON.stringify(copy)))).toBe('invalid');
      }),
      { numRuns: 200 },
    );
  });

  it('any other JSON, or any bytes at all, is never read as a briefing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(refusal(encode(JSON.stringify(value) ?? ''))).not.toBe('ok');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(refusal(bytes)).not.toBe('ok');
      }),
      { numRuns: 300 },
    );
  });
});
