import { useEffect, useRef, useState } from 'react';
import type { AgendaTemplate, AgendaTemplateItem } from '../../../shared/domain/agenda';
import { MEETING_KIND_LABELS } from '../../../shared/domain/meeting';
import { describeMinutes } from '../../../shared/rules/agenda-output';
import {
  addTemplateItem,
  moveTemplateItem,
  removeTemplateItem,
  restoreTemplateItem,
  setTemplateItemMinutes,
  type TemplateEdit,
} from '../../../shared/rules/agenda-template-edits';
import { TextField } from '../../components/TextField';
import { Checkbox } from '../../components/fields/Checkbox';
import { focusById } from '../../components/focus';
import { useFocusAfter } from '../../components/useFocusAfter';
import { UndoNotice, type UndoableRemoval } from '../../components/notices/UndoNotice';
import { useRepositories } from '../../data/hooks/useRepositories';
import { Section } from '../../components/Section';
import { SmallForm } from '../../components/form/SmallForm';

const itemId = (index: number, part: 'title' | 'minutes' | 'up' | 'down') => `template-item-${index}-${part}`;

/**
 * One meeting kind's agenda template: move items up and down, time them, add one, take one off
 * (with undo), and go back to the one that came with the app. Each change is saved at once and
 * used by meetings planned from then on.
 */
