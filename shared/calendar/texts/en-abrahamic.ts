import type { HolidayKey } from '../keys.ts';
import type { HolidayText } from '../texts.ts';

export const abrahamicEn = {
  'tu-bishvat': {
    name: 'Tu BiShvat',
    description: 'New Year of the Trees on 15 Shevat, connected with nature and the Land of Israel.',
    observance: 'Fruit is eaten, especially from Israel; trees are planted in many places.',
    greeting: 'Chag Sameach! (Happy holiday)',
  },
  purim: {
    name: 'Purim',
    description: 'Recalls the rescue of the Jews in the Persian Empire as told in the Book of Esther.',
    observance:
      'Reading of the Esther scroll, costumes, gifts to friends and to people in need, a festive meal.',
    greeting: 'Purim Sameach! (Happy Purim)',
  },
  pesach: {
    name: 'Passover (Pesach)',
    description:
      'The eight-day festival (seven days in Israel) recalls the Exodus from Egypt and the liberation from slavery.',
    observance:
      'Seder with the family on the eve; for a week no leavened food, but matzah. No work on the first two and the last two days.',
    greeting: 'Chag Pesach Sameach! (Happy Passover)',
  },
  'yom-hashoah': {
    name: 'Yom HaShoah (Holocaust Remembrance Day)',
    description: 'Remembers the six million Jews murdered in the Shoah and the Jewish resistance.',
    observance: 'Commemorations; in Israel public life stops for two minutes.',
    greeting: 'No congratulations – a day of remembrance.',
  },
  shavuot: {
    name: 'Shavuot (Feast of Weeks)',
    description:
      'Seven weeks after Passover: recalls the giving of the Torah at Sinai and is also a harvest festival.',
    observance: 'Two days without work, night-long study, dairy dishes, synagogues decorated with greenery.',
    greeting: 'Chag Sameach! (Happy holiday)',
  },
  'tisha-bav': {
    name: 'Tisha B’Av',
    description:
      'Day of fasting and mourning for the destruction of the First and Second Temples in Jerusalem and other catastrophes of Jewish history.',
    observance: 'Fasting from sunset until nightfall the next day, reading of Lamentations.',
    greeting: 'No festive greeting – a day of mourning; “Have an easy fast” (Tzom kal) is customary.',
  },
  'rosh-hashanah': {
    name: 'Rosh Hashanah',
    description: 'Jewish New Year and beginning of the ten Days of Repentance leading to Yom Kippur.',
    observance: 'Two days without work, blowing of the shofar, apples dipped in honey for a sweet year.',
    greeting: 'Shana Tova! (A good year)',
  },
  'yom-kippur': {
    name: 'Yom Kippur',
    description:
      'The Day of Atonement is the holiest day of the Jewish year: a day of repentance, prayer and reconciliation with God and one’s fellow human beings.',
    observance: 'About 25 hours of fasting without food or drink, no work, prayer for most of the day.',
    greeting: 'G’mar Chatima Tova! (May you be sealed for good) – or “Have an easy fast”',
  },
  sukkot: {
    name: 'Sukkot (Feast of Tabernacles)',
    description:
      'Seven-day festival recalling the wandering in the desert after the Exodus; also a harvest thanksgiving.',
    observance: 'Meals in a booth (sukkah); no work on the first two days.',
    greeting: 'Chag Sameach! (Happy holiday)',
  },
  'shemini-atzeret': {
    name: 'Shemini Atzeret',
    description: 'The “Eighth Day of Assembly” follows Sukkot; the prayer for rain is said in the synagogue.',
    observance: 'No work.',
    greeting: 'Chag Sameach! (Happy holiday)',
  },
  'simchat-torah': {
    name: 'Simchat Torah',
    description: 'Rejoicing in the Torah: the annual cycle of Torah readings is completed and begun again.',
    observance: 'No work; dancing with the Torah scrolls in the synagogue.',
    greeting: 'Chag Sameach! (Happy holiday)',
  },
  chanukah: {
    name: 'Hanukkah',
    description:
      'Eight-day festival of lights recalling the rededication of the Temple in Jerusalem in the 2nd century BCE.',
    observance:
      'Each evening one more light is lit on the menorah (hanukkiah); foods fried in oil. Not a day off work.',
    greeting: 'Happy Hanukkah! (Chag Chanukah Sameach)',
  },
  'isra-miraj': {
    name: 'Isra and Mi’raj (Miraç Kandili)',
    description:
      'Recalls the night journey of the Prophet Muhammad from Mecca to Jerusalem and his ascension to heaven.',
    observance:
      'Prayers and Quran recitation during the night; one of the Kandil nights in Turkish communities.',
    greeting: 'Kandiliniz mübarek olsun! (Blessed Kandil night)',
  },
  'laylat-al-baraat': {
    name: 'Night of Forgiveness (Laylat al-Bara’at, Berat Kandili)',
    description:
      'Many Muslims regard the night before 15 Sha’ban as a night of forgiveness in which the destiny of the coming year is decided.',
    observance: 'Prayers and Quran recitation; in some traditions visits to graves.',
    greeting: 'Kandiliniz mübarek olsun! (Blessed Kandil night)',
  },
  ramadan: {
    name: 'Start of Ramadan',
    description:
      'Ramadan, the ninth month of the Islamic lunar calendar, is a month of fasting, prayer and reflection.',
    observance:
      'No food or drink from dawn to sunset; the fast is broken together in the evening (iftar). Be considerate when planning meetings with meals and shifts.',
    greeting: 'Ramadan Mubarak! / Ramadan Kareem! (Blessed Ramadan)',
  },
  'laylat-al-qadr': {
    name: 'Night of Power (Laylat al-Qadr, Kadir Gecesi)',
    description:
      'The night in which, according to Islamic belief, the revelation of the Quran began; usually observed in the night before 27 Ramadan.',
    observance: 'Prayer and Quran recitation until morning, often in the mosque.',
    greeting: 'Kadir Geceniz mübarek olsun! (Blessed night)',
  },
  'eid-al-fitr': {
    name: 'Eid al-Fitr (Ramazan Bayramı)',
    description: 'The festival of breaking the fast ends the month of Ramadan and usually lasts three days.',
    observance:
      'Festive prayer in the morning, visits to family and friends, sweets and presents for children, charity for people in need. Many take the first day off.',
    greeting: 'Eid Mubarak! / Bayramınız mübarek olsun! (Blessed Eid)',
  },
  'day-of-arafah': {
    name: 'Day of Arafah',
    description:
      'The climax of the pilgrimage to Mecca, when pilgrims stand in prayer on the plain of Arafat; the day before the Feast of Sacrifice.',
    observance: 'Muslims who are not on pilgrimage often fast on this day.',
    greeting: 'Have a blessed Day of Arafah!',
  },
  'eid-al-adha': {
    name: 'Eid al-Adha (Kurban Bayramı)',
    description:
      'The Feast of Sacrifice, the highest Islamic festival, recalls Abraham’s (Ibrahim’s) willingness to sacrifice his son and falls during the pilgrimage. It lasts four days.',
    observance:
      'Festive prayer, sacrifice of an animal whose meat is shared with the poor, relatives and neighbours; family visits.',
    greeting: 'Eid Mubarak! / Bayramınız mübarek olsun! (Blessed Eid)',
  },
  'islamic-new-year': {
    name: 'Islamic New Year',
    description:
      'Beginning of the month of Muharram and of the new year after the Hijra, the Prophet’s emigration to Medina in 622.',
    observance: 'Mostly observed quietly, with prayers and sermons.',
    greeting: 'Have a blessed new year!',
  },
  ashura: {
    name: 'Ashura',
    description:
      'On 10 Muharram Shia Muslims mourn the martyrdom of Husayn at Karbala (680); many Sunni Muslims fast in memory of Moses’ rescue.',
    observance: 'Fasting, mourning gatherings; Turkish families share the sweet dish aşure.',
    greeting:
      'For Shia Muslims a day of mourning – then no congratulations; otherwise “Have a blessed Ashura”.',
  },
  mawlid: {
    name: 'Mawlid (Birthday of the Prophet, Mevlid Kandili)',
    description: 'Recalls the birth of the Prophet Muhammad in 570; not all Muslim schools celebrate it.',
    observance: 'Poems in praise of the Prophet, prayers and talks during the night and the day.',
    greeting: 'Mevlid Kandiliniz mübarek olsun! (Blessed Mawlid)',
  },
  nevruz: {
    name: 'Nevruz',
    description:
      'Spring and New Year festival of many peoples; Alevis also celebrate the birth of Ali on this day.',
    observance: 'Cem services and celebrations with music, dance and fire.',
    greeting: 'Nevruzunuz kutlu olsun! (Happy Nevruz)',
  },
  hidrellez: {
    name: 'Hıdrellez',
    description:
      'Spring festival recalling the meeting of Hızır and İlyas, symbols of protection, fertility and renewal.',
    observance: 'In the night before 6 May wishes are hung on a rose bush; festivities and picnics outdoors.',
    greeting: 'Hıdrelleziniz kutlu olsun! (Happy Hıdrellez)',
  },
  'ghadir-khumm': {
    name: 'Ghadir Khumm (Gadir-i Hum)',
    description:
      'Recalls the sermon of the Prophet Muhammad at Ghadir Khumm (632), in which Alevis see the appointment of Ali as his successor.',
    observance: 'Cem services and celebrations.',
    greeting: 'Gadir-i Hum bayramınız kutlu olsun! (Happy feast)',
  },
  'muharrem-fast': {
    name: 'Muharrem Fast',
    description:
      'Twelve days of mourning and fasting in the month of Muharrem in memory of Imam Hüseyin, killed at Karbala in 680, and of the Twelve Imams.',
    observance:
      'Fasting, abstaining from meat, water and celebrations, no weddings; communal fast-breaking in the cemevi.',
    greeting: 'No festive greeting – a time of mourning; “Have a contemplative Muharrem” is appropriate.',
  },
  asure: {
    name: 'Aşure Day',
    description:
      'At the end of the Muharrem fast, Alevis give thanks for the survival of Zeynel Abidin, Hüseyin’s son, and cook aşure from twelve ingredients.',
    observance: 'The sweet dish aşure is shared with neighbours, friends and colleagues.',
    greeting: 'Aşure gününüz kutlu olsun! (Blessed Aşure Day)',
  },
} satisfies Partial<Record<HolidayKey, HolidayText>>;
