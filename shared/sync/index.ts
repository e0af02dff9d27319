export * from './pull.ts';
export * from './push.ts';
export * from './record-schemas.ts';
export * from './uuidv7.ts';
