// The API's own types, generated at build time from the committed OpenAPI snapshot
// (../../openapi.json) by `npm run types` (openapi-typescript) into ./schema.d.ts.
import type { components } from './schema';

/** The schemas of Beacon's /openapi document, by name. */
export type Schemas = components['schemas'];

/**
 * A shape the UI reads from the API, held to the API's schema of that name: it stays this shape
 * only while every field it names is a field of the schema. A field the API does not have (renamed
 * or removed on the server) turns it into an error type, and `tsc` fails wherever it is used.
 */
export type Checked<T, S extends keyof Schemas> =
  Exclude<keyof T, keyof Schemas[S]> extends never
    ? T
    : { 'fields the API does not have': Exclude<keyof T, keyof Schemas[S]>; schema: S };
