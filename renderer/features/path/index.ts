/** What other features use from the family's path: the section at the top of the family page, and the reads it needs. */
export { FamilyPath } from './FamilyPath';
export { readPathData, type PathData } from './read-path-data';
