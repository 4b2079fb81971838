// Signature verdicts as the UI and API see them. Filled out by the signatures module.
export type SignatureVerdict = 'pass' | 'fail' | 'handshake' | 'unverifiable' | 'no-secret' | 'unsigned';

export interface SignatureReport {
  verdict: SignatureVerdict;
  provider: string | null;
}
