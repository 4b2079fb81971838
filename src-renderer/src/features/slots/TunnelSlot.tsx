// Placeholder for the tunnel control (public URL, start/stop) that the tunnel issue fills in.
import { Icon } from '../../components/Icon';

export function TunnelSlot() {
  return (
    <span className="tunnel-slot" title="Public tunnel — not set up yet" data-testid="tunnel-slot">
      <Icon name="tunnel" />
      <span>No tunnel</span>
    </span>
  );
}
