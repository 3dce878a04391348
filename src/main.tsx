import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { dataUrl } from './app/dataUrl';
import { initDatabase } from './db';
import './styles.css';

initDatabase(dataUrl()).catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
