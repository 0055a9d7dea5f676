/** What other features use from the guide: links to its parts and to the glossary. */
export { GLOSSARY_PATH, GUIDE_PATH, guideHref } from './guide-links';
export { guideRoutes } from './routes';
