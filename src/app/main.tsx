import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';
import { registerServiceWorker } from './registerServiceWorker';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The offline cache: production builds only (the dev server has no sw.js), and only this page;
// embeds never install a worker on their host page.
if (import.meta.env.PROD) {
  window.addEventListener('load', () => void registerServiceWorker());
}
