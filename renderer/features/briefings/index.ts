/** What other features may use from the briefings feature. */
export { useReceivedReports } from './useReceivedReports';
export { ReportsBesideItem } from './ReportsBesideItem';
export { StartBriefing } from './StartBriefing';
export { AuthoredList } from './AuthoredList';
