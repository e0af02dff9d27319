import { describe, expect, it } from 'vitest';
import { localeChunkFileName, localeChunkOf } from './locale-chunks.ts';

describe('locale chunk names', () => {
  it('names interface namespaces and holiday texts so the service worker runtime-caches them', () => {
    expect(localeChunkOf('/repo/web/src/i18n/locales/de-x-einfach/calendar.json')).toEqual({
      language: 'de-x-einfach',
      namespace: 'calendar',
    });
    expect(localeChunkOf('/repo/shared/calendar/texts/locales/ar.json')).toEqual({
      language: 'ar',
      namespace: 'holidays',
    });
    expect(localeChunkFileName('/repo/web/src/i18n/locales/ar/common.json')).toBe(
      'assets/locale-ar-common-json-[hash].js',
    );
    expect(localeChunkFileName('/repo/shared/calendar/texts/locales/fa.json')).toBe(
      'assets/locale-fa-holidays-json-[hash].js',
    );
  });

  it('leaves every other chunk alone', () => {
    for (const id of [
      null,
      undefined,
      '/repo/shared/calendar/texts-de.ts',
      '/repo/web/src/features/calendar/screens.ts',
      '/repo/web/src/i18n/locales/ar/common.ts',
    ]) {
      expect(localeChunkOf(id)).toBeNull();
      expect(localeChunkFileName(id)).toBeNull();
    }
  });
});
