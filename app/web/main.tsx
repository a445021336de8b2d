import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setupI18n } from './i18n/setup';
import './styles/base.css';
import './styles/reader.css';
import './styles/panels.css';
import './styles/print.css';

const root = document.getElementById('root');
void setupI18n().then((i18n) => {
  document.documentElement.lang = i18n.resolvedLanguage ?? i18n.language;
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
});
