// Code Hookscope writes for the user: "Copy as" snippets and generated handlers.
import { z } from 'zod';
import { handlerTargets, type HandlerTargetId } from '../handler-types';
import { snippetTargets, type SnippetTargetId } from '../snippet-types';

export const codeSnippetSchema = z
  .strictObject({
    target: z.enum(snippetTargets.map((t) => t.id) as [SnippetTargetId, ...SnippetTargetId[]]),
    label: z.string().describe('e.g. "Python · Requests".'),
    code: z.string(),
    body: z
      .enum(['none', 'text', 'bytes'])
      .describe(
        'How the body is written: a text literal, or bytes decoded at run time (base64, printf escapes).',
      ),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'CodeSnippet', description: 'Code that sends a capture again, with its exact body bytes.' });

export const generatedHandlerSchema = z
  .strictObject({
    target: z.enum(handlerTargets.map((t) => t.id) as [HandlerTargetId, ...HandlerTargetId[]]),
    label: z.string().describe('e.g. "Python · FastAPI".'),
    provider: z.string(),
    providerName: z.string(),
    secretEnv: z.string().describe('Environment variable the code reads the signing secret from.'),
    files: z
      .array(z.strictObject({ name: z.string(), content: z.string() }))
      .describe(
        'The handler, the verification function, its ready test and the captured request as a fixture.',
      ),
    checked: z.string().describe('How code for this target is checked where Hookscope is built.'),
    testCommand: z.string().nullable().describe('How to run the ready test.'),
  })
  .meta({ id: 'GeneratedHandler', description: 'A minimal handler that verifies requests like a capture.' });
