export { TimetableLinks } from './TimetableLinks';
export { clockWords, slotWords } from './find-a-time';
