// The search index holds the text as a user reads it, next to the raw bytes: a name shown as
// "Jürgen Müller" must be found by "Müller" even though Meta sent "M\u00fcller".
import { describe, expect, it } from 'vitest';
import { searchableText } from '../../../src-main/core/decoders/content';

const json = (text: string) =>
  searchableText([['Content-Type', 'application/json']], Buffer.from(text), 'application/json');

describe('searchableText', () => {
  it('adds the unescaped JSON string values (\\u escapes, escaped slashes and quotes)', () => {
    const text = json(
      '{"name":"J\\u00fcrgen M\\u00fcller","url":"https:\\/\\/x.example\\/a","q":"say \\"hi\\""}',
    );
    expect(text).toContain('Jürgen Müller');
    expect(text).toContain('https://x.example/a');
    expect(text).toContain('say "hi"');
    // The raw bytes stay searchable too (someone searching for the escape itself).
    expect(text).toContain('M\\u00fcller');
  });

  it('emoji written as surrogate-pair escapes become the emoji', () => {
    expect(json('{"text":"ok \\ud83d\\udc4d"}')).toContain('ok 👍');
  });

  it('a JSON body without escapes is indexed once, not twice', () => {
    const body = '{"text":"hola wombat"}';
    expect(json(body)).toBe(body);
  });

  it('form values are decoded in the declared charset', () => {
    const body = Buffer.from('ProfileName=J%F6rg&Body=Gr%FC%DFe');
    const text = searchableText([], body, 'application/x-www-form-urlencoded; charset=iso-8859-1');
    expect(text).toContain('Jörg');
    expect(text).toContain('Grüße');
  });

  it('broken JSON with escapes is still indexed as raw text, never throws', () => {
    const text = json('{"name":"M\\u00fcller", oops');
    expect(text).toContain('M\\u00fcller');
  });
});
