/** A request from the chair, and the school's briefing written from it, as the tests use them. */
import { authoredBriefingSchema, briefingBodyFrom, newAuthoredBriefing, type AuthoredBriefing } from '../../../shared/briefing/authored';
import type { BriefingBody } from '../../../shared/briefing/file-format';
import type { BriefingRequest } from '../../../shared/briefing/request';

export const IDS = {
  meeting: 'meeting000000000000000000000001',
  child: 'child0000000000000000000000001',
  otherChild: 'child0000000000000000000000002',
  family: 'family00000000000000000000001',
  practitioner: 'pract000000000000000000000001',
  briefing: 'briefing0000000000000000000001',
} as const;

export const TODAY = '2026-11-23';
export const NOW = '2026-11-23T10:15:00.000Z';

export function request(over: Partial<BriefingRequest> = {}): BriefingRequest {
  return {
    meetingId: IDS.meeting,
    childId: IDS.child,
    child: { name: 'Leo Ruiz', dateOfBirth: '2016-02-03' },
    meetingDate: '2026-12-03',
    kind: 'school-briefing',
    askedOf: { practitionerId: IDS.practitioner, name: 'Kim Wu', agency: 'Oak Lane Primary School' },
    askedBy: { name: 'Sam Taylor', role: 'Family support worker' },
    askedOn: '2026-11-20',
    ...over,
  };
}

/** A school briefing with every part filled in, typed as a person would (spaces at the ends included). */
export function filledBriefing(over: Partial<AuthoredBriefing> = {}): AuthoredBriefing {
  const start = newAuthoredBriefing(request(), { id: IDS.briefing, now: NOW, today: TODAY, author: { name: 'Kim Wu', role: 'SENCO' } });
  return authoredBriefingSchema.parse({
    ...start,
    author: { name: 'Kim Wu ', role: 'SENCO (special educational needs co-ordinator)', agency: 'Oak Lane Primary School' },
    attendance: { thisTerm: { possible: '120', attended: '105', late: '6' }, lastTerm: { possible: '130', attended: '124', late: '' } },
    progressLevel: 'below',
    sections: {
      progress: 'Reading is about a year behind.\nMaths is close to where we expect.',
      behaviour: 'Settled in class; finds lunchtimes hard.',
      wellbeing: 'Often tired on Mondays.',
      sendSupport: 'SEN support: small-group reading three times a week.',
      goingWell: 'Loves science and helps younger children.',
      worries: 'Late on 6 mornings this term; says there is no breakfast some days.',
      alreadyDone: 'Breakfast club place since October: on time most days since.',
      childsWords: 'I like school when Mr Patel does experiments. Mornings are hard because Mum is poorly.',
      childsWordsHow: 'In a chat with his class teacher on 12 November 2026.',
      canOffer: 'Keep the breakfast club place; a weekly check-in with the learning mentor.',
    },
    ...over,
  });
}

/** The file body the filled briefing makes. */
export function filledBody(over: Partial<AuthoredBriefing> = {}): BriefingBody {
  const checked = briefingBodyFrom(filledBriefing(over), { now: NOW, today: TODAY });
  if (!checked.ok) throw new Error(`fixture does not check: ${checked.problems.map((p) => p.message).join('; ')}`);
  return checked.body;
}
