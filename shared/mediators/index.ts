export * from './availability.ts';
export * from './schemas.ts';
export * from './languages.ts';
