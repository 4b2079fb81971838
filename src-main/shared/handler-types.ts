// "Generate handler": a minimal server handler that verifies requests like a given capture.
import { z } from 'zod';
import type { generatedHandlerSchema } from './outputs/code';

/** Every framework offered, with how Hookscope checks its code (shown in the UI beside the picker). */
export const handlerTargets = [
  {
    id: 'express',
    label: 'Express',
    language: 'Node.js',
    checked: 'Verification run on the capture with node; server syntax-checked (node --check).',
  },
  {
    id: 'nextjs',
    label: 'Next.js App Router',
    language: 'Node.js',
    checked: 'Verification run on the capture with node; route handler parsed by the TypeScript compiler.',
  },
  {
    id: 'fastapi',
    label: 'FastAPI',
    language: 'Python',
    checked: 'Verification run on the capture with python3; app compiled (py_compile).',
  },
  {
    id: 'flask',
    label: 'Flask',
    language: 'Python',
    checked: 'Verification run on the capture with python3; app compiled (py_compile).',
  },
  {
    id: 'laravel',
    label: 'Laravel',
    language: 'PHP',
    checked: 'Verification run on the capture with php; controller linted (php -l).',
  },
  {
    id: 'php',
    label: 'Plain PHP',
    language: 'PHP',
    checked: 'Verification run on the capture with php; handler linted (php -l).',
  },
  {
    id: 'go',
    label: 'net/http',
    language: 'Go',
    checked: 'Verification run on the capture with go test; server checked with go vet.',
  },
  {
    id: 'sinatra',
    label: 'Sinatra',
    language: 'Ruby',
    checked: 'Verification run on the capture with ruby; app syntax-checked (ruby -c).',
  },
  {
    id: 'aspnet',
    label: 'ASP.NET Core minimal API',
    language: 'C#',
    checked: 'Not checked here: no .NET SDK where Hookscope is built and tested.',
  },
] as const;

export type HandlerTargetId = (typeof handlerTargets)[number]['id'];

export const generateHandlerInput = z
  .object({
    id: z.number().int().positive(),
    target: z.enum(handlerTargets.map((t) => t.id) as [HandlerTargetId, ...HandlerTargetId[]]),
  })
  .strict();
export type GenerateHandlerInput = z.infer<typeof generateHandlerInput>;

export type GeneratedHandler = z.infer<typeof generatedHandlerSchema>;
