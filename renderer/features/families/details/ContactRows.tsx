import type { ReactNode } from 'react';
import type { ProtectedDetail } from '../../../../shared/domain/safety-flag';
import { SummaryRow } from './SummaryRow';

/** A person's phone number and email address, each marked when it is kept from someone. */
export function ContactRows({ person, marker, own = false }: { person: { phone: string; email: string }; marker: (detail: ProtectedDetail) => ReactNode; own?: boolean }) {
  return (
    <>
      <SummaryRow label={own ? 'Their own phone' : 'Phone'} marker={marker('phone')}>
        {person.phone}
      </SummaryRow>
      <SummaryRow label={own ? 'Their own email' : 'Email'} marker={marker('email')}>
        {person.email}
      </SummaryRow>
    </>
  );
}
