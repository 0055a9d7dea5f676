import { describe, expect, test } from 'vitest';
import { loadDefaultGuide, parseGuide } from '../../../shared/rules/path/guide';
import { PATH_STEP_IDS } from '../../../shared/rules/path';
import guideJson from '../../../templates/guide/first-meeting.json';

type GuideFile = { title: string; intro: string[]; parts: Array<Record<string, unknown>> };
const copy = (): GuideFile => JSON.parse(JSON.stringify(guideJson)) as GuideFile;

describe('the first meeting guide template', () => {
  test('the shipped guide validates against its schema', () => {
    const parsed = parseGuide(guideJson);
    expect(parsed.ok, parsed.ok ? '' : parsed.message).toBe(true);
  });

  test('has one part for each step of the path, in the same order', () => {
    expect(loadDefaultGuide().parts.map((p) => p.step)).toEqual([...PATH_STEP_IDS]);
  });

  test('each part says something real: sentences of several words', () => {
    for (const part of loadDefaultGuide().parts) {
      for (const text of part.paragraphs) expect(text, part.step).toMatch(/^\S+(\s+\S+){4,}[.!?]$/);
    }
  });

  test('a part missing its words is named, with the field', () => {
    const bad = copy();
    delete bad.parts[2]?.paragraphs;
    expect(parseGuide(bad)).toEqual({ ok: false, message: expect.stringMatching(/^The first meeting guide could not be read: part 3, "paragraphs": /) as unknown });
  });

  test('a step left out, or a step no path has, is refused', () => {
    const missing = copy();
    missing.parts.splice(1, 1);
    expect(parseGuide(missing)).toEqual({ ok: false, message: 'The first meeting guide could not be read: "parts": there is no part for the step "consent".' });
    const unknown = copy();
    if (unknown.parts[0]) unknown.parts[0].step = 'tea-and-biscuits';
    expect(parseGuide(unknown).ok).toBe(false);
  });

  test('parts out of order are refused', () => {
    const swapped = copy();
    const [first, second] = swapped.parts;
    if (first && second) swapped.parts.splice(0, 2, second, first);
    expect(parseGuide(swapped)).toEqual({ ok: false, message: 'The first meeting guide could not be read: "parts": the parts must be in the order of the path.' });
  });
});
