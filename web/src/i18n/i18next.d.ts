import 'i18next';
import type { defaultNS, sourceResources } from './setup.ts';

// Keys are typed from the German source files: a missing or misspelled key fails `tsc`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: typeof sourceResources;
  }
}
