// `node --import tsx --import ./register-fake-ngrok.mjs out/main/headless.js`: the server runs
// unchanged, only its `import('@ngrok/ngrok')` gets the scripted stand-in.
import { register } from 'node:module';

register('./fake-ngrok-hooks.mjs', import.meta.url);
