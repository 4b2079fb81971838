// Whether new captures are arriving. In Electron IPC is always live; in a browser the WebSocket can
// drop (server restarted, laptop slept) and the list may be stale until it reconnects.
import type { ConnectionState } from '../../api/client';
import styles from './top-bar.module.css';

const labels: Record<ConnectionState, { text: string; title: string }> = {
  connecting: { text: 'Connecting', title: 'Opening the live event stream…' },
  live: { text: 'Live', title: 'New captures appear as they arrive' },
  reconnecting: {
    text: 'Disconnected',
    title: 'Lost the connection to Hookscope — retrying. New captures will appear once it is back.',
  },
  unauthorized: {
    text: 'Not authorized',
    title: 'The access token was refused. Open the link printed by the server.',
  },
};

export function ConnectionIndicator({ state }: { state: ConnectionState }) {
  const label = labels[state];
  return (
    <span
      className={`${styles.conn} ${styles[`conn-${state}`] ?? ''}`}
      title={label.title}
      role="status"
      data-testid="connection"
      data-state={state}
    >
      <span className={styles['conn-dot']} aria-hidden="true" />
      {label.text}
    </span>
  );
}
