export { clockWords, slotWords } from './find-a-time';
