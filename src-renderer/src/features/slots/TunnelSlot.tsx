// The top bar's tunnel slot: the ngrok tunnel control (features/tunnel).
import { TunnelControl } from '../tunnel/TunnelControl';

export function TunnelSlot() {
  return <TunnelControl />;
}
