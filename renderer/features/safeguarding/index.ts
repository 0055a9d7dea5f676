/** What other features may use from the safeguarding feature. */
export { SafeguardingRoute } from './SafeguardingRoute';
