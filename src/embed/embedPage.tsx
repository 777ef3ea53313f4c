/**
 * embed.html, the page for iframes: the app in its compact layout. Its hash is the app's link
 * (e.g. `#prompt=…&temperature=0.8&controls=temperature,step`), so hidden parts and the state
 * come from there.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../app/App';
import '../app/app.css';
import './embed.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <div className="ts-embed">
        <App compact />
      </div>
    </StrictMode>,
  );
}
