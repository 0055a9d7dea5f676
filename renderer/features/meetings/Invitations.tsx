import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { missingForLetters } from '../../../shared/domain/profile';
import type { MeetingInvitee } from '../../../shared/domain/meeting';
import { auditRecordType, type InvitationFormat } from '../../../shared/domain/audit-vocabulary';
import { getBridge } from '../../bridge';
import { useRepositories } from '../../data/hooks/useRepositories';
import { fileStem, invitationMeeting, type MeetingDocumentsProps } from './invitation-input';
import { paths } from '../../components/paths';
import { savedFileWords as resultWords } from '../../components/saved-file-words';
import { StatusLine } from '../../components/notices/StatusLine';
import { todayInLondon } from '../../../shared/rules/dates';
import { InviteeSharing } from './InviteeSharing';
import type { DocumentFileOptions } from '../../documents/document-files';
import { Section } from '../../components/Section';

/** The family's letter (Word and PDF) for each family member, a short letter for each practitioner, and a calendar invitation for everyone invited. */
export function Invitations({ meeting, family, area, chair }: MeetingDocumentsProps) {
  const { meetings, consent, actions } = useRepositories();
  const consents = useLiveQuery(() => consent.forFamily(family.id), [consent, family.id]);
  const familyActions = useLiveQuery(() => actions.forFamily(family.id), [actions, family.id]);
  const [results, setResults] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const missing = missingForLetters({ ...chair, use: 'chair' });
  if (missing.length > 0) return <DetailsNeeded missing={missing} />;
  const input = invitationMeeting(meeting, family, chair, familyActions ?? []);
  // A calendar file's ORGANIZER must be the chair's real address: none is made without one.
  const hasEmail = chair.email.trim() !== '';
  const letterFor = family.carers.map((c) => c.id).concat(family.children.map((c) => c.id));
  const familyInvitees = meeting.invitees.filter((i) => i.kind === 'family' && letterFor.includes(i.id));

  const run = async (key: string, invitee: MeetingInvitee, make: () => Promise<{ data: Uint8Array; kind: InvitationFormat; name: string } | { failed: string }>) => {
    setBusy(key);
    try {
      const made = await make();
      if ('failed' in made) {
        setResults((r) => ({ ...r, [key]: made.failed }));
        return;
      }
      const result = await getBridge().saveFile({ suggestedName: made.name, kind: made.kind, data: new Uint8Array(made.data) });
      if (result.status === 'saved') await meetings.recordExport(meeting, [invitee.id], auditRecordType.invitation(made.kind));
      setResults((r) => ({ ...r, [key]: resultWords(result) }));
    } catch (error) {
      setResults((r) => ({ ...r, [key]: error instanceof Error ? error.message : 'The file could not be made.' }));
    } finally {
      setBusy(null);
    }
  };

  const letterInput = (invitee: MeetingInvitee) => ({ family, recipientId: invitee.id, meeting: input, area, consents: consents ?? [] });
  const name = (invitee: MeetingInvitee, extension: string) => `${fileStem(family.familyName, meeting, invitee.name)}.${extension}`;

  const letter = (invitee: MeetingInvitee, format: 'docx' | 'pdf') =>
    run(`${invitee.id}:${format}`, invitee, async () => {
      const files = await import('./invitation-files');
      const options: DocumentFileOptions = { name: (extension) => name(invitee, extension), print: (request) => getBridge().printPdf(request) };
      // A practitioner gets a short letter with the agenda; the family their own letter.
      return invitee.kind === 'practitioner'
        ? files.practitionerLetterFile(letterInput(invitee), format, options)
        : files.letterFile(letterInput(invitee), format, options);
    });
  const word = (invitee: MeetingInvitee) => letter(invitee, 'docx');
  const pdf = (invitee: MeetingInvitee) => letter(invitee, 'pdf');

  const calendar = (invitee: MeetingInvitee) =>
    run(`${invitee.id}:ics`, invitee, async () => {
      const files = await import('./invitation-files');
      const data = files.calendarFile({
        family,
        meeting: input,
        area,
        inviteeId: invitee.id,
        sequence: meeting.sequence,
        status: meeting.status === 'cancelled' ? 'cancelled' : 'confirmed',
        stamp: new Date().toISOString(),
      });
      return { data, kind: 'ics', name: name(invitee, 'ics') };
    });

  const status = (key: string) => (
    <StatusLine>{results[key] ?? ''}</StatusLine>
  );

  return (
    <Section headingId="invitations-heading" title="Invitations">
      {meeting.invitees.length === 0 && <p>No one is invited yet.</p>}
      {!hasEmail && (
        <p className="hint-text">
          Calendar invitations name you as the organiser, so that replies reach you. Add your email address in{' '}
          <Link to={paths.settings()}>Settings, under Your details</Link> to make them.
        </p>
      )}
      <ul className="invitee-list">
        {meeting.invitees.map((invitee) => {
          const isFamily = familyInvitees.includes(invitee);
          const hasLetter = isFamily || invitee.kind === 'practitioner';
          return (
            <li key={invitee.id} className="invitee-list__item">
              <h3 className="invitee-list__name">
                <bdi>{invitee.name}</bdi>
                {invitee.role ? `, ${invitee.role}` : ''}
                {invitee.agency ? ` (${invitee.agency})` : ''}
              </h3>
              <InviteeSharing invitee={invitee} consents={consents} today={todayInLondon()} />
              <div className="button-group">
                {hasLetter && (
                  <>
                    <button type="button" className="button button--secondary button--small" disabled={busy !== null || consents === undefined} onClick={() => void word(invitee)}>
                      Download the letter as Word<span className="visually-hidden"> for {invitee.name}</span>
                    </button>
                    <button type="button" className="button button--secondary button--small" disabled={busy !== null || consents === undefined} onClick={() => void pdf(invitee)}>
                      Make a PDF<span className="visually-hidden"> of the letter for {invitee.name}</span>
                    </button>
                  </>
                )}
                {hasEmail && (
                  <button type="button" className="button button--secondary button--small" disabled={busy !== null} onClick={() => void calendar(invitee)}>
                    Download the calendar invitation<span className="visually-hidden"> for {invitee.name}</span>
                  </button>
                )}
              </div>
              {hasLetter && status(`${invitee.id}:docx`)}
              {hasLetter && status(`${invitee.id}:pdf`)}
              {status(`${invitee.id}:ics`)}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

/** Letters and calendar invitations wait for a real name and a way to reply: never "Your lead professional". */
function DetailsNeeded({ missing }: { missing: readonly string[] }) {
  return (
    <Section headingId="invitations-heading" title="Invitations">
      <div className="notice">
        <p>
          Letters and calendar invitations tell the family who you are and how to reach you. Add {missing.join(' and ')} in{' '}
          <Link to={paths.settings()}>Settings, under Your details</Link>, then come back to this meeting.
        </p>
      </div>
    </Section>
  );
}
