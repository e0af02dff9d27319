export * from './normalize.ts';
export * from './highlight.ts';
export * from './catalog-terms.ts';
export * from './inverted-index.ts';
