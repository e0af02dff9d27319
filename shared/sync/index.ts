export * from './pull.ts';
export * from './push.ts';
export * from './record-schemas.ts';
