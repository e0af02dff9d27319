import type { HolidayKey } from '../keys.ts';
import type { HolidayText } from '../texts.ts';

export const civicEn = {
  'xidir-nebi': {
    name: 'Cejna Xidir Nebî',
    description:
      'Feast in honour of the holy Xidir Nebî, regarded as a helper in need, on the first Friday of the Yazidi February.',
    observance: 'Three days of fasting from Tuesday to Thursday, feast on Friday with family and neighbours.',
    greeting: 'Cejna we pîroz be! (Blessed feast)',
  },
  'carsema-sor': {
    name: 'Çarşema Sor (Yazidi New Year)',
    description:
      '“Red Wednesday” is the Yazidi New Year and recalls the creation of the world, on the first Wednesday of April in the Yazidi calendar.',
    observance: 'Dyed eggs, flowers on the doors, visits; lights are lit at Lalish.',
    greeting: 'Çarşema Sor pîroz be! (Blessed Red Wednesday)',
  },
  'cejna-cemaiya': {
    name: 'Cejna Cemaiya (Feast of the Assembly)',
    description:
      'Seven-day feast for which Yazidis come to the sanctuary of Lalish in northern Iraq; the most important pilgrimage festival.',
    observance: 'Pilgrimage to Lalish, rituals and shared meals; celebrations in the communities in Germany.',
    greeting: 'Cejna we pîroz be! (Blessed feast)',
  },
  'ezid-fast': {
    name: 'Fast of Êzîd (Rojiyên Êzîd)',
    description: 'Three days of fasting in honour of God in December, the most important Yazidi fast.',
    observance: 'Fasting from sunrise to sunset, Tuesday to Thursday; some communities fast a week earlier.',
    greeting: 'Have a blessed fast!',
  },
  'cejna-ezid': {
    name: 'Cejna Êzîd (Feast of Êzîd)',
    description:
      'The feast on the Friday after the three days of fasting is regarded as the highest feast in honour of God.',
    observance: 'Visits to family and neighbours and to graves, festive meals and presents.',
    greeting: 'Cejna Êzîd pîroz be! (Blessed Feast of Êzîd)',
  },
  'holocaust-remembrance': {
    name: 'Day of Remembrance for the Victims of National Socialism',
    description:
      'On 27 January 1945 the Auschwitz concentration and extermination camp was liberated. Germany remembers all victims of National Socialism on this day; the United Nations observe it as International Holocaust Remembrance Day.',
    observance: 'Commemorations, minutes of silence and educational events.',
    greeting: 'No congratulations – a day of remembrance.',
  },
  'mother-language-day': {
    name: 'International Mother Language Day',
    description: 'Day proclaimed by UNESCO to promote linguistic and cultural diversity and multilingualism.',
    observance: 'Readings and activities in schools, libraries and associations.',
    greeting: 'Happy International Mother Language Day!',
  },
  'weeks-against-racism': {
    name: 'International Weeks against Racism',
    description:
      'Nationwide weeks of action around 21 March, coordinated by the Stiftung gegen Rassismus, with events by associations, schools, municipalities and companies.',
    observance:
      'The foundation sets the period each year; here it is calculated by the usual rule (see “approximate”).',
    greeting: 'Together against racism!',
  },
  'day-against-racism': {
    name: 'International Day for the Elimination of Racial Discrimination',
    description:
      'United Nations day against racism, in memory of the Sharpeville massacre in South Africa on 21 March 1960.',
    observance: 'Activities, events and public statements.',
    greeting: 'Together against racism!',
  },
  'cultural-diversity-day': {
    name: 'World Day for Cultural Diversity',
    description:
      'World Day for Cultural Diversity for Dialogue and Development, proclaimed by the United Nations in 2002: it honours the diversity of cultures and the dialogue between them.',
    observance: 'Activities and events.',
    greeting: 'Happy World Day for Cultural Diversity!',
  },
  'german-diversity-day': {
    name: 'German Diversity Day',
    description:
      'Day of action of the Charta der Vielfalt, on which companies and institutions show how they promote diversity at work.',
    observance:
      'The Charta der Vielfalt sets the date; here calculated as the last Tuesday in May, one week earlier when that is the day after Whit Monday.',
    greeting: 'Happy Diversity Day!',
  },
  'world-refugee-day': {
    name: 'World Refugee Day',
    description: 'United Nations day for people who have had to flee war, persecution and violence.',
    observance: 'Commemorations and information events.',
    greeting: 'No festive greeting – a day of solidarity.',
  },
  'intercultural-week': {
    name: 'Intercultural Week',
    description:
      'Nationwide initiative of churches, trade unions, welfare organisations, municipalities and local groups at the end of September on migration, participation and living together; the Friday is Refugee Day.',
    observance:
      'The ecumenical preparatory committee sets the period; here calculated from the Sunday between 21 and 27 September to the following Sunday.',
    greeting: 'Have a successful Intercultural Week!',
  },
  'tolerance-day': {
    name: 'International Day for Tolerance',
    description:
      'Day proclaimed by UNESCO in 1995 for mutual respect and against intolerance and discrimination.',
    observance: 'Events and educational activities.',
    greeting: 'Happy International Day for Tolerance!',
  },
  'human-rights-day': {
    name: 'Human Rights Day',
    description:
      'Recalls the adoption of the Universal Declaration of Human Rights by the United Nations General Assembly on 10 December 1948.',
    observance: 'Events and campaigns by human rights organisations.',
    greeting: 'No festive greeting – a day of action.',
  },
  'migrants-day': {
    name: 'International Migrants Day',
    description:
      'United Nations day recalling the Convention on the Protection of the Rights of All Migrant Workers of 18 December 1990 and honouring the rights and contributions of migrants.',
    observance: 'Events and activities.',
    greeting: 'No festive greeting – a day of action.',
  },
} satisfies Partial<Record<HolidayKey, HolidayText>>;
