/** What other features may use from the families feature. */
export { viewsMethodLabels } from './form/child-choices';
export { AddFamilyLink } from './AddFamilyLink';
