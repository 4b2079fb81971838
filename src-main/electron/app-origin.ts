// Where the renderer lives. The UI is served from a privileged custom scheme rather than file://,
// so it has a real origin (for CSP 'self', storage and the IPC sender check) and cannot read the disk.
export const APP_SCHEME = 'app';
export const APP_HOST = 'hookscope';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
