// Every registered provider is complete: the type system forces each part to be present; this
// checks the parts carry something a user would see (a name, a hint, a template or the reason
// there is none, a signer or the reason it cannot re-sign) and that every derived list agrees.
import { describe, expect, it } from 'vitest';
import { listProviders, providerDefinitions } from '../../../src-main/core/providers/registry';
import { resignableProviders } from '../../../src-main/core/replay';
import { eventTemplates } from '../../../src-main/core/replay/templates';
import { providerSpecs } from '../../../src-main/core/signatures';
import { payloadFamilyIds } from '../../../src-main/core/decoders/families';
import type { ProviderDefinition } from '../../../src-main/core/providers/types';

describe.each(providerDefinitions.map((d) => [d.id, d] as const))('provider %s', (id, d) => {
  it('has a stable id, a display name and says where to find what to store', () => {
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(d.name.trim().length).toBeGreaterThan(1);
    expect(d.secretHint.trim().length).toBeGreaterThan(10);
    expect(['shared-secret', 'public-key', 'token', 'none']).toContain(d.secretKind);
  });

  it('re-signs, or says why it cannot', () => {
    if ('signer' in d.resign) expect(typeof d.resign.signer).toBe('function');
    else expect(d.resign.refusal.trim().length).toBeGreaterThan(10);
  });

  it('has sample events signed by itself, or says why there are none', () => {
    if ('templates' in d.compose) {
      expect(d.compose.templates.length).toBeGreaterThan(0);
      for (const t of d.compose.templates) expect(t.provider, t.id).toBe(id);
      // A template nobody can sign would never verify.
      expect('signer' in d.resign).toBe(true);
    } else {
      expect(d.compose.noTemplates.trim().length).toBeGreaterThan(10);
    }
  });

  it('names only payload families a decoder knows', () => {
    for (const f of d.payloadFamilies) expect(payloadFamilyIds, f).toContain(f);
  });

  it('declares its receiver handshake completely when it has one', () => {
    if (d.receiverHandshake === null) return;
    expect(d.receiverHandshake.methods.length).toBeGreaterThan(0);
    for (const m of d.receiverHandshake.methods) expect(m).toBe(m.toUpperCase());
  });
});

describe('the registry', () => {
  it('registers each id once and each payload family under one signer', () => {
    const ids = providerDefinitions.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const signed = providerDefinitions.flatMap((d) => d.payloadFamilies);
    expect(new Set(signed).size).toBe(signed.length);
    const templateIds = eventTemplates.map((t) => t.id);
    expect(new Set(templateIds).size).toBe(templateIds.length);
  });

  it('is the source of every derived list (detection order, re-signing, templates, listProviders)', () => {
    const ids = providerDefinitions.map((d) => d.id);
    expect(providerSpecs.map((s) => s.id)).toEqual(ids);
    expect(listProviders().map((p) => p.id)).toEqual(ids);
    expect(resignableProviders).toEqual(
      providerDefinitions.filter((d) => 'signer' in d.resign).map((d) => d.id),
    );
    expect(eventTemplates.map((t) => t.id)).toEqual(
      providerDefinitions.flatMap((d) =>
        'templates' in d.compose ? d.compose.templates.map((t) => t.id) : [],
      ),
    );
  });

  it('tells the front ends what each provider offers, without any function or secret', () => {
    const meta = listProviders().find((p) => p.id === 'meta');
    expect(meta).toEqual({
      id: 'meta',
      name: 'Meta / WhatsApp Cloud API',
      secretKind: 'shared-secret',
      secretHint: expect.stringContaining('App Secret') as unknown,
      canResign: true,
      resignRefusal: null,
      templates: expect.arrayContaining(['whatsapp-text']) as unknown,
      payloadFamilies: ['whatsapp-cloud', 'messenger', 'instagram'],
    });
    const discord = listProviders().find((p) => p.id === 'discord');
    expect(discord).toMatchObject({ secretKind: 'public-key', canResign: false, templates: [] });
    expect(discord?.resignRefusal).toMatch(/private key/);
    // The list crosses IPC / HTTP as JSON: it must survive a round trip unchanged.
    expect(JSON.parse(JSON.stringify(listProviders()))).toEqual(listProviders());
  });
});

describe('the compile-time guard', () => {
  // `npm run typecheck` covers this file: if leaving out a part stopped being an error, each
  // expect-error directive below would itself be reported as unused and fail the typecheck.
  it('rejects a definition that leaves out a part or states neither a signer nor a refusal', () => {
    const complete = providerDefinitions[0]!;
    const { compose: _compose, ...withoutCompose } = complete;
    // @ts-expect-error compose (templates, or the reason there are none) is required
    const missingCompose: ProviderDefinition = withoutCompose;
    // @ts-expect-error re-signing needs a signer or a refusal
    const emptyResign: ProviderDefinition = { ...complete, resign: {} };
    // @ts-expect-error a secret kind is one of the four the UI knows
    const oddKind: ProviderDefinition = { ...complete, secretKind: 'password' };
    expect([missingCompose, emptyResign, oddKind].every((d) => d.id === complete.id)).toBe(true);
  });
});
