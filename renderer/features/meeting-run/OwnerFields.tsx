import { useState } from 'react';
import type { Practitioner } from '../../../shared/domain/directory';
import type { OwnerOption } from '../../../shared/rules/meeting-run/actions-owner';
import { oneOwnerCheck } from '../../../shared/rules/one-owner';
import { TextField } from '../../components/TextField';
import { focusById } from '../../components/focus';
import { InlinePractitionerForm } from '../directory';
import { PHRASE_TYPING } from './field-typing';

/** "Who will do it": one person, typed or picked from the owners' list; the hint warns when it reads as more than one. */
export function OwnerField({ id, hint, owners, ownerListId, value, onValueChange }: { id: string; hint: string; owners: readonly OwnerOption[]; ownerListId: string; value: string; onValueChange(name: string): void }) {
  return (
    <TextField
      id={id}
      label="Who will do it"
      hint={oneOwnerCheck(value, owners.map((o) => o.name)) ?? hint}
      {...PHRASE_TYPING}
      list={ownerListId}
      value={value}
      onValueChange={onValueChange}
    />
  );
}

interface NewOwnerProps {
  /** Ids start with this: `${prefix}-owner` is the owner field focus returns to. */
  prefix: string;
  /** Where the practitioner form's draft is kept. */
  place: string;
  initialName: string;
  /** Said after the button's words for screen readers, where several actions have one: " (action 2)". */
  buttonSuffix?: string;
  onAdded(practitioner: Practitioner): void;
}

/**
 * An owner who is not in the directory yet: a button that opens a small form to add them (focus
 * goes to its heading), and on adding or cancelling focus goes back to where the person was.
 */
export function NewOwner({ prefix, place, initialName, buttonSuffix, onAdded }: NewOwnerProps) {
  const [adding, setAdding] = useState(false);
  const close = (focusId: string) => {
    setAdding(false);
    window.setTimeout(() => focusById(focusId), 0);
  };
  if (adding) {
    return (
      <section aria-labelledby={`${prefix}-new-owner-heading`} className="inline-form">
        <h4 id={`${prefix}-new-owner-heading`} tabIndex={-1}>
          Someone who is not in the directory
        </h4>
        <p className="hint-text">They are added to the directory too, so they can own other actions and be invited to meetings.</p>
        <InlinePractitionerForm
          place={place}
          initialName={initialName}
          submitLabel="Add to the directory and make them the owner"
          onAdded={(p) => {
            onAdded(p);
            close(`${prefix}-owner`);
          }}
          onCancel={() => close(`${prefix}-add-owner`)}
        />
      </section>
    );
  }
  return (
    <div className="button-group">
      <button
        type="button"
        id={`${prefix}-add-owner`}
        className="button button--secondary button--small"
        onClick={() => {
          setAdding(true);
          window.setTimeout(() => focusById(`${prefix}-new-owner-heading`), 0);
        }}
      >
        Add an owner who is not in the directory
        {buttonSuffix && <span className="visually-hidden">{buttonSuffix}</span>}
      </button>
    </div>
  );
}
