import { describe, expect, it } from 'vitest';
import { meetingRecordSchema, type MeetingRecord } from '../../../shared/domain/meeting-record';
import {
  checkVoicePicture,
  PICTURE_DESCRIPTION_MESSAGE,
  PICTURE_MISSING_MESSAGE,
  PICTURE_TYPE_MESSAGE,
  pictureDataUrl,
  pictureSizeMessage,
  sniffPictureType,
  VOICE_PICTURE_MAX_BYTES,
} from '../../../shared/rules/meeting-run/voice-pictures';
import { changeVoice, hasVoice, voiceFor, withImage, withoutImage } from '../../../shared/rules/meeting-run/voice-record';
import { makePng } from '../documents/png';

const record = (): MeetingRecord =>
  meetingRecordSchema.parse({ id: 'meeting-0001', familyId: 'family-0001', startedAt: '2026-11-23T10:00:00Z', updatedAt: '2026-11-23T10:00:00Z' });

// The smallest JPEG header the size reader accepts: SOI, then a start-of-frame with 10 x 20 pixels.
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x14, 0x00, 0x0a, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);

describe("the child's voice in the record", () => {
  it('has no entry for a child until something is recorded, then exactly one', () => {
    const empty = record();
    expect(empty.childVoices).toEqual([]);
    expect(voiceFor(empty, 'child-leo-01').words).toBe('');
    const once = changeVoice(empty, 'child-leo-01', (v) => ({ ...v, words: 'I like football' }));
    const twice = changeVoice(once, 'child-leo-01', (v) => ({ ...v, answers: { ...v.answers, do: 'Help me with reading' } }));
    expect(twice.childVoices).toHaveLength(1);
    expect(voiceFor(twice, 'child-leo-01')).toMatchObject({ words: 'I like football', answers: { grow: '', thinkAbout: '', do: 'Help me with reading' }, sharing: 'not-asked' });
    expect(empty.childVoices).toEqual([]);
  });

  it("keeps each child's voice apart, and a recipe cannot move a voice to another child", () => {
    let r = changeVoice(record(), 'child-leo-01', (v) => ({ ...v, words: 'Leo' }));
    r = changeVoice(r, 'child-mia-01', (v) => ({ ...v, words: 'Mia', childId: 'child-leo-01' }));
    expect(r.childVoices.map((v) => [v.childId, v.words])).toEqual([
      ['child-leo-01', 'Leo'],
      ['child-mia-01', 'Mia'],
    ]);
  });

  it('adds a picture id once and takes it out again', () => {
    let r = withImage(record(), 'child-leo-01', 'image-00001');
    r = withImage(r, 'child-leo-01', 'image-00001');
    r = withImage(r, 'child-leo-01', 'image-00002');
    expect(voiceFor(r, 'child-leo-01').imageIds).toEqual(['image-00001', 'image-00002']);
    expect(voiceFor(withoutImage(r, 'child-leo-01', 'image-00001'), 'child-leo-01').imageIds).toEqual(['image-00002']);
  });

  it('says whether anything has been heard from the child', () => {
    expect(hasVoice(voiceFor(record(), 'child-0001'))).toBe(false);
    expect(hasVoice({ ...voiceFor(record(), 'child-0001'), gatheredBy: 'Sam' })).toBe(false);
    expect(hasVoice({ ...voiceFor(record(), 'child-0001'), answers: { grow: '', thinkAbout: ' ', do: 'Listen' } })).toBe(true);
  });
});

describe("pictures in the child's voice", () => {
  it('accepts a PNG and a JPEG by their bytes, whatever the file was called', () => {
    expect(checkVoicePicture({ bytes: makePng(4, 4), description: 'A house with a sun' })).toEqual({ ok: true, mediaType: 'image/png' });
    expect(checkVoicePicture({ bytes: JPEG, description: 'My dog' })).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(sniffPictureType(JPEG)).toBe('image/jpeg');
  });

  it('refuses a file that is not a PNG or JPEG, such as a text file or a GIF', () => {
    const text = new TextEncoder().encode('not really a picture, just words');
    const gif = new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000');
    for (const bytes of [text, gif]) {
      expect(checkVoicePicture({ bytes, description: 'Drawing' })).toEqual({ ok: false, problems: [{ field: 'file', message: PICTURE_TYPE_MESSAGE }] });
    }
  });

  it('refuses a picture over 10 MB, saying how big it is', () => {
    const big = new Uint8Array(VOICE_PICTURE_MAX_BYTES + 1);
    big.set(makePng(2, 2));
    const result = checkVoicePicture({ bytes: big, description: 'Big' });
    expect(result).toEqual({ ok: false, problems: [{ field: 'file', message: 'The picture is 10.1 MB. It must be 10 MB or smaller: save a smaller copy and choose that instead.' }] });
    expect(pictureSizeMessage(12.5 * 1024 * 1024)).toBe('The picture is 12.5 MB. It must be 10 MB or smaller: save a smaller copy and choose that instead.');
    const atLimit = new Uint8Array(VOICE_PICTURE_MAX_BYTES);
    atLimit.set(makePng(2, 2));
    expect(checkVoicePicture({ bytes: atLimit, description: 'Just fits' }).ok).toBe(true);
  });

  it('needs a picture and a description, and says both at once', () => {
    expect(checkVoicePicture({ bytes: null, description: '  ' })).toEqual({
      ok: false,
      problems: [
        { field: 'file', message: PICTURE_MISSING_MESSAGE },
        { field: 'description', message: PICTURE_DESCRIPTION_MESSAGE },
      ],
    });
    expect(checkVoicePicture({ bytes: makePng(2, 2), description: 'x'.repeat(1001) })).toEqual({
      ok: false,
      problems: [{ field: 'description', message: 'Keep the description to 1000 characters or fewer' }],
    });
  });

  it('shows a kept picture as a data: URL of its own type', () => {
    expect(pictureDataUrl({ mediaType: 'image/jpeg', base64: 'AAAA' })).toBe('data:image/jpeg;base64,AAAA');
  });
});
