/** The briefing screens, loaded together the first time one is opened (see routes.tsx). */
import '../../styles/briefings.css';

export { BriefingFormPage } from './BriefingFormPage';
export { BriefingsPage } from './BriefingsPage';
export { MeetingBriefingsPage } from './MeetingBriefingsPage';
