import type { CalendarTexts } from './texts.ts';
import { abrahamicDe } from './texts/de-abrahamic.ts';
import { christianDe } from './texts/de-christian.ts';
import { civicDe } from './texts/de-civic.ts';
import { otherDe } from './texts/de-other.ts';

/** German: the reference language, complete by type. */
export const textsDe: CalendarTexts = {
  faiths: {
    protestant: 'Evangelisch',
    catholic: 'Katholisch',
    orthodox: 'Orthodox',
    armenian: 'Armenisch-apostolisch',
    syriac: 'Syrisch-orthodox',
    coptic: 'Koptisch-orthodox',
    jewish: 'Jüdisch',
    muslim: 'Muslimisch',
    alevi: 'Alevitisch',
    bahai: 'Bahá’í',
    buddhist: 'Buddhistisch',
    hindu: 'Hinduistisch',
    yazidi: 'Êzîdîsch',
    sikh: 'Sikh',
    secular: 'Gesellschaftliche Aktionstage',
  },
  holidays: { ...christianDe, ...abrahamicDe, ...otherDe, ...civicDe },
};
