/** The minutes screens, loaded together the first time one is opened (see routes.tsx). */
import '../../styles/minutes.css';

export { ExportPage } from './ExportPage';
export { FamilyReviewPage } from './FamilyReviewPage';
export { HandOverPage } from './HandOverPage';
export { MinutesPage } from './MinutesPage';
export { PlainWordsPage } from './PlainWordsPage';
export { ReplyPage } from './ReplyPage';
export { ResponsePage } from './ResponsePage';
export { VersionPage } from './VersionPage';
