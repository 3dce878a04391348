import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dataUrl } from './app/dataUrl';
import { dbStats, initDatabase, run } from './db';
import './styles.css';

// DuckDB starts before the UI code (maplibre, deck.gl, ECharts) is even fetched: its 34 MB wasm
// compiles in the worker while the rest of the app downloads and parses.
initDatabase(dataUrl()).catch(() => undefined);

// The browser tests count the queries a step sends to DuckDB.
(window as unknown as { __hmDbStats?: typeof dbStats }).__hmDbStats = dbStats;

// `npm run bench` times the app's own query families inside the page through this hook.
if (new URLSearchParams(window.location.search).has('bench')) {
  (window as unknown as { __hmQuery?: typeof run }).__hmQuery = run;
}

const { App } = await import('./app/App');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
