// Start a test from no stored secrets (the server is shared by every test of a file).
import type { HeadlessServer } from '../../helpers/headless-server';

export async function deleteAllSecrets(server: HeadlessServer): Promise<void> {
  for (const { provider, label } of await server.call<{ provider: string; label: string }[]>('listSecrets')) {
    await server.call('deleteSecret', { provider, label });
  }
}
