export * from './availability.ts';
export * from './schemas.ts';
