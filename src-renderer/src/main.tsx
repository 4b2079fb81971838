// Entry point: choose the transport (Electron bridge or headless control API), create the list
// store and the query cache, connect the event bridge, mount the UI. No inline scripts or styles anywhere: the CSP forbids them.
// Tokens and the kit first: the components' CSS Modules (pulled in through App) come after them in
// the bundle, so a component's rule wins a tie with a kit rule such as .btn.
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseClient } from './api/choose-client';
import { App } from './App';
import { NoTokenScreen } from './features/auth/NoTokenScreen';
import { AppProvider } from './state/app-context';
import { connectEventBridge } from './data/event-bridge';
import { createQueryClient } from './data/query-client';
import { CaptureListStore } from './model/capture-list-store';
import { applyInitialTheme } from './state/use-theme';

applyInitialTheme();
const root = createRoot(document.getElementById('root')!);
const choice = chooseClient();

if (!choice.ok) {
  root.render(<NoTokenScreen />);
} else {
  const client = choice.client;
  const services = {
    client,
    captures: new CaptureListStore((input) => client.call('listCaptures', input)),
    queryClient: createQueryClient(),
  };
  // Once per page, outside React: StrictMode's double effects must not subscribe twice.
  connectEventBridge(services);
  root.render(
    <StrictMode>
      <AppProvider services={services}>
        <App />
      </AppProvider>
    </StrictMode>,
  );
}
