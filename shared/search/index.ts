export * from './normalize.ts';
export * from './highlight.ts';
export * from './catalog-terms.ts';
