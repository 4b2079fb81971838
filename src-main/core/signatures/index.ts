// Public surface of the signatures module (pure functions over bytes; no I/O).
export { analyseSignature, pastedSecrets } from './analyse';
export { verifyPastedRequest } from './verify-pasted';
export { detectProvider, providerSpecs, providerName } from './registry';
export { looksLikeToken } from './secret-patterns';
export type { AnalysisRequest, LabelledSecret, SecretLookup } from './types';
