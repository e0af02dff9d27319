import type { HolidayKey } from '../keys.ts';
import type { HolidayText } from '../texts.ts';

export const otherEn = {
  'bahai-fast': {
    name: 'Bahá’í Fast',
    description:
      'In the last month of the Bahá’í year (ʻAláʼ) Bahá’ís fast for 19 days as spiritual preparation for the new year.',
    observance:
      'No food or drink from sunrise to sunset; exemptions include the sick, travellers and pregnant women.',
    greeting: 'Have a blessed Fast!',
  },
  'naw-ruz': {
    name: 'Naw-Rúz (Bahá’í New Year)',
    description:
      'The first day of the Bahá’í year is the day of the March equinox (as determined for Tehran) and ends the Fast.',
    observance: 'Holy day on which work is suspended; devotions and celebrations.',
    greeting: 'Happy Naw-Rúz! / Happy New Year!',
  },
  'ridvan-first': {
    name: 'First Day of Riḍván',
    description:
      'Beginning of the twelve-day Festival of Riḍván, the “King of Festivals”, recalling Bahá’u’lláh’s declaration in the Garden of Riḍván in Baghdad in 1863.',
    observance: 'Work is suspended; local Spiritual Assemblies are elected during these days.',
    greeting: 'Happy Riḍván!',
  },
  'ridvan-ninth': {
    name: 'Ninth Day of Riḍván',
    description:
      'Holy day of the Festival of Riḍván: on this day Bahá’u’lláh’s family joined him in the Garden of Riḍván.',
    observance: 'Work is suspended.',
    greeting: 'Happy Riḍván!',
  },
  'ridvan-twelfth': {
    name: 'Twelfth Day of Riḍván',
    description:
      'Last day of the Festival of Riḍván, on which Bahá’u’lláh left the Garden of Riḍván in 1863.',
    observance: 'Work is suspended.',
    greeting: 'Happy Riḍván!',
  },
  'declaration-of-the-bab': {
    name: 'Declaration of the Báb',
    description:
      'Recalls the evening of 22 May 1844 when the Báb declared his mission in Shiraz; the Bahá’í era begins with it.',
    observance: 'Work is suspended; devotions in the evening.',
    greeting: 'Have a blessed holy day!',
  },
  'ascension-of-bahaullah': {
    name: 'Ascension of Bahá’u’lláh',
    description: 'Commemorates the passing of Bahá’u’lláh, founder of the Bahá’í Faith, near Akka in 1892.',
    observance: 'Work is suspended; devotions at 3 a.m., the hour of his passing.',
    greeting: 'No congratulations – a day of remembrance.',
  },
  'martyrdom-of-the-bab': {
    name: 'Martyrdom of the Báb',
    description: 'Commemorates the execution of the Báb in Tabriz on 9 July 1850.',
    observance: 'Work is suspended; devotions around noon.',
    greeting: 'No congratulations – a day of remembrance.',
  },
  'birth-of-the-bab': {
    name: 'Birth of the Báb',
    description:
      'First of the Twin Holy Birthdays: the birth of the Báb in Shiraz in 1819. The date follows the eighth new moon after Naw-Rúz.',
    observance: 'Work is suspended; celebrations and devotions.',
    greeting: 'Happy holy day!',
  },
  'birth-of-bahaullah': {
    name: 'Birth of Bahá’u’lláh',
    description: 'Second of the Twin Holy Birthdays: the birth of Bahá’u’lláh in Tehran in 1817.',
    observance: 'Work is suspended; celebrations and devotions.',
    greeting: 'Happy holy day!',
  },
  'day-of-the-covenant': {
    name: 'Day of the Covenant',
    description:
      'Celebrates the Covenant by which Bahá’u’lláh appointed his son ʻAbdu’l-Bahá as the centre and interpreter of his teachings.',
    observance: 'Work is not required to be suspended; devotions.',
    greeting: 'Have a blessed Day of the Covenant!',
  },
  'ascension-of-abdul-baha': {
    name: 'Ascension of ʻAbdu’l-Bahá',
    description: 'Commemorates the passing of ʻAbdu’l-Bahá in Haifa in 1921.',
    observance: 'Work is not required to be suspended; devotions at 1 a.m.',
    greeting: 'No congratulations – a day of remembrance.',
  },
  'ayyam-i-ha': {
    name: 'Ayyám-i-Há (Intercalary Days)',
    description:
      'Four or five intercalary days before the month of fasting: days of joy, hospitality and charity.',
    observance: 'Gifts, visits, celebrations and service to others.',
    greeting: 'Happy Ayyám-i-Há!',
  },
  'magha-puja': {
    name: 'Magha Puja',
    description:
      'Theravada festival on the full moon of the third lunar month, recalling the assembly of 1,250 monks to whom the Buddha set out the essence of his teaching.',
    observance: 'Temple visits, offerings, an evening candle procession three times around the temple.',
    greeting: 'Have a blessed Magha Puja!',
  },
  vesakh: {
    name: 'Vesak (Buddha Day)',
    description:
      'The most important Buddhist festival recalls the birth, enlightenment and passing of the Buddha. It falls on the full moon in May or June; some traditions celebrate a day or a lunar month earlier.',
    observance: 'Temple visits, meditation, lights, donations and good deeds.',
    greeting: 'Happy Vesak!',
  },
  'asalha-puja': {
    name: 'Asalha Puja (Dhamma Day)',
    description:
      'Recalls the Buddha’s first sermon in the Deer Park at Sarnath; the three-month rains retreat of the monks begins the next day.',
    observance: 'Temple visits, candle processions, donations to monasteries.',
    greeting: 'Have a blessed Dhamma Day!',
  },
  'bodhi-day': {
    name: 'Bodhi Day',
    description:
      'Commemorates the Buddha’s enlightenment under the Bodhi tree, on 8 December in many Mahayana traditions, especially Japanese Buddhism (Rohatsu).',
    observance: 'Meditation and recitation, often late into the night.',
    greeting: 'Have a blessed Bodhi Day!',
  },
  'makar-sankranti': {
    name: 'Makar Sankranti',
    description:
      'Harvest festival for the Sun’s entry into Capricorn of the Indian zodiac, one of the few Hindu festivals that follow the Sun; celebrated as Pongal in South India.',
    observance: 'Ritual bathing, sweets made of sesame and jaggery, kite flying.',
    greeting: 'Happy Makar Sankranti! / Happy Pongal!',
  },
  'maha-shivaratri': {
    name: 'Maha Shivaratri',
    description: 'The “Great Night of Shiva”, one of the most important holy days for devotees of Shiva.',
    observance: 'Fasting and a night-long vigil with prayers and chanting in the following night.',
    greeting: 'Happy Maha Shivaratri! / Om Namah Shivaya',
  },
  holi: {
    name: 'Holi',
    description:
      'Colourful spring festival celebrating the victory of good over evil and the arrival of spring.',
    observance:
      'Holika bonfires on the eve; on the day people throw coloured powder and water at each other.',
    greeting: 'Happy Holi!',
  },
  'raksha-bandhan': {
    name: 'Raksha Bandhan',
    description: 'Festival of the bond between siblings on the full moon of the month of Shravana.',
    observance:
      'Sisters tie a protective thread (rakhi) around their brothers’ wrists; brothers give presents.',
    greeting: 'Happy Raksha Bandhan!',
  },
  janmashtami: {
    name: 'Krishna Janmashtami',
    description:
      'Celebration of Krishna’s birth; the high point is midnight, the traditional hour of his birth.',
    observance: 'Fasting until midnight, devotional songs, plays from Krishna’s life.',
    greeting: 'Happy Janmashtami!',
  },
  'ganesh-chaturthi': {
    name: 'Ganesh Chaturthi',
    description: 'Ten-day festival in honour of the elephant-headed god Ganesha, remover of obstacles.',
    observance: 'Ganesha images are worshipped and finally immersed in water; sweets (modak).',
    greeting: 'Happy Ganesh Chaturthi! / Ganpati Bappa Morya!',
  },
  navaratri: {
    name: 'Navaratri',
    description: 'The “nine nights” before Dussehra honour the goddess Durga in her different forms.',
    observance: 'Fasting, prayers, dances (garba, dandiya); celebrated as Durga Puja in Bengal.',
    greeting: 'Happy Navaratri!',
  },
  dussehra: {
    name: 'Dussehra (Vijayadashami)',
    description:
      'Festival of the victory of good over evil: Rama defeats Ravana, and the goddess Durga the demon Mahishasura.',
    observance: 'Effigies of Ravana are burnt; performances of the Ramayana (Ramlila).',
    greeting: 'Happy Dussehra!',
  },
  diwali: {
    name: 'Diwali (Deepavali)',
    description:
      'The festival of lights, one of the most important Hindu festivals, celebrates the victory of light over darkness; Jains and Sikhs also observe it.',
    observance:
      'Oil lamps and lights, worship of the goddess Lakshmi, fireworks, sweets and visits; the festival lasts five days.',
    greeting: 'Happy Diwali! / Shubh Deepavali!',
  },
  'hola-mohalla': {
    name: 'Hola Mohalla',
    description: 'Festival introduced by Guru Gobind Singh on the day after Holi, centred on Anandpur Sahib.',
    observance: 'Displays of martial arts, processions, kirtan and langar (community kitchen).',
    greeting: 'Happy Hola Mohalla!',
  },
  vaisakhi: {
    name: 'Vaisakhi',
    description:
      'Harvest festival and start of the solar year; for Sikhs also the anniversary of the founding of the Khalsa by Guru Gobind Singh in 1699.',
    observance: 'Service at the gurdwara, procession (Nagar Kirtan), langar.',
    greeting: 'Happy Vaisakhi! / Vaisakhi diyan lakh lakh vadhaiyan!',
  },
  'bandi-chhor-divas': {
    name: 'Bandi Chhor Divas',
    description:
      'The “Day of Liberation” recalls the release of Guru Hargobind from imprisonment in Gwalior and is celebrated on the day of Diwali.',
    observance: 'Lights at the gurdwara, fireworks, kirtan.',
    greeting: 'Happy Bandi Chhor Divas!',
  },
  'guru-nanak-gurpurab': {
    name: 'Guru Nanak Gurpurab',
    description:
      'Birthday of Guru Nanak (1469), founder of Sikhism, on the full moon of the month of Kartik.',
    observance: 'Continuous reading of the Guru Granth Sahib (Akhand Path), processions, langar.',
    greeting: 'Happy Gurpurab! / Gurpurab diyan lakh lakh vadhaiyan!',
  },
} satisfies Partial<Record<HolidayKey, HolidayText>>;
