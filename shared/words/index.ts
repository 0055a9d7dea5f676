/** Words built from parts: lists, capitals and counts, in en-GB. */
export { andList, orList } from './list';
export { capitalise, countWords } from './case';
export { asideOf, sentence, withAside } from './asides';
