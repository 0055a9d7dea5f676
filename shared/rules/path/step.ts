import { PATH_STEP_NAMES, type PathStep, type PathStepId, type PathTarget, type StepStatus } from './steps';

export type StepResult = PathStep;

/** One step, named from the list of steps. */
export function step(id: PathStepId, status: StepStatus, reason: string, action: string, target: PathTarget, options: { optional?: boolean } = {}): PathStep {
  return { id, name: PATH_STEP_NAMES[id], status, reason, action, target, optional: options.optional ?? false };
}
