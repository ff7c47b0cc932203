import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from './article.schema.json' with { type: 'json' };

export { schema as articleSchema };

let validator: ReturnType<Ajv2020['compile']> | undefined;

/** Checks an article JSON value against the published schema; returns the problems, empty when valid. */
export function validateArticleJson(value: unknown): string[] {
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  if (validator(value)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}
