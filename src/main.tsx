// First: it starts the workspace read, the example data and the import worker (see first-load.ts).
import { queryClient } from './first-load';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadECharts, preloadMap } from './components/EChart';
import { scopeMap } from './charts/map-option';
import { warmNumberFormats } from './i18n/format';
import { parseUrlState, scopeOf } from './state/url-state';
import './styles.css';
import './print.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
// The chart library loads alongside the data, not after it; so does the map the link's view shows
// (one that fails to load is the chart's to show).
void loadECharts();
const state = parseUrlState(window.location.search);
if (state.view === 'indikator') preloadMap(scopeMap(scopeOf(state))).catch(() => undefined);
// The number formats, in a task of their own while the page waits for its data.
setTimeout(() => warmNumberFormats(state.lang), 0);
createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
