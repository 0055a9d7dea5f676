import { TextField } from '../../../components/TextField';
import { errorAt, fieldId } from '../model/field-paths';
import type { HomeDraft } from '../model/form-draft';
import { EntryFieldset, type EntryProps } from './ListSection';

interface Props extends EntryProps {
  home: HomeDraft;
  onChange(change: Partial<HomeDraft>): void;
  onAddressChange(change: Partial<HomeDraft['address']>): void;
}

export function HomeFields({ index, home, errors, canRemove, onChange, onAddressChange, onRemove }: Props) {
  const path = (field: string) => `households.${index}.${field}`;
  const text = (field: string, label: string, value: string, onValueChange: (value: string) => void, width: 'full' | 'medium' | 'short' = 'full', hint?: string) => (
    <TextField
      id={fieldId(path(field))}
      label={label}
      {...(hint ? { hint } : {})}
      autoComplete="off"
      // Typed text takes the direction of its script, so an Arabic or Hebrew address reads correctly.
      dir={field.startsWith('address.line') || field === 'address.town' || field === 'label' ? 'auto' : undefined}
      width={width}
      value={value}
      error={errorAt(errors, path(field))}
      onValueChange={onValueChange}
    />
  );
  return (
    <EntryFieldset what="home" index={index} canRemove={canRemove} onRemove={onRemove}>
      {text('label', 'What the family calls this home (optional)', home.label, (label) => onChange({ label }), 'medium', "For example Mum's home or Dad's flat")}
      {text('address.line1', 'Address line 1 (optional)', home.address.line1, (line1) => onAddressChange({ line1 }))}
      {text('address.line2', 'Address line 2 (optional)', home.address.line2, (line2) => onAddressChange({ line2 }))}
      {text('address.town', 'Town or city (optional)', home.address.town, (town) => onAddressChange({ town }), 'medium')}
      {text('address.postcode', 'Postcode (optional)', home.address.postcode, (postcode) => onAddressChange({ postcode }), 'short')}
      {text('phone', 'Home phone number (optional)', home.phone, (phone) => onChange({ phone }), 'medium', "A landline for the home. Each person's own phone goes with their details.")}
    </EntryFieldset>
  );
}
