import type { ReactNode } from 'react';

/**
 * Content in its original language inside a translated screen — partner names, measure titles,
 * places, anything partners wrote. Marked with its `lang` (screen readers switch voice, browsers
 * pick hyphenation) and bidi-isolated, so a German name keeps its order inside an Arabic sentence
 * and its punctuation does not jump to the other end of the line.
 */
export function Original({ lang = 'de', children }: { lang?: string; children: ReactNode }) {
  return <bdi lang={lang}>{children}</bdi>;
}

/**
 * Always left to right, also on right-to-left screens: phone numbers, e-mail and web addresses,
 * codes ("+49 231 50-0" would otherwise show its parts in the wrong order).
 */
export function Ltr({ children }: { children: ReactNode }) {
  return <bdi dir="ltr">{children}</bdi>;
}

/** For plain strings (attributes, document.title): First Strong Isolate … Pop Directional Isolate. */
export const isolate = (text: string) => `\u2068${text}\u2069`;
