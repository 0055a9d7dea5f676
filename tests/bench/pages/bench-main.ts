import { createBenchPageApi } from '../browser/page-api';

window.teamAroundBench = createBenchPageApi();
const status = document.getElementById('status');
if (status) status.textContent = 'Benchmark page ready.';
