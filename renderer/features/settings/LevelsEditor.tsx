import { useEffect, useRef, useState } from 'react';
import type { FieldError } from '../../../shared/domain/family';
import { focusById } from '../../components/focus';
import { TextField } from '../../components/TextField';
import { emptyLevel, errorFor, type LevelDraft } from './area-draft';
import { TextAreaField } from '../../components/TextAreaField';

const MIN_LEVELS = 2;
const MAX_LEVELS = 10;

interface Props {
  levels: LevelDraft[];
  errors: readonly FieldError[];
  onChange(levels: LevelDraft[]): void;
}

function moved(levels: LevelDraft[], from: number, to: number): LevelDraft[] {
  const next = [...levels];
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return next;
}

/**
 * The area's level-of-need scale: add, remove and reorder levels. After each change focus stays
 * with the level that moved (or moves to where the user will type next), and a quiet message says
 * what happened, so screen-reader users know the order changed.
 */
export function LevelsEditor({ levels, errors, onChange }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string[] | null>(null);
  useEffect(() => {
    const ids = focusNext.current;
    if (!ids) return;
    focusNext.current = null;
    const target = ids.find((id) => document.getElementById(id));
    if (target) focusById(target);
  });

  const name = (level: LevelDraft, i: number) => level.label.trim() || `Level ${i + 1}`;

  function move(i: number, by: -1 | 1) {
    const level = levels[i];
    if (!level) return;
    const to = i + by;
    onChange(moved(levels, i, to));
    focusNext.current = by < 0 ? [`level-${level.id}-up`, `level-${level.id}-down`] : [`level-${level.id}-down`, `level-${level.id}-up`];
    setAnnouncement(`${name(level, i)} moved to position ${to + 1} of ${levels.length}.`);
  }

  function remove(i: number) {
    const level = levels[i];
    if (!level) return;
    onChange(levels.filter((_, j) => j !== i));
    focusNext.current = ['add-level', `level-${levels[i + 1]?.id ?? ''}-remove`];
    setAnnouncement(`${name(level, i)} removed. The scale now has ${levels.length - 1} levels.`);
  }

  function add() {
    onChange([...levels, emptyLevel()]);
    focusNext.current = [`levelsOfNeed-${levels.length}-key`];
    setAnnouncement(`Level ${levels.length + 1} added.`);
  }

  const scaleError = errorFor(errors, 'levelsOfNeed');
  return (
    <div className={`levels${scaleError ? ' field--error' : ''}`} id="levels-of-need" role="group" aria-labelledby="levels-heading" tabIndex={-1}>
      <h2 className="section-heading" id="levels-heading">
        Level of need scale
      </h2>
      <p className="field__hint">
        The levels your area uses to describe how much help a family needs, from the lowest to the highest. Each plan records one. The scale needs
        at least {MIN_LEVELS} levels and can have up to {MAX_LEVELS}.
      </p>
      {scaleError && (
        <p className="field__error">
          <span className="visually-hidden">Error: </span>
          {scaleError}
        </p>
      )}
      <ol className="levels__list">
        {levels.map((level, i) => {
          const path = (field: string) => `levelsOfNeed.${i}.${field}`;
          const id = (field: string) => `levelsOfNeed-${i}-${field}`;
          const update = (change: Partial<LevelDraft>) => onChange(levels.map((l, j) => (j === i ? { ...l, ...change } : l)));
          const field = (name: 'key' | 'label' | 'description') => ({
            id: id(name),
            value: level[name],
            error: errorFor(errors, path(name)),
            onValueChange: (text: string) => update({ [name]: text }),
          });
          return (
            <li key={level.id} className="levels__item">
              <fieldset className="fieldset">
                <legend className="fieldset__legend">Level {i + 1}</legend>
                <TextField {...field('key')} label="Code" hint="A short code kept on each plan, for example 2 or 3a" width="short" autoComplete="off" spellCheck={false} />
                <TextField {...field('label')} label="Name" width="medium" autoComplete="off" />
                <TextAreaField {...field('description')} label="What this level means (optional)" />
                <div className="levels__buttons">
                  {i > 0 && (
                    <button type="button" id={`level-${level.id}-up`} className="button button--secondary" onClick={() => move(i, -1)}>
                      Move up<span className="visually-hidden"> level {i + 1}</span>
                    </button>
                  )}
                  {i < levels.length - 1 && (
                    <button type="button" id={`level-${level.id}-down`} className="button button--secondary" onClick={() => move(i, 1)}>
                      Move down<span className="visually-hidden"> level {i + 1}</span>
                    </button>
                  )}
                  {levels.length > MIN_LEVELS && (
                    <button type="button" id={`level-${level.id}-remove`} className="button button--secondary" onClick={() => remove(i)}>
                      Remove level {i + 1}
                    </button>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {levels.length < MAX_LEVELS && (
        <button type="button" id="add-level" className="button button--secondary" onClick={add}>
          Add a level
        </button>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
