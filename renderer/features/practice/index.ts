/** What other features use from the practice family: markers for screens, and the loading button. */
export { PracticeMarker } from './PracticeMarker';
export { PracticeTag } from './PracticeTag';
export { PracticeFamilyButton } from './PracticeFamilyButton';
export { PracticeFamilySection } from './PracticeFamilySection';
export { usePracticeFamilies } from './usePracticeFamilies';
