import { CHILD_COMES, CHILD_COMES_LABELS, type ChildChoice, type ChildComes } from '../../../shared/domain/child-coming';
import { CheckboxGroup } from '../../components/fields/CheckboxGroup';
import { RadioGroup } from '../../components/fields/RadioGroup';

export interface ChildComingQuestionProps {
  /** The radios' id; the item list is `${id}-items`, where an error is shown and the summary links. */
  id: string;
  legend: string;
  hint?: string;
  /** The child's name, for the item list's question. */
  name: string;
  choice: ChildChoice;
  /** The agenda the items are chosen from, in order. */
  items: readonly { readonly title: string; readonly minutes: number }[];
  /** At the item list: "Only some items" with none chosen. */
  error?: string | undefined;
  onChange(choice: ChildChoice): void;
}

/** One child: not coming, the whole meeting, or only some agenda items (chosen under it, with each item's length). */
export function ChildComingQuestion({ id, legend, hint, name, choice, items, error, onChange }: ChildComingQuestionProps) {
  return (
    <RadioGroup<ChildComes>
      id={id}
      legend={legend}
      hint={hint}
      small
      value={choice.comes}
      onChange={(comes) => onChange({ ...choice, comes })}
      options={CHILD_COMES.map((comes) => ({
        value: comes,
        // "No" names the child for screen readers: a form may ask "No" of the family as well.
        label:
          comes === 'no' ? (
            <>
              {CHILD_COMES_LABELS.no}
              <span className="visually-hidden"> ({name} does not come)</span>
            </>
          ) : (
            CHILD_COMES_LABELS[comes]
          ),
        conditional:
          comes === 'items' ? (
            <CheckboxGroup
              id={`${id}-items`}
              legend={`Which items will ${name} come for?`}
              hint="Times are worked out from each item's length, in order."
              small
              error={error}
              options={items.map((item, i) => ({ value: String(i + 1), label: `${i + 1}. ${item.title} (${item.minutes} minutes)` }))}
              values={choice.items.map(String)}
              onChange={(values) => onChange({ ...choice, items: values.map(Number) })}
            />
          ) : undefined,
      }))}
    />
  );
}
