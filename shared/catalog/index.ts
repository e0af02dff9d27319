export * from './categories.ts';
export * from './schemas.ts';
export * from './reporting-year.ts';
export * from './partner-update.ts';
