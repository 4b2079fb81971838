import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspDirectives } from '../../../src-main/electron/csp';

describe('contentSecurityPolicy', () => {
  const directives = cspDirectives(contentSecurityPolicy);

  it('denies by default', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('allows scripts from our origin only: no inline script, no eval, no wildcard', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy).not.toContain("'wasm-unsafe-eval'");
    expect(contentSecurityPolicy).not.toContain("'unsafe-hashes'");
    expect(contentSecurityPolicy).not.toMatch(/(^|\s)\*(\s|;|$)/);
  });

  it('allows styles from our CSS files only', () => {
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toContain("'unsafe-inline'");
  });

  it('forbids plugins, frames, framing, base rewriting and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('lets the page connect only to itself (the core is reached over IPC)', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('never allows script-capable sources through other directives', () => {
    for (const [name, sources] of directives) {
      if (name === 'img-src') continue; // data:/blob: images cannot run script
      expect(sources, name).not.toContain('data:');
      expect(sources, name).not.toContain('blob:');
    }
  });
});
