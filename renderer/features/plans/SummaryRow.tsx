/** One row of a description list: the kit's, kept here for the plan screens that import it. */
export { SummaryRow } from '../../components/SummaryRow';
