// Which forward targets a capture goes to. Pure: the forwarder supplies what it knows about the
// capture; every enabled target whose conditions all hold receives it.
import type { ForwardSettings, ForwardTarget } from '@shared/replay-types';
import { pathOnly, wildcardMatches } from './path-pattern';

export interface RoutingFacts {
  path: string;
  provider: string | null;
  eventTypes: readonly string[];
}

export function targetsFor(settings: ForwardSettings, facts: RoutingFacts): ForwardTarget[] {
  if (settings.paused) return [];
  return settings.targets.filter((t) => t.enabled && targetMatches(t, facts));
}

export function targetMatches(target: ForwardTarget, facts: RoutingFacts): boolean {
  const { pathPrefix, provider, eventType } = target.match;
  if (pathPrefix && !pathOnly(facts.path).startsWith(pathPrefix)) return false;
  if (provider && facts.provider !== provider) return false;
  if (eventType && !facts.eventTypes.some((t) => wildcardMatches(eventType, t))) return false;
  return true;
}

/** Does any enabled target need the (costlier) provider or event-type facts? */
export function routingNeeds(settings: ForwardSettings): { provider: boolean; eventTypes: boolean } {
  const live = settings.targets.filter((t) => t.enabled);
  return { provider: live.some((t) => t.match.provider), eventTypes: live.some((t) => t.match.eventType) };
}
