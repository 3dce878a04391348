import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { dataUrl } from './app/dataUrl';
import { initDatabase, run } from './db';
import './styles.css';

initDatabase(dataUrl()).catch(() => undefined);

// `npm run bench` times the app's own query families inside the page through this hook.
if (new URLSearchParams(window.location.search).has('bench')) {
  (window as unknown as { __hmQuery?: typeof run }).__hmQuery = run;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
