import type { CalendarTexts } from './texts.ts';
import { abrahamicEn } from './texts/en-abrahamic.ts';
import { christianEn } from './texts/en-christian.ts';
import { civicEn } from './texts/en-civic.ts';
import { otherEn } from './texts/en-other.ts';

/** English: complete, so a missing entry is a type error. */
export const textsEn: CalendarTexts = {
  faiths: {
    protestant: 'Protestant',
    catholic: 'Catholic',
    orthodox: 'Orthodox',
    armenian: 'Armenian Apostolic',
    syriac: 'Syriac Orthodox',
    coptic: 'Coptic Orthodox',
    jewish: 'Jewish',
    muslim: 'Muslim',
    alevi: 'Alevi',
    bahai: 'Bahá’í',
    buddhist: 'Buddhist',
    hindu: 'Hindu',
    yazidi: 'Yazidi (Êzîdî)',
    sikh: 'Sikh',
    secular: 'Civic observance days',
  },
  holidays: { ...christianEn, ...abrahamicEn, ...otherEn, ...civicEn },
};
