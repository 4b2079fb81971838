// Compose refuses what composeEvent refuses, on its field, and sends as overrides only what the user
// changed over the composition it started from (same stamp: same ids and timestamps).
import { describe, expect, it } from 'vitest';
import { composeEventInput } from '@shared/replay-types';
import {
  composeForm,
  composeInput,
  composeStart,
  compositionKey,
  type ComposeFormValues,
} from '../../../src-renderer/src/model/compose-form';
import { headerRows } from '../../../src-renderer/src/model/header-rows';

const stamp = { nowUnix: 1_795_420_800, nonce: '0123456789abcdef0123456789abcdef' };
const composed: ComposeFormValues = {
  ...composeStart('whatsapp-text'),
  body: '{"a":1}',
  headers: headerRows([
    ['Content-Type', 'application/json'],
    ['X-Hub-Signature-256', 'sha256=abc'],
  ]),
};

function messages(values: ComposeFormValues): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const issue of composeForm.safeParse(values).error?.issues ?? [])
    shown[issue.path.join('.')] ??= issue.message;
  return shown;
}

describe('compose form', () => {
  it('sends nothing but the template and stamp when nothing was edited', () => {
    const input = composeInput(composeForm.parse(composed), { stamp, body: '{"a":1}' });
    expect(input).toEqual({ template: 'whatsapp-text', stamp });
    expect(composeEventInput.safeParse(input).success).toBe(true);
  });

  it('sends the edited body and the edited or added headers as overrides', () => {
    const headers = [
      { ...composed.headers[0]!, value: 'application/json; charset=utf-8' },
      composed.headers[1]!,
      { key: 1_000_001, name: 'X-Trace', value: 't1' },
    ];
    const values = { ...composed, body: '{"a":2}', headers, editedKeys: [headers[0]!.key, 1_000_001] };
    expect(composeInput(composeForm.parse(values), { stamp, body: '{"a":1}' })).toEqual({
      template: 'whatsapp-text',
      stamp,
      overrides: {
        body: '{"a":2}',
        headers: [
          ['Content-Type', 'application/json; charset=utf-8'],
          ['X-Trace', 't1'],
        ],
      },
    });
  });

  it('checks the base URL only when sending to one, with the API’s rule', () => {
    expect(messages({ ...composed, baseUrl: 'nope' })).toEqual({});
    expect(messages({ ...composed, dest: 'url', baseUrl: 'ftp://host' })).toEqual({
      baseUrl: 'Only http:// and https:// URLs',
    });
    expect(messages({ ...composed, dest: 'url', baseUrl: ' ' })).toEqual({
      baseUrl: 'Enter a base URL, e.g. http://localhost:3000',
    });
    const input = composeInput(
      composeForm.parse({ ...composed, dest: 'url', baseUrl: ' http://localhost:4000 ' }),
      null,
    );
    expect(input).toEqual({ template: 'whatsapp-text', baseUrl: 'http://localhost:4000' });
  });

  it('names a non-primary secret and tells compositions apart by template and secret', () => {
    expect(composeForm.parse({ ...composed, secretLabel: 'staging' }).secretLabel).toBe('staging');
    expect(compositionKey({ template: 'a', secretLabel: '' })).not.toBe(
      compositionKey({ template: 'a', secretLabel: 'b' }),
    );
  });
});
