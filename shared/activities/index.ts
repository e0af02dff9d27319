export * from './errors.ts';
export * from './fields.ts';
export * from './schema.ts';
