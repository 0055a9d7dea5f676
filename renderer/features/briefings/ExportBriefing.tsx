import { useState } from 'react';
import type { BriefingBody } from '../../../shared/briefing/file-format';
import { writeBriefingFile } from '../../../shared/briefing/file-format';
import type { FileKind } from '../../../shared/contract';
import { getBridge } from '../../bridge';
import { StorageError } from '../../data/errors';
import type { AuthoredExportFormat } from '../../data/repositories/briefings';
import { useRepositories } from '../../data/hooks/useRepositories';
import { useAreaSettings } from '../../data/hooks/useSettings';
import { fileNameFor, savedWords, SEND_SECURELY } from './briefing-words';
import { StatusLine } from '../../components/notices/StatusLine';
import { Section } from '../../components/Section';

interface Props {
  briefingId: string;
  /** Checks the briefing (showing any problems above the form) and gives the file body when it is ready. */
  ready(): Promise<BriefingBody | null>;
}

type Made = { data: Uint8Array; kind: FileKind; name: string } | { failed: string };

/** Saves the briefing file for the chair, and a Word or PDF copy to read. */
export function ExportBriefing({ briefingId, ready }: Props) {
  const { briefings } = useRepositories();
  const area = useAreaSettings();
  const [result, setResult] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (format: AuthoredExportFormat, make: (body: BriefingBody) => Promise<Made>) => {
    if (busy) return;
    setResult('');
    const body = await ready();
    if (!body) return;
    setBusy(true);
    try {
      const made = await make(body);
      if ('failed' in made) {
        setResult(made.failed);
        return;
      }
      const saved = await getBridge().saveFile({ suggestedName: made.name, kind: made.kind, data: new Uint8Array(made.data) });
      if (saved.status === 'saved') await briefings.recordAuthoredExport(briefingId, format);
      const next = format === 'briefing-file' && saved.status === 'saved' ? ` Send this file to the chair of the meeting. ${SEND_SECURELY}` : '';
      setResult(`${savedWords(saved)}${next}`);
    } catch (error) {
      setResult(error instanceof StorageError ? error.message : 'The file could not be made. Try again.');
    } finally {
      setBusy(false);
    }
  };

  const name = (body: BriefingBody, kind: FileKind) => fileNameFor(body.child.name, body.kind, kind);
  const copy = async (body: BriefingBody, format: 'docx' | 'pdf') => {
    const files = await import('./briefing-files');
    return files.briefingFile(body, area.protectiveMarking, format, { name: (extension) => name(body, extension), print: (request) => getBridge().printPdf(request) });
  };

  return (
    <Section headingId="send-heading" title="Save it for the chair" className="briefing-panel">
      <p>
        When it is ready, save the briefing file and send it to the chair of the meeting. They bring it into the meeting with one step. You can also
        make a Word or PDF copy to read or keep. If you change the briefing later, save the file again and send the new one.
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run('briefing-file', async (body) => ({ data: writeBriefingFile(body), kind: 'briefing', name: name(body, 'briefing') }))}
        >
          Save the briefing file for the chair
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run('word', (body) => copy(body, 'docx'))}>
          Download as Word
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run('pdf', (body) => copy(body, 'pdf'))}>
          Make a PDF
        </button>
      </div>
      <StatusLine>{result}</StatusLine>
    </Section>
  );
}
