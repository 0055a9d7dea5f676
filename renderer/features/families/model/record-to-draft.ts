import type { FamilyRecord } from '../../../../shared/domain/family-record';
import { parentalResponsibilityFor, relationshipToChild } from '../../../../shared/domain/person';
import { formatShortDate } from '../../../../shared/rules/dates';
import { emptyHome, type FamilyFormDraft } from './form-draft';

/**
 * The form's text for a saved family: dates shown the UK way, and a relationship row for every
 * carer and child (a family saved before relationships were recorded per child starts each row
 * from the carer's general relationship).
 */
export function recordToDraft(record: FamilyRecord, newId: () => string): FamilyFormDraft {
  return {
    familyName: record.familyName,
    // A family saved before homes were recorded gets an empty home to fill in, so the form is ready to use.
    households:
      record.households.length > 0
        ? record.households.map((h) => ({ ...h, address: { ...h.address }, carerIds: [...h.carerIds], childIds: [...h.childIds] }))
        : [emptyHome(newId())],
    carers: record.carers.map((c) => ({
      id: c.id,
      name: c.name,
      phone: c.phone,
      email: c.email,
      childRelationships: record.children.map((child) => ({
        childId: child.id,
        relationship: relationshipToChild(c, child.id),
        parentalResponsibility: parentalResponsibilityFor(c, child.id),
      })),
      preferredContactMethod: c.preferredContactMethod,
      preferredContactTimes: c.preferredContactTimes,
      firstLanguage: c.firstLanguage,
      interpreterNeeded: c.interpreterNeeded,
      interpreterLanguage: c.interpreterLanguage,
      literacyOrAccessNeeds: c.literacyOrAccessNeeds,
      easyReadNeeded: c.easyReadNeeded,
    })),
    children: record.children.map((c) => ({
      id: c.id,
      name: c.name,
      preferredName: c.preferredName,
      dateOfBirth: formatShortDate(c.dateOfBirth),
      school: c.school,
      sendStatus: c.sendStatus,
      sendDetails: c.sendDetails,
      communication: c.communication,
      viewsMethods: [...c.viewsMethods],
      firstLanguage: c.firstLanguage,
      interpreterNeeded: c.interpreterNeeded,
      interpreterLanguage: c.interpreterLanguage,
      phone: c.phone,
      email: c.email,
    })),
    safetyFlags: record.safetyFlags.map((f) => ({
      id: f.id,
      subjectId: f.subjectId,
      covers: [...f.covers],
      hiddenFrom: [...f.hiddenFrom],
      reason: f.reason,
      addedOn: f.addedOn,
      addedBy: f.addedBy,
      ended: f.ended ? { ...f.ended } : null,
      endRequested: false,
      endReason: '',
    })),
  };
}
