/**
 * Makes the briefing form file for a school or agency from the chair's request: the request and
 * the briefing's id, sealed with a new code, in one HTML page the school opens in its browser.
 * Loaded only when asked for.
 */
import { formRuntime } from 'virtual:form-runtime';
import type { BriefingRequest } from '../../shared/briefing/request';
import { newId } from '../../shared/domain/ids';
import { briefingFormPayload, briefingFormTitle } from '../../shared/forms/briefing';
import { codeFromBytes, CODE_LENGTH } from '../../shared/forms/code';
import { formHtml } from '../../shared/forms/html';
import { sealForm } from './crypto';

export async function makeBriefingForm(request: BriefingRequest, from: string): Promise<{ html: string; code: string }> {
  const formId = newId();
  const code = codeFromBytes(globalThis.crypto.getRandomValues(new Uint8Array(CODE_LENGTH)));
  const envelope = await sealForm({
    kind: 'school-briefing',
    formId,
    publicInfo: { title: briefingFormTitle(request), from, contact: '', madeOn: request.askedOn },
    code,
    payload: briefingFormPayload(formId, newId(), request),
  });
  return { html: formHtml(envelope, formRuntime), code };
}
