import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getBatonConnection } from './api';
import { AppShell } from './app/app-shell';
import { BatonProvider } from './app/baton-context';
import { I18nProvider } from './app/i18n';
import { askCatalogEarly } from './features/processes/early-catalog';
import './styles.css';

// When the page's script started, for the bench's first-paint row (renderer.first-paint@10000).
performance.mark('baton:script-start');

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

const connection = getBatonConnection();
// The largest answer goes out with the first wave, before React mounts the screen that shows it.
askCatalogEarly(connection.api);

createRoot(container).render(
  <StrictMode>
    <BatonProvider connection={connection}>
      <I18nProvider>
        <AppShell />
      </I18nProvider>
    </BatonProvider>
  </StrictMode>,
);
