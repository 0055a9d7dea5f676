export { familyPath, whatToDoNext } from './family-path';
export type { PathInput } from './input';
export { PATH_STEP_IDS, PATH_STEP_NAMES, STEP_STATUSES, STEP_STATUS_LABELS } from './steps';
export type { FamilyPath, PathScreen, PathStep, PathStepId, PathTarget, StepStatus } from './steps';
