import { useState } from 'react';
import type { MinutesContent } from '../../../shared/domain/minutes';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { BlockView } from './BlockView';

type Wording = 'professional' | 'family';

/**
 * The minutes on screen, section by section in the standard order, in the professionals' words
 * or as the family's version (plain words, roles and abbreviations explained).
 */
export function SectionsView({ content, idPrefix, headingLevel = 2 }: { content: MinutesContent; idPrefix: string; headingLevel?: 2 | 3 }) {
  const [wording, setWording] = useState<Wording>('professional');
  const family = wording === 'family';
  const Heading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className="minutes-sections">
      <RadioGroup<Wording>
        id={`${idPrefix}-wording`}
        legend="Show"
        inline
        value={wording}
        options={[
          { value: 'professional', label: 'The minutes' },
          { value: 'family', label: 'The family’s version (plain words)' },
        ]}
        onChange={setWording}
      />
      {content.sections.map((section) => (
        <section key={section.id} className="minutes-section" aria-labelledby={`${idPrefix}-${section.id}`}>
          <Heading className="minutes-section__heading" id={`${idPrefix}-${section.id}`}>
            {family ? section.familyHeading : section.heading}
          </Heading>
          <BlockView blocks={family ? section.familyBlocks : section.blocks} headingLevel={headingLevel + 2} />
        </section>
      ))}
    </div>
  );
}
