export { TimetableLinks } from './TimetableLinks';
