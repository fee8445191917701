// First: it starts the workspace read, the example data and the import worker (see first-load.ts).
import { queryClient } from './app/first-load';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadECharts } from './components/EChart';
import './styles.css';
import './print.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
// The chart library loads alongside the data, not after it.
void loadECharts();
createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
