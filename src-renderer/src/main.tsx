// Entry point: choose the transport (Electron bridge or headless control API), create the list
// store, mount the UI. No inline scripts or styles anywhere: the CSP forbids them.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseClient } from './api/choose-client';
import { App } from './App';
import { NoTokenScreen } from './features/auth/NoTokenScreen';
import { AppProvider } from './state/app-context';
import { CaptureListStore } from './state/capture-list-store';
import { applyInitialTheme } from './state/use-theme';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/list.css';
import './styles/detail.css';
import './styles/body.css';
import './styles/messages.css';
import './styles/signature.css';
import './styles/tunnel.css';
import './styles/replay.css';

applyInitialTheme();
const root = createRoot(document.getElementById('root')!);
const choice = chooseClient();

if (!choice.ok) {
  root.render(<NoTokenScreen />);
} else {
  const services = { client: choice.client, captures: new CaptureListStore(choice.client) };
  root.render(
    <StrictMode>
      <AppProvider services={services}>
        <App />
      </AppProvider>
    </StrictMode>,
  );
}
