export * from './pull.ts';
export * from './record-schemas.ts';
