// The forwarding form refuses what setForwardSettings refuses, on the field the user typed in, and
// turns what it accepts into exactly the settings the API takes.
import { describe, expect, it } from 'vitest';
import { forwardSettingsSchema, type ForwardSettings } from '@shared/replay-types';
import {
  forwardForm,
  forwardValues,
  newForwardTarget,
  type ForwardFormValues,
} from '../../../src-renderer/src/model/forward-form';

/** The message shown on each field: its first issue, as the resolver shows it. */
function messages(values: ForwardFormValues): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const issue of forwardForm.safeParse(values).error?.issues ?? [])
    shown[issue.path.join('.')] ??= issue.message;
  return shown;
}

const saved: ForwardSettings = {
  paused: false,
  targets: [
    {
      id: 'target-a',
      url: 'http://localhost:3000/webhook',
      enabled: true,
      pathMode: 'append',
      match: { pathPrefix: '/hooks', provider: 'meta', eventType: 'messages' },
    },
    { id: 'target-b', url: 'https://example.test/in', enabled: false, pathMode: 'replace', match: {} },
  ],
};

describe('forwarding form', () => {
  it('reads the saved settings and gives them back unchanged', () => {
    const parsed = forwardForm.parse(forwardValues(saved));
    expect(parsed).toEqual(saved);
    expect(forwardSettingsSchema.safeParse(parsed).success).toBe(true);
  });

  it('treats an empty match field as "any" and trims what was typed around a URL', () => {
    const values = forwardValues(saved);
    values.targets[0] = {
      ...values.targets[0]!,
      url: '  http://localhost:4000/x ',
      provider: '',
      eventType: ' ',
    };
    expect(forwardForm.parse(values).targets[0]).toEqual({
      id: 'target-a',
      url: 'http://localhost:4000/x',
      enabled: true,
      pathMode: 'append',
      match: { pathPrefix: '/hooks' },
    });
  });

  it('puts the contract’s message under the URL of the target that has it wrong', () => {
    const values = forwardValues(saved);
    values.targets[1] = { ...values.targets[1]!, url: 'ftp://example.test/in' };
    expect(messages(values)).toEqual({ 'targets.1.url': 'Only http:// and https:// URLs' });
    values.targets[1] = { ...values.targets[1]!, url: 'not a url' };
    expect(messages(values)['targets.1.url']).toMatch(/^Not a URL/);
  });

  it('refuses more targets than the API keeps', () => {
    const values: ForwardFormValues = {
      paused: false,
      targets: Array.from({ length: 21 }, () => newForwardTarget()),
    };
    expect(Object.keys(messages(values))).toEqual(['targets']);
  });

  it('starts a new target as the usual local handler, matching everything', () => {
    const [target] = forwardForm.parse({ paused: true, targets: [newForwardTarget()] }).targets;
    expect(target).toMatchObject({ url: 'http://localhost:3000/webhook', enabled: true, match: {} });
  });
});
