/** What other features use from "actions by owner": its routes. Links are built with `paths.ownerActions`. */
export { ownerActionsRoutes } from './routes';
