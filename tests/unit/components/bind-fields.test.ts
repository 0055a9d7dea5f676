import { describe, expect, it } from 'vitest';
import { bindFields } from '../../../renderer/components/form/bind-fields';

describe('bindFields', () => {
  const values = { name: 'Amir', told: 'yes' as 'yes' | 'no', childIds: ['c1'] };

  it('gives a text field its id, value and error from the field name, and passes on what is typed as a change to that field', () => {
    const changes: Partial<typeof values>[] = [];
    const field = bindFields({ values, idOf: (name) => `referral-${name}`, errorAt: (name) => (name === 'name' ? 'Enter a name' : undefined), onChange: (c) => changes.push(c) });
    const name = field.text('name');
    expect(name).toMatchObject({ id: 'referral-name', value: 'Amir', error: 'Enter a name' });
    name.onValueChange('Amira');
    expect(changes).toEqual([{ name: 'Amira' }]);
  });

  it('gives a choice group only its id and error', () => {
    const field = bindFields({ values, idOf: (name) => `x-${name}`, errorAt: () => undefined, onChange: () => undefined });
    expect(field.place('childIds')).toEqual({ id: 'x-childIds', error: undefined });
  });
});
