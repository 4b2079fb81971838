// Edit & replay refuses what replayCapture refuses, with its words, and checks the URL only when
// the request goes to a typed URL.
import { describe, expect, it } from 'vitest';
import { replayCaptureInput } from '@shared/replay-types';
import {
  replayForm,
  replayUrlForm,
  type ReplayFormValues,
} from '../../../src-renderer/src/model/replay-form';

const typed: ReplayFormValues = {
  dest: 'url',
  url: ' http://localhost:3000/hook ',
  appendPath: false,
  method: 'POST',
  path: '/hook?x=1',
  headers: [{ key: 1, name: 'Content-Type', value: 'application/json' }],
  asBase64: false,
  body: '{}',
  resign: null,
  secretLabel: '',
};

const messages = (values: ReplayFormValues) =>
  Object.fromEntries(
    (replayForm.safeParse(values).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
  );

describe('edit & replay form', () => {
  it('sends to the trimmed URL the API accepts', () => {
    const parsed = replayForm.parse(typed);
    expect(parsed.url).toBe('http://localhost:3000/hook');
    expect(
      replayCaptureInput.safeParse({
        id: 1,
        targetUrl: parsed.url,
        edits: { method: parsed.method, path: parsed.path },
      }).success,
    ).toBe(true);
  });

  it('names each field the API would refuse', () => {
    expect(messages({ ...typed, method: 'PO ST', path: 'hook', url: 'ftp://x' })).toEqual({
      method: 'A method is a token such as POST',
      path: 'A path starts with "/" and has no spaces',
      url: 'Only http:// and https:// URLs',
    });
  });

  it('does not ask for a URL when sending to a forward target', () => {
    expect(messages({ ...typed, dest: 'target', url: '' })).toEqual({});
  });

  it('says what a URL typed in the Replay prompt lacks, and trims a good one', () => {
    const urlMessage = (url: string) =>
      replayUrlForm.safeParse({ url, append: false }).error?.issues[0]?.message;
    expect(urlMessage('')).toBe('Enter a URL, e.g. http://localhost:3000/webhook');
    expect(urlMessage('not a url')).toBe('Not a URL: include the scheme, e.g. http://localhost:3000/webhook');
    expect(replayUrlForm.parse({ url: ' https://example.com/x ', append: true })).toEqual({
      url: 'https://example.com/x',
      append: true,
    });
  });
});
