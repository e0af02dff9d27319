export * from './pull.ts';
