import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { createVoiceImageRepository } from '../../renderer/data/repositories/voice-images';
import { base64ToBytesOrNull } from '../../shared/bytes';
import { VOICE_PICTURE_MAX_BYTES } from '../../shared/rules/meeting-run/voice-pictures';
import { makePng } from '../unit/documents/png';

let db: TeamAroundDatabase;
let n = 0;
let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 23, 10, 0, clock++));
beforeEach(async () => {
  db = new TeamAroundDatabase(`voice-images-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const where = { familyId: 'family-0001', meetingId: 'meeting-0001' };

it("keeps a child's picture with its description and type, and lists it for the meeting and the child", async () => {
  const repo = createVoiceImageRepository(db, now);
  const png = makePng(8, 6);
  const added = await repo.add({ ...where, childId: 'child-leo-01', bytes: png, description: '  Leo drew his family at the park ' });
  expect(added).toMatchObject({ ...where, childId: 'child-leo-01', mediaType: 'image/png', description: 'Leo drew his family at the park' });
  expect(base64ToBytesOrNull(added.base64)).toEqual(png);
  await repo.add({ ...where, childId: 'child-mia-01', bytes: makePng(2, 2), description: 'Mia drew a cat' });
  await repo.add({ familyId: 'family-0001', meetingId: 'meeting-0002', childId: 'child-leo-01', bytes: makePng(2, 2), description: 'Another meeting' });
  expect((await repo.forMeeting('meeting-0001')).map((i) => i.description)).toEqual(['Leo drew his family at the park', 'Mia drew a cat']);
  expect((await repo.forChild('meeting-0001', 'child-mia-01')).map((i) => i.description)).toEqual(['Mia drew a cat']);
});

it('refuses a file that is not a PNG or JPEG by its bytes, even if it calls itself a picture, and keeps nothing', async () => {
  const repo = createVoiceImageRepository(db, now);
  const fake = new TextEncoder().encode('\u0089PNG but really a text file');
  await expect(repo.add({ ...where, childId: 'child-leo-01', bytes: fake, description: 'Drawing' })).rejects.toThrow(
    'The picture must be a PNG or JPEG file. Save it as a PNG or JPEG and choose that instead.',
  );
  expect(await db.voiceImages.count()).toBe(0);
});

it('refuses a picture over about 10 MB, and one with no description', async () => {
  const repo = createVoiceImageRepository(db, now);
  const big = new Uint8Array(VOICE_PICTURE_MAX_BYTES + 1024);
  big.set(makePng(4, 4));
  await expect(repo.add({ ...where, childId: 'child-leo-01', bytes: big, description: 'Big' })).rejects.toThrow('It must be 10 MB or smaller');
  await expect(repo.add({ ...where, childId: 'child-leo-01', bytes: makePng(2, 2), description: ' ' })).rejects.toThrow(
    'Say what the picture shows, for anyone who cannot see it',
  );
  expect(await db.voiceImages.count()).toBe(0);
});

it('removes a picture', async () => {
  const repo = createVoiceImageRepository(db, now);
  const a = await repo.add({ ...where, childId: 'child-leo-01', bytes: makePng(2, 2), description: 'One' });
  await repo.add({ ...where, childId: 'child-leo-01', bytes: makePng(3, 3), description: 'Two' });
  await repo.remove(a.id);
  expect((await repo.forChild('meeting-0001', 'child-leo-01')).map((i) => i.description)).toEqual(['Two']);
});