export function AgendaTemplateEditor({ template, changed }: { template: AgendaTemplate; changed: boolean }) {
  const { agendaTemplates } = useRepositories();
  const kindName = MEETING_KIND_LABELS[template.meetingKind];
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [removal, setRemoval] = useState<UndoableRemoval | null>(null);
  // Minutes as typed, by place in the list, until the typed value is saved.
  const [minutesText, setMinutesText] = useState<Record<number, string>>({});
  const [minutesError, setMinutesError] = useState<Record<number, string>>({});
  const [adding, setAdding] = useState({ title: '', description: '', minutes: '10', childCanAttend: false });
  const [addErrors, setAddErrors] = useState<Partial<Record<'title' | 'description' | 'minutes', string>>>({});
  const newItemField = (name: 'title' | 'description' | 'minutes') => ({
    id: `template-new-${name}`,
    value: adding[name],
    error: addErrors[name],
    onValueChange: (text: string) => setAdding((a) => ({ ...a, [name]: text })),
  });
  const problemRef = useRef<HTMLDivElement>(null);
  const focusAfter = useFocusAfter();
  // The template as last saved, for an undo pressed after other changes.
  const latest = useRef(template);
  useEffect(() => {
    latest.current = template;
  }, [template]);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  async function keep(edit: Extract<TemplateEdit, { ok: true }>, words: string, focus?: string, keepUndo = false): Promise<boolean> {
    setProblem(null);
    if (!keepUndo) setRemoval(null);
    // Quick changes in a row each start from the one before, not from the last one read back.
    latest.current = edit.template;
    try {
      await agendaTemplates.save(edit.template);
      setMessage(words);
      // It waits for the saved template to come back on screen (the added item is not there before).
      if (focus) focusAfter(focus);
      return true;
    } catch (error) {
      latest.current = template;
      setProblem(error instanceof Error ? error.message : 'The agenda could not be saved.');
      return false;
    }
  }

  const move = (item: AgendaTemplateItem, index: number, direction: 'up' | 'down') => {
    const edit = moveTemplateItem(latest.current, index, direction);
    if (!edit.ok) return setProblem(edit.message);
    if (edit.template === latest.current) return;
    setMinutesText({});
    const last = edit.template.items.length - 1;
    // Focus stays on the same button unless the item reached the end where that button is gone.
    const control = direction === 'up' ? (edit.index === 0 ? 'down' : 'up') : edit.index === last ? 'up' : 'down';
    void keep(edit, `“${item.title}” moved ${direction} to number ${edit.index + 1} of ${last + 1}.`, itemId(edit.index, control));
  };

  const remove = (item: AgendaTemplateItem, index: number) => {
    const edit = removeTemplateItem(latest.current, index);
    if (!edit.ok) return setProblem(edit.message);
    setMinutesText({});
    setMinutesError({});
    void keep(edit, '', undefined, true).then((kept) => {
      if (!kept) return;
      setRemoval((r) => ({
        key: (r?.key ?? 0) + 1,
        what: `“${item.title}”`,
        undo: () => {
          const back = restoreTemplateItem(latest.current, item, index);
          if (!back.ok) return setProblem(back.message);
          setMinutesText({});
          void keep(back, `“${item.title}” is back on the agenda.`, itemId(back.index, 'title'));
        },
      }));
    });
  };

  const changeMinutes = (index: number, text: string) => {
    setMinutesText((m) => ({ ...m, [index]: text }));
    const edit = setTemplateItemMinutes(latest.current, index, text);
    if (!edit.ok) {
      setMinutesError((e) => ({ ...e, [index]: edit.message }));
      return;
    }
    setMinutesError(({ [index]: _gone, ...rest }) => rest);
    void keep(edit, '');
  };

  const add = () => {
    const edit = addTemplateItem(latest.current, adding);
    if (!edit.ok) {
      const field = edit.field === 'item' ? 'title' : edit.field;
      setAddErrors({ [field]: edit.message });
      focusById(`template-new-${field}`);
      return;
    }
    setAddErrors({});
    void keep(edit, `“${adding.title.trim()}” added at the end of the agenda.`, itemId(edit.index, 'title')).then((kept) => {
      if (kept) setAdding({ title: '', description: '', minutes: '10', childCanAttend: false });
    });
  };

  const reset = () => {
    setRemoval(null);
    setProblem(null);
    setMinutesText({});
    setMinutesError({});
    void agendaTemplates.reset(template.meetingKind).then(
      () => setMessage(`The ${kindName.toLowerCase()} agenda that came with the app is back.`),
      (error: unknown) => setProblem(error instanceof Error ? error.message : 'The agenda could not be reset.'),
    );
  };

  return (
    <Section headingId="template-heading" title={<>{kindName} agenda</>}>
      <p>
        {changed ? 'Your area has changed this agenda.' : 'This is the agenda that came with the app.'} The items add up to {describeMinutes(template.lengthMinutes)}, so a new{' '}
        {kindName.toLowerCase()} is booked for that long unless the chair changes it.
      </p>
      {problem && (
        <div className="notice notice--problem" role="alert" tabIndex={-1} ref={problemRef}>
          {problem}
        </div>
      )}
      <p className="visually-hidden" role="status">
        {message}
      </p>
      <UndoNotice removal={removal} onDismiss={() => setRemoval(null)} />
      <ol className="agenda-list">
        {template.items.map((item, index) => (
          <li key={index} className="agenda-item">
            <h3 className="agenda-item__title" id={itemId(index, 'title')} tabIndex={-1}>
              {item.title}
            </h3>
            <p className="hint-text">{item.description}</p>
            <p className="hint-text">
              {item.childCanAttend ? 'The child or young person can be there.' : 'Usually without the child or young person.'}
              {item.role === 'action-review' && ' The last plan’s open actions are looked at here.'}
              {item.role === 'child-voice' && ' The child’s views are heard here.'}
            </p>
            <TextField
              id={itemId(index, 'minutes')}
              label={`Minutes for “${item.title}”`}
              width="short"
              inputMode="numeric"
              value={minutesText[index] ?? String(item.minutes)}
              error={minutesError[index]}
              onValueChange={(v) => changeMinutes(index, v)}
            />
            <div className="button-group">
              {index > 0 && (
                <button type="button" className="button button--secondary button--small" id={itemId(index, 'up')} onClick={() => move(item, index, 'up')}>
                  Move up<span className="visually-hidden"> ({item.title})</span>
                </button>
              )}
              {index < template.items.length - 1 && (
                <button type="button" className="button button--secondary button--small" id={itemId(index, 'down')} onClick={() => move(item, index, 'down')}>
                  Move down<span className="visually-hidden"> ({item.title})</span>
                </button>
              )}
              <button type="button" className="button button--warning button--small" onClick={() => remove(item, index)}>
                Remove<span className="visually-hidden"> ({item.title})</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      <SmallForm headingId="template-add-heading" title="Add an item" submitLabel="Add the item" onSubmit={add}>
        <TextField {...newItemField('title')} label="Title of the new item" />
        <TextField {...newItemField('description')} label="What the item is for" hint="One line in plain words, shown on the agenda under the title" />
        <TextField {...newItemField('minutes')} label="Minutes for the new item" width="short" inputMode="numeric" />
        <Checkbox
          id="template-new-child"
          label="The child or young person can be there for this item"
          checked={adding.childCanAttend}
          onCheckedChange={(childCanAttend) => setAdding((a) => ({ ...a, childCanAttend }))}
        />
      </SmallForm>
      {changed && (
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={reset}>
            Go back to the {kindName.toLowerCase()} agenda that came with the app
          </button>
        </div>
      )}
    </Section>
  );
}
