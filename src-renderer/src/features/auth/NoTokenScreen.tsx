// Browser mode without a usable token: the page was opened without the link the server printed,
// or with the link of an earlier run (the token is per run).
export function NoTokenScreen({ refused = false }: { refused?: boolean }) {
  return (
    <main className="gate" data-testid="token-gate">
      <h1 className="gate-title">
        {refused ? 'This access link has expired' : 'Hookscope needs its access link'}
      </h1>
      <p>
        {refused
          ? 'The server refused the token in this link — it changes every time Hookscope starts. '
          : 'The inspector is protected by a per-run token. '}
        Open the full link printed by <code className="mono">npm run headless</code> — it ends in{' '}
        <code className="mono">#token=…</code>.
      </p>
    </main>
  );
}
