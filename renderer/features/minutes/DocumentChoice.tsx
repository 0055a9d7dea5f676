import { useState } from 'react';
import { MINUTES_DOCUMENT_KIND_LABELS } from '../../../shared/domain/minutes';
import { knownAs } from '../../../shared/domain/person';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { DOCUMENTS, type ExportDocument } from './export-copy';
import type { MinutesContext } from './MinutesFrame';

export function useChildChoice(context: MinutesContext) {
  const children = context.family.children.map((c) => ({ id: c.id, name: knownAs(c) }));
  const [childId, setChildId] = useState(children[0]?.id ?? '');
  return { children, childId, setChildId };
}

export function DocumentChoice({ idPrefix, document, onDocument, childChoice }: { idPrefix: string; document: ExportDocument; onDocument(d: ExportDocument): void; childChoice: ReturnType<typeof useChildChoice> }) {
  return (
    <>
      <RadioGroup<ExportDocument>
        id={`${idPrefix}-document`}
        legend="Which document?"
        value={document}
        options={DOCUMENTS.map((d) => ({
          value: d,
          label: MINUTES_DOCUMENT_KIND_LABELS[d],
          ...(d === 'child-letter' && childChoice.children.length > 1
            ? {
                conditional: (
                  <RadioGroup<string>
                    id={`${idPrefix}-child`}
                    legend="Which child is the letter for?"
                    value={childChoice.childId}
                    options={childChoice.children.map((c) => ({ value: c.id, label: <bdi>{c.name}</bdi> }))}
                    onChange={childChoice.setChildId}
                  />
                ),
              }
            : {}),
        }))}
        onChange={onDocument}
      />
    </>
  );
}
