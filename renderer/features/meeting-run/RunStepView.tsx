import type { AreaSettings } from '../../../shared/domain/area-settings';
import type { AgendaItem } from '../../../shared/domain/agenda';
import type { MeetingRecord } from '../../../shared/domain/meeting-record';
import type { RunPart, RunStep } from '../../../shared/rules/meeting-run/agenda-parts';
import { ActionReviewSection } from './ActionReviewSection';
import { ActionsSection } from './ActionsSection';
import { AttendanceSection } from './AttendanceSection';
import { ChildVoiceSection } from './ChildVoiceSection';
import { FamilyViewsSection } from './FamilyViewsSection';
import { FinishSection } from './FinishSection';
import { ItemNotes } from './ItemNotes';
import { ListSection } from './ListSection';
import { OutcomeSection } from './OutcomeSection';
import { ScalingSection } from './ScalingSection';
import type { MeetingSectionProps } from './section-props';
import { problemAt } from '../../../shared/rules/meeting-run/saveable';

export const STEP_HEADING_ID = 'run-step-heading';

interface Props {
  step: RunStep;
  previous: RunStep | undefined;
  next: RunStep | undefined;
  section: MeetingSectionProps;
  area: AreaSettings;
  item: AgendaItem | undefined;
  dateProblem: string | null;
  onDateProblem: (reason: string | null) => void;
  flushed: () => Promise<void>;
  replace: (record: MeetingRecord) => void;
  onGo: (key: string) => void;
  onAnnounce: (words: string) => void;
}

/** The current step of the meeting: its heading, the item's time and notes, the parts that belong to it, and the way on. */
export function RunStepView({ step, previous, next, section, area, item, dateProblem, onDateProblem, flushed, replace, onGo, onAnnounce }: Props) {
  const part = (p: RunPart) => {
    switch (p) {
      case 'attendance':
        return <AttendanceSection key={p} {...section} />;
      case 'action-review':
        return <ActionReviewSection key={p} {...section} />;
      case 'child-voices':
        return <ChildVoiceSection key={p} {...section} />;
      case 'family-views':
        return <FamilyViewsSection key={p} {...section} />;
      case 'going-well':
        return <ListSection key={p} {...section} list="goingWell" />;
      case 'worries':
        return <ListSection key={p} {...section} list="worries" />;
      case 'needs-to-happen':
        return <ListSection key={p} {...section} list="needsToHappen" />;
      case 'scaling':
        return <ScalingSection key={p} {...section} />;
      case 'actions':
        return <ActionsSection key={p} {...section} />;
      case 'outcome':
        return <OutcomeSection key={p} {...section} area={area} dateProblem={dateProblem} />;
    }
  };
  const note = step.kind === 'item' ? section.record.itemNotes.find((n) => n.itemId === step.itemId) : undefined;
  const ownHeading = step.kind === 'item' || step.kind === 'rest';

  const Frame = ownHeading ? 'section' : 'div';
  return (
    <Frame className={`run-step run-step--${step.kind}`} aria-labelledby={ownHeading ? STEP_HEADING_ID : undefined}>
      {ownHeading && (
        <div className="run-step__head">
          <h2 className="run-step__title run-heading" id={STEP_HEADING_ID} tabIndex={-1}>
            {step.kind === 'item' ? `${step.number}. ${step.title}` : step.title}
          </h2>
          {item?.description && <p className="run-muted run-step__about">{item.description}</p>}
          {step.kind === 'rest' && <p className="run-muted run-step__about">Parts of the record that no item on this meeting’s agenda covers.</p>}
        </div>
      )}
      {step.kind === 'item' && note !== undefined && (
        <ItemNotes
          meeting={section.meeting}
          change={section.change}
          note={note}
          item={item}
          title={step.title}
          isFirstItem={step.number === 1}
          onAnnounce={onAnnounce}
          problem={problemAt(section.problems, 'itemNotes', section.record.itemNotes.indexOf(note), 'notes')}
        />
      )}
      {step.parts.map(part)}
      {step.kind === 'finish' && <FinishSection {...section} flushed={flushed} replace={replace} onDateProblem={onDateProblem} />}
      <div className="run-step__buttons">
        {previous !== undefined && (
          <button type="button" className="button button--secondary" onClick={() => onGo(previous.key)}>
            Previous item
          </button>
        )}
        {next !== undefined && (
          <>
            <button type="button" className="button" onClick={() => onGo(next.key)}>
              Next item
            </button>
            <span className="run-muted run-step__next">Next: {next.kind === 'item' ? `${next.number}. ${next.title}` : next.title}</span>
          </>
        )}
      </div>
    </Frame>
  );
}
