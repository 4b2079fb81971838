// The reference part of docs/api.md, written from the contract's zod schemas (z.toJSONSchema): every
// operation's input and output, every event's payload, and every named type with its fields. The
// prose above the marker is written by hand; everything below it comes from here, so the docs cannot
// describe a field the core does not send (test/static/api-reference.test.ts checks the file).
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { eventNames, operationNames, operations } from '@shared/contract';
import { events, operationOutputs } from '@shared/contract-outputs';
import { errorCodes, type ErrorCode } from '@shared/errors';
import { apiErrorSchema, errorMeanings } from '@shared/outputs/error';

export const referenceMarker =
  '<!-- Reference: generated from the zod schemas by `npm run docs:api`; do not edit below. -->';

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  minItems?: number;
  default?: unknown;
  $defs?: Record<string, JsonSchema>;
};

const toJson = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;

const capitalised = (name: string) => name[0]!.toUpperCase() + name.slice(1);
const anchor = (name: string) => name.toLowerCase();
// Table cells: pipes escaped, and `<` too, so "<digits>" reads as text rather than an HTML tag.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ');
const literal = (value: unknown) => `\`${JSON.stringify(value)}\``;
const SAFE_INT = Number.MAX_SAFE_INTEGER;

/** Named types, in the order they are first met; shared by inputs and outputs. */
class TypeTable {
  readonly defs = new Map<string, JsonSchema>();

  add(defs: Record<string, JsonSchema> | undefined): void {
    for (const [name, schema] of Object.entries(defs ?? {})) {
      const known = this.defs.get(name);
      if (known && JSON.stringify(known) !== JSON.stringify(schema))
        throw new Error(`Two different schemas are named ${name}`);
      this.defs.set(name, schema);
    }
  }

  /** A named anonymous object (an operation's input or output): documented like a type. */
  name(name: string, schema: JsonSchema): string {
    this.add({ [name]: schema });
    return `[${name}](#${anchor(name)})`;
  }
}

function unionText(variants: JsonSchema[]): string {
  return variants.map((v) => typeText(v, true)).join(' | ');
}

/** A compact TypeScript-like rendering of a schema, with links to named types. */
function typeText(schema: JsonSchema, nested = false): string {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/$defs/', '');
    return `[${name}](#${anchor(name)})`;
  }
  if (schema.const !== undefined) return literal(schema.const);
  if (schema.enum) return schema.enum.map(literal).join(' | ');
  const union = schema.anyOf ?? schema.oneOf;
  if (union) {
    const text = unionText(union);
    return nested ? `(${text})` : text;
  }
  if (Array.isArray(schema.type)) {
    const text = schema.type.map((t) => typeText({ ...schema, type: t }, true)).join(' | ');
    return nested ? `(${text})` : text;
  }
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date-time') return 'string (ISO-8601 UTC)';
      if (schema.format === 'uri') return 'string (URL)';
      return 'string';
    case 'integer':
    case 'number':
    case 'boolean':
    case 'null':
      return schema.type;
    case 'array':
      if (schema.prefixItems) return `[${schema.prefixItems.map((item) => typeText(item)).join(', ')}]`;
      return schema.items ? `${typeText(schema.items, true)}[]` : 'unknown[]';
    case 'object': {
      const props = Object.entries(schema.properties ?? {});
      if (props.length === 0) {
        const extra = schema.additionalProperties;
        if (extra === undefined || extra === false) return '{}';
        return `Record<string, ${extra === true ? 'unknown' : typeText(extra)}>`;
      }
      const required = new Set(schema.required ?? []);
      return `{ ${props.map(([key, value]) => `${key}${required.has(key) ? '' : '?'}: ${typeText(value)}`).join('; ')} }`;
    }
    default:
      return 'unknown';
  }
}

/** Limits worth knowing when calling: lengths, ranges, item counts, defaults. */
function limits(schema: JsonSchema): string[] {
  const out: string[] = [];
  const range = (min: number | undefined, max: number | undefined, unit: string) => {
    const lo = min !== undefined && Math.abs(min) < SAFE_INT ? min : undefined;
    const hi = max !== undefined && Math.abs(max) < SAFE_INT ? max : undefined;
    if (lo !== undefined && hi !== undefined) out.push(`${lo}–${hi}${unit}`);
    else if (hi !== undefined) out.push(`≤ ${hi}${unit}`);
    else if (lo !== undefined && lo > 0) out.push(`≥ ${lo}${unit}`);
  };
  if (schema.type === 'string') range(schema.minLength, schema.maxLength, ' chars');
  if (schema.type === 'integer' || schema.type === 'number')
    range(
      schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : schema.minimum,
      schema.maximum,
      '',
    );
  if (schema.type === 'array') range(schema.minItems, schema.maxItems, ' items');
  if (schema.default !== undefined) out.push(`default ${JSON.stringify(schema.default)}`);
  return out;
}

