import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { loadDefaultGuide } from '../../../shared/rules/path/guide';
import { PATH_STEP_IDS, type PathStepId } from '../../../shared/rules/path';
import { focusById } from '../../components/focus';
import { PageContents } from '../../components/PageContents';
import { PageHeading } from '../../components/PageHeading';
import { GLOSSARY_PATH, guidePartId } from './guide-links';

const guide = loadDefaultGuide();

function partFrom(value: string | null): PathStepId | null {
  return PATH_STEP_IDS.find((id) => id === value) ?? null;
}

/** Route `guide/first-meeting`: the short guide, read from templates/guide/first-meeting.json. `?part=` opens it at one step. */
export function FirstMeetingGuidePage() {
  const [search] = useSearchParams();
  const part = partFrom(search.get('part'));
  useEffect(() => {
    if (part === null) return undefined;
    // After the route's own move of focus to the h1 (app/RouteFocus.tsx), which runs after this effect.
    const timer = window.setTimeout(() => focusById(guidePartId(part)), 0);
    return () => window.clearTimeout(timer);
  }, [part]);
  return (
    <>
      <PageHeading title={guide.title} />
      {guide.intro.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <p>
        Not sure what a word or an abbreviation means? See the <Link to={GLOSSARY_PATH}>glossary of roles and abbreviations</Link>.
      </p>
      <PageContents entries={guide.parts.map((p) => ({ id: guidePartId(p.step), title: p.title }))} title="The steps" block="guide-contents" />
      {guide.parts.map((p, i) => (
        <section key={p.step} aria-labelledby={guidePartId(p.step)} className="guide-part">
          <h2 className="section-heading" id={guidePartId(p.step)} tabIndex={-1}>
            {i + 1}. {p.title}
          </h2>
          {p.paragraphs.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
      ))}
    </>
  );
}
