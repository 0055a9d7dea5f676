import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { toReceivedReport } from '../../../shared/briefing/received';
import type { FileKind } from '../../../shared/contract';
import { auditRecordType } from '../../../shared/domain/audit-vocabulary';
import { getBridge } from '../../bridge';
import { useRepositories } from '../../data/hooks/useRepositories';
import { fileStem, type MeetingDocumentsProps } from './invitation-input';
import { savedFileWords as resultWords } from '../../components/saved-file-words';
import { StatusLine } from '../../components/notices/StatusLine';
import { Section } from '../../components/Section';

/**
 * The meeting pack, before the meeting: the agenda, who is coming and their roles, and the reports
 * and briefings received so far, as Word or PDF. The chair's own copy; it is not minutes, so it is
 * never marked DRAFT.
 */
export function MeetingPack({ meeting, family, area, chair }: MeetingDocumentsProps) {
  const { briefings, meetings } = useRepositories();
  const received = useLiveQuery(() => briefings.receivedFor(meeting.id), [briefings, meeting.id]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState('');

  const make = async (format: Extract<FileKind, 'docx' | 'pdf'>) => {
    setBusy(true);
    try {
      const files = await import('./pack-files');
      const made = await files.meetingPackFile(
        { family, meeting, area, chair, reports: (received ?? []).map(toReceivedReport), recipient: null },
        format,
        { name: (extension) => `${fileStem(family.familyName, meeting, 'meeting-pack')}.${extension}`, print: (request) => getBridge().printPdf(request) },
      );
      if ('failed' in made) {
        setResult(made.failed);
        return;
      }
      const saved = await getBridge().saveFile({ suggestedName: made.name, kind: made.kind, data: made.data });
      if (saved.status === 'saved') await meetings.recordExport(meeting, [], auditRecordType.meetingPack(format));
      setResult(resultWords(saved));
    } catch (error) {
      setResult(error instanceof Error ? error.message : 'The meeting pack could not be made.');
    } finally {
      setBusy(false);
    }
  };

  const count = received?.length ?? 0;
  return (
    <Section headingId="meeting-pack-heading" title="Meeting pack">
      <p>
        The agenda, who is coming and their roles, and {count === 0 ? 'the reports sent in (none yet)' : `the ${count === 1 ? 'report' : `${count} reports`} sent in so far`}, to print or
        send before the meeting.
      </p>
      <div className="button-group">
        <button type="button" className="button button--secondary button--small" disabled={busy || received === undefined} onClick={() => void make('docx')}>
          Download the meeting pack as Word
        </button>
        <button type="button" className="button button--secondary button--small" disabled={busy || received === undefined} onClick={() => void make('pdf')}>
          Make a PDF of the meeting pack
        </button>
      </div>
      <StatusLine>{result}</StatusLine>
    </Section>
  );
}
