import { createReliabilityPageApi } from '../browser/page-api';

window.teamAroundReliability = createReliabilityPageApi();
const status = document.getElementById('status');
if (status) status.textContent = 'Reliability page ready.';
