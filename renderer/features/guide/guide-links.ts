import { paths } from '../../components/paths';
import type { PathStepId } from '../../../shared/rules/path';

export const GUIDE_PATH = paths.guide();
export const GLOSSARY_PATH = paths.glossary();

/** The guide, opened at the part for one step of the path. */
export function guideHref(step: PathStepId): string {
  return `${GUIDE_PATH}?part=${step}`;
}

/** The id of a part's heading on the guide page. */
export function guidePartId(step: PathStepId): string {
  return `guide-${step}`;
}
