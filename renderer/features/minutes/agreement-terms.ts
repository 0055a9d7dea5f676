import type { AgreementTerms } from '../../../shared/minutes/workflow';
import type { MinutesContext } from './MinutesFrame';

/** The area's agreement rule, the family and the invitation list: with a version's answers, they decide whether it still says DRAFT. */
export function agreementTerms(context: MinutesContext): AgreementTerms {
  return { rule: context.area.agreementRule, family: context.family, invitees: context.meeting.invitees };
}
