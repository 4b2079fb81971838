// "Generate handler": from a capture whose provider is known, the files of a minimal handler that
// verifies requests like it, plus the capture as a fixture and a ready test of the verifier.
import type { GenericHmacConfig } from '@shared/signature-types';
import { handlerTargets, type GeneratedHandler, type HandlerTargetId } from '@shared/handler-types';
import { providerDefinition } from '../providers/registry';
import { headerView } from '../signatures/headers';
import type { RequestView } from '../signatures/types';
import { handlerSchemeOf, type HandlerScheme } from './handler-scheme';
import { csharpProgram, csharpVerifier } from './languages/csharp';
import { go, goMod, goServer } from './languages/go';
import { expressApp, nextRoute, node } from './languages/node';
import { laravelController, php, plainPhp } from './languages/php';
import { fastapiApp, flaskApp, python } from './languages/python';
import { ruby, sinatraApp } from './languages/ruby';
import type { Fixture, GeneratedFile, LanguageEmitter } from './types';

export class GenerationUnsupported extends Error {}

export interface CapturedRequest {
  method: string;
  /** Path plus query, as received. */
  path: string;
  url: string;
  headers: [string, string][];
  body: Buffer;
  receivedAtUnix: number;
}

interface Recipe {
  language: LanguageEmitter | null;
  app(s: HandlerScheme): GeneratedFile[];
  testCommand(s: HandlerScheme): string | null;
}

const recipes: Record<HandlerTargetId, Recipe> = {
  express: {
    language: node,
    app: (s) => [expressApp(s)],
    testCommand: (s) => `${s.secretEnv}=… node --test verify-webhook.test.mjs`,
  },
  nextjs: {
    language: node,
    app: (s) => [nextRoute(s)],
    testCommand: (s) => `${s.secretEnv}=… node --test verify-webhook.test.mjs`,
  },
  fastapi: {
    language: python,
    app: (s) => [fastapiApp(s)],
    testCommand: (s) => `${s.secretEnv}=… python3 -m unittest test_verify_webhook.py`,
  },
  flask: {
    language: python,
    app: (s) => [flaskApp(s)],
    testCommand: (s) => `${s.secretEnv}=… python3 -m unittest test_verify_webhook.py`,
  },
  laravel: {
    language: php,
    app: (s) => [laravelController(s)],
    testCommand: (s) => `${s.secretEnv}=… php verify_webhook_test.php`,
  },
  php: {
    language: php,
    app: (s) => [plainPhp(s)],
    testCommand: (s) => `${s.secretEnv}=… php verify_webhook_test.php`,
  },
  go: { language: go, app: (s) => [goServer(s), goMod], testCommand: (s) => `${s.secretEnv}=… go test` },
  sinatra: {
    language: ruby,
    app: (s) => [sinatraApp(s)],
    testCommand: (s) => `${s.secretEnv}=… ruby test_verify_webhook.rb`,
  },
  aspnet: { language: null, app: (s) => [csharpProgram(s), csharpVerifier(s)], testCommand: () => null },
};

/** The scheme of a capture signed by `providerId`, or why a handler cannot be generated for it. */
export function schemeForCapture(
  req: CapturedRequest,
  providerId: string | null,
  generic?: GenericHmacConfig | null,
): HandlerScheme {
  if (!providerId)
    throw new GenerationUnsupported(
      'No provider is known for this capture: pick one (or configure the generic HMAC preset) first.',
    );
  const definition = providerDefinition(providerId);
  if (!definition) throw new GenerationUnsupported(`Unknown provider "${providerId}".`);
  const view: RequestView = {
    req: { ...req, generic: generic ?? undefined },
    headers: headerView(req.headers),
    nowUnix: req.receivedAtUnix,
  };
  const read = definition.verification.read(view, []);
  if (read.kind === 'missing')
    throw new GenerationUnsupported(
      `This capture has no ${definition.name} signature (looked for ${read.headersTried.join(', ') || 'a configuration'}).`,
    );
  if (read.kind === 'malformed')
    throw new GenerationUnsupported(
      `This capture's ${definition.name} signature is malformed: ${read.problem}.`,
    );
  if (read.kind === 'unverifiable')
    throw new GenerationUnsupported(`${definition.name}: not supported for generation (${read.why}).`);
  if (read.kind === 'not-signed')
    throw new GenerationUnsupported(`${definition.name}: this request is not signed (${read.why}).`);
  const result = handlerSchemeOf({ id: definition.id, name: definition.name }, read, req.headers);
  if (!result.ok) throw new GenerationUnsupported(result.reason);
  return result.scheme;
}

export function fixtureOf(req: CapturedRequest): Fixture {
  return {
    method: req.method,
    path: req.path,
    headers: req.headers,
    bodyBase64: req.body.toString('base64'),
    receivedAtUnix: req.receivedAtUnix,
  };
}

export function generateHandler(
  req: CapturedRequest,
  providerId: string | null,
  target: HandlerTargetId,
  generic?: GenericHmacConfig | null,
): GeneratedHandler {
  const scheme = schemeForCapture(req, providerId, generic);
  const info = handlerTargets.find((t) => t.id === target)!;
  const recipe = recipes[target];
  const files: GeneratedFile[] = [...recipe.app(scheme)];
  if (recipe.language) {
    const fixtureName = recipe.language.fixtureName;
    files.push(recipe.language.verifier(scheme), recipe.language.test(scheme, fixtureName), {
      name: fixtureName,
      content: JSON.stringify(fixtureOf(req), null, 2) + '\n',
    });
  } else {
    files.push({ name: 'webhook_fixture.json', content: JSON.stringify(fixtureOf(req), null, 2) + '\n' });
  }
  return {
    target,
    label: `${info.language} · ${info.label}`,
    provider: scheme.provider,
    providerName: scheme.providerName,
    secretEnv: scheme.secretEnv,
    files,
    checked: info.checked,
    testCommand: recipe.testCommand(scheme),
  };
}
