// Environment overrides read at launch, used by the e2e suite (and by anyone running two copies):
// HOOKSCOPE_USER_DATA_DIR isolates the profile; HOOKSCOPE_RECEIVER_PORT picks the receiver port
// (0 = any free port). Invalid values are ignored rather than guessed at.
export interface LaunchOverrides {
  userDataDir?: string;
  receiverPort?: number;
}

export function readLaunchOverrides(env: Record<string, string | undefined>): LaunchOverrides {
  const overrides: LaunchOverrides = {};
  const dir = env.HOOKSCOPE_USER_DATA_DIR;
  if (dir && dir.trim() !== '') overrides.userDataDir = dir;
  const port = env.HOOKSCOPE_RECEIVER_PORT;
  if (port !== undefined && /^\d{1,5}$/.test(port) && Number(port) <= 65535)
    overrides.receiverPort = Number(port);
  return overrides;
}
