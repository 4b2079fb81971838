// What `import('@ngrok/ngrok')` returns inside a headless server started by the e2e launcher with a
// HOOKSCOPE_FAKE_NGROK script (see fake-ngrok-hooks.mjs).
import { createE2eFakeNgrok } from './fake-ngrok-script';

const script = process.env.HOOKSCOPE_FAKE_NGROK;
if (!script) throw new Error('ngrok-stand-in.ts needs HOOKSCOPE_FAKE_NGROK');

export default createE2eFakeNgrok(script);
