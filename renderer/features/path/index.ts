/** What other features use from the family's path: the section at the top of the family page. */
export { FamilyPath } from './FamilyPath';
export { usePathData, type PathData } from './usePathData';
