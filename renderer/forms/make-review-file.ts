/**
 * Makes one parent's or carer's review file: their redacted copy of the minutes the family is
 * checking, sealed with a new code, in one HTML page with the form's program inline. Loaded only
 * when a review file is asked for (the form's program is not needed to open the app).
 */
import { formRuntime } from 'virtual:form-runtime';
import type { FamilyRecord } from '../../shared/domain/family-record';
import type { MinutesRow, ReviewFile } from '../../shared/domain/minutes';
import { newId } from '../../shared/domain/ids';
import { codeFromBytes, CODE_LENGTH } from '../../shared/forms/code';
import { formHtml } from '../../shared/forms/html';
import { reviewPayload } from '../../shared/forms/review';
import { redactContentFor, withheldTexts } from '../../shared/minutes/recipients';
import { makeChairKeys, sealForm } from './crypto';

export interface ReviewFileRequest {
  row: MinutesRow;
  family: FamilyRecord;
  person: { id: string; name: string };
  /** "Sam Taylor, Family support worker, Kirkby Early Help". */
  from: string;
  madeOn: string;
  madeAt: string;
  madeBy: string;
}

export type MadeReviewFile = { ok: true; html: string; code: string; file: ReviewFile } | { ok: false; message: string };

export async function makeReviewFile(req: ReviewFileRequest): Promise<MadeReviewFile> {
  const content = req.row.snapshot;
  if (content === null) return { ok: false, message: 'Send the minutes to the family first: the review file shows what they are checking.' };
  const redacted = redactContentFor(content, req.family, req.person.id);
  const keys = await makeChairKeys();
  const formId = newId();
  const payload = reviewPayload({ formId, row: req.row, redacted, person: req.person, chairKey: keys.publicJwk });
  // The last check: nothing a safety flag hides from this person is anywhere in what the file carries.
  const carried = JSON.stringify(payload).toLocaleLowerCase('en-GB');
  if (withheldTexts(req.person.id, req.family).text.some((t) => carried.includes(t.toLocaleLowerCase('en-GB')))) {
    return { ok: false, message: `The review file for ${req.person.name} would show a detail that a safety flag hides from them. Take it out of the minutes and try again.` };
  }
  const code = codeFromBytes(globalThis.crypto.getRandomValues(new Uint8Array(CODE_LENGTH)));
  const envelope = await sealForm({
    kind: 'family-review',
    formId,
    publicInfo: { title: 'Minutes to check', from: req.from, contact: '', madeOn: req.madeOn },
    code,
    payload,
  });
  return {
    ok: true,
    html: formHtml(envelope, formRuntime),
    code,
    file: { formId, personId: req.person.id, personName: req.person.name, version: req.row.version, privateKey: keys.privateJwk, madeAt: req.madeAt, madeBy: req.madeBy },
  };
}