function fieldTable(schema: JsonSchema, withLimits: boolean): string[] {
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties ?? {}).map(([key, value]) => {
    const extra = withLimits ? limits(value) : [];
    const type = typeText(value) + (extra.length > 0 ? ` (${extra.join(', ')})` : '');
    return `| \`${key}\` | ${cell(type)} | ${required.has(key) ? 'yes' : 'no'} | ${cell(value.description ?? '')} |`;
  });
  return ['| field | type | required | meaning |', '| --- | --- | --- | --- |', ...rows];
}

function typeSection(name: string, schema: JsonSchema, isInput: boolean): string[] {
  const lines = [`#### ${name}`, ''];
  if (schema.description) lines.push(cell(schema.description), '');
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants && variants.every((v) => v.type === 'object')) {
    lines.push('One of:', '');
    for (const variant of variants) {
      const tags = Object.entries(variant.properties ?? {})
        .filter(([, value]) => value.const !== undefined)
        .map(([key, value]) => `\`${key}: ${JSON.stringify(value.const)}\``);
      lines.push(`- ${tags.join(', ') || 'variant'}:`, '');
      lines.push(...fieldTable(variant, isInput).map((row) => `  ${row}`), '');
    }
    return lines;
  }
  if (schema.type === 'object' && schema.properties) {
    lines.push(...fieldTable(schema, isInput), '');
    return lines;
  }
  lines.push(`\`${name}\` is ${cell(typeText(schema))}.`, '');
  return lines;
}

/** The generated reference (Markdown, before formatting). */
export function renderApiReference(): string {
  const types = new TypeTable();
  const inputs = new Set<string>();
  const opRows: string[] = [];
  for (const name of operationNames) {
    const input = toJson(operations[name], 'input');
    const output = toJson(operationOutputs[name], 'output');
    types.add(input.$defs);
    types.add(output.$defs);
    const { $defs: _i, $schema: _s, ...inputSchema } = input as JsonSchema & { $schema?: string };
    const {
      $defs: _o,
      $schema: _t,
      description: _d,
      ...outputSchema
    } = output as JsonSchema & { $schema?: string };
    const hasFields = Object.keys(inputSchema.properties ?? {}).length > 0;
    const { description, ...inputFields } = inputSchema;
    let inputText = '`{}`';
    if (hasFields) {
      inputText = types.name(`${capitalised(name)}Input`, inputFields);
      inputs.add(`${capitalised(name)}Input`);
    }
    const outputText =
      outputSchema.type === 'object' && !outputSchema.$ref && outputSchema.properties
        ? types.name(`${capitalised(name)}Output`, outputSchema)
        : typeText(outputSchema);
    opRows.push(`| \`${name}\` | ${cell(inputText)} | ${cell(outputText)} | ${cell(description ?? '')} |`);
  }
  const eventRows: string[] = [];
  for (const name of eventNames) {
    const payload = toJson(events[name].payload, 'output');
    types.add(payload.$defs);
    const { $defs: _p, $schema: _s, ...payloadSchema } = payload as JsonSchema & { $schema?: string };
    eventRows.push(`| \`${name}\` | ${cell(typeText(payloadSchema))} | ${cell(events[name].when)} |`);
  }
  const error = toJson(apiErrorSchema, 'output');
  types.add(error.$defs);
  const errorRows = (Object.keys(errorCodes) as ErrorCode[]).map(
    (code) => `| \`${code}\` | ${errorCodes[code]} | ${cell(errorMeanings[code])} |`,
  );
  const typeNames = [...types.defs.keys()].sort((a, b) => a.localeCompare(b));
  return [
    referenceMarker,
    '',
    '## Reference',
    '',
    'Generated from the schemas in `src-main/shared/contract.ts` (inputs) and',
    '`src-main/shared/contract-outputs.ts` (outputs and event payloads). Objects in answers have exactly',
    'the fields listed; a field that is not required may be absent. Inputs refuse unknown fields.',
    '',
    '### Operations',
    '',
    '| operation | input | output | what it does |',
    '| --- | --- | --- | --- |',
    ...opRows,
    '',
    '### Errors',
    '',
    `A failed operation answers ${typeText(error)} with this HTTP status:`,
    '',
    '| code | HTTP | meaning |',
    '| --- | --- | --- |',
    ...errorRows,
    '',
    '### Event payloads',
    '',
    '| event | payload | when |',
    '| --- | --- | --- |',
    ...eventRows,
    '',
    '### Types',
    '',
    ...typeNames.flatMap((name) => typeSection(name, types.defs.get(name)!, inputs.has(name))),
  ].join('\n');
}

/** docs/api.md with its reference part replaced (the prose above the marker kept as is). */
export async function withApiReference(doc: string, path = 'docs/api.md'): Promise<string> {
  const at = doc.indexOf(referenceMarker);
  const prose = (at === -1 ? doc : doc.slice(0, at)).trimEnd();
  const options = (await resolveConfig(path)) ?? {};
  return format(`${prose}\n\n${renderApiReference()}\n`, { ...options, parser: 'markdown' });
}
