// Node module hooks for e2e servers: `@ngrok/ngrok` resolves to the scripted stand-in. Registered
// by register-fake-ngrok.mjs (node --import), never part of the built app.
const standIn = new URL('./ngrok-stand-in.ts', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === '@ngrok/ngrok') return { url: standIn, shortCircuit: true };
  return nextResolve(specifier, context);
}
