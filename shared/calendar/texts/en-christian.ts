import type { HolidayKey } from '../keys.ts';
import type { HolidayText } from '../texts.ts';

export const christianEn = {
  epiphany: {
    name: 'Epiphany (Three Kings’ Day)',
    description:
      'Feast of the manifestation of the Lord. Catholics remember the Magi from the East; Protestants celebrate Epiphany as God revealing himself in Jesus.',
    observance:
      'Not a public holiday in NRW. Around 6 January, children dressed as the Three Kings collect donations.',
    greeting: 'Happy Epiphany!',
  },
  'ash-wednesday': {
    name: 'Ash Wednesday',
    description:
      'Beginning of the 40 days of Lent before Easter. Many believers receive a cross of ashes on their forehead in church.',
    observance: 'A day of fasting and abstinence for Catholics; many people give something up during Lent.',
    greeting: 'Have a blessed Lent!',
  },
  'palm-sunday': {
    name: 'Palm Sunday',
    description: 'The Sunday before Easter opens Holy Week and recalls Jesus’ entry into Jerusalem.',
    observance: 'Services with palm or box branches, often processions.',
    greeting: 'Have a blessed Palm Sunday!',
  },
  'maundy-thursday': {
    name: 'Maundy Thursday',
    description: 'Recalls the Last Supper of Jesus with his disciples on the evening before his death.',
    observance: 'Evening services; many people would like the afternoon off.',
    greeting: 'Have a blessed Holy Week and Easter!',
  },
  'good-friday': {
    name: 'Good Friday',
    description:
      'Commemorates the crucifixion and death of Jesus; one of the highest holy days of the Protestant church.',
    observance:
      'Public holiday and “quiet day”: public dances and entertainment are not allowed. Many fast or do not eat meat.',
    greeting: 'No festive greeting – a quiet day of mourning; “Have a blessed Easter” is appropriate.',
  },
  easter: {
    name: 'Easter',
    description:
      'The most important Christian feast celebrates the resurrection of Jesus Christ. It falls on the first Sunday after the first full moon of spring.',
    observance:
      'Easter Vigil and morning services, family gatherings, Easter eggs. Easter Monday is a public holiday.',
    greeting: 'Happy Easter!',
  },
  'easter-monday': {
    name: 'Easter Monday',
    description: 'The second day of the Easter festival.',
    observance: 'Public holiday throughout Germany.',
    greeting: 'Happy Easter!',
  },
  ascension: {
    name: 'Ascension Day',
    description: 'Celebrates Jesus’ return to God the Father, 40 days after Easter.',
    observance: 'Public holiday; services, often outdoors. Also known in Germany as “Father’s Day”.',
    greeting: 'Have a blessed Ascension Day!',
  },
  pentecost: {
    name: 'Pentecost (Whitsun)',
    description:
      'Celebrates the coming of the Holy Spirit 50 days after Easter; regarded as the birthday of the Church.',
    observance: 'Church services; Whit Monday is a public holiday.',
    greeting: 'Happy Pentecost!',
  },
  'whit-monday': {
    name: 'Whit Monday',
    description: 'The second day of Pentecost.',
    observance: 'Public holiday throughout Germany.',
    greeting: 'Happy Pentecost!',
  },
  'corpus-christi': {
    name: 'Corpus Christi',
    description:
      'Catholic feast of the lasting presence of Jesus Christ in the Eucharist, on the second Thursday after Pentecost.',
    observance: 'Public holiday in NRW; solemn processions through the streets.',
    greeting: 'Have a blessed feast of Corpus Christi!',
  },
  assumption: {
    name: 'Assumption of Mary',
    description: 'Catholic solemnity of Mary being taken up body and soul into heaven.',
    observance: 'Not a public holiday in NRW; many parishes bless herbs.',
    greeting: 'Have a blessed feast day!',
  },
  'harvest-festival': {
    name: 'Harvest Thanksgiving',
    description:
      'Thanksgiving for the harvest and the gifts of creation, in Germany usually on the first Sunday in October.',
    observance: 'Churches decorated with produce, services and parish festivals.',
    greeting: 'Happy Harvest Festival!',
  },
  'reformation-day': {
    name: 'Reformation Day',
    description:
      'Recalls Martin Luther’s 95 Theses of 31 October 1517 and thus the beginning of the Reformation.',
    observance: 'Not a public holiday in NRW (unlike several other German states); Protestant services.',
    greeting: 'Have a blessed Reformation Day!',
  },
  'all-saints': {
    name: 'All Saints’ Day',
    description: 'Catholic feast in memory of all saints, including those not known by name.',
    observance:
      'Public holiday and “quiet day” in NRW. Many visit the graves of relatives, also on All Souls’ Day (2 November).',
    greeting: 'No congratulations – a day of remembrance.',
  },
  'st-martin': {
    name: 'St Martin’s Day',
    description: 'Feast of St Martin of Tours, who shared his cloak with a freezing beggar.',
    observance:
      'Lantern processions of nurseries and schools with bonfires and sweet bread in the days around 11 November.',
    greeting: 'Happy St Martin’s Day!',
  },
  'day-of-repentance': {
    name: 'Day of Repentance and Prayer',
    description:
      'Protestant day of reflection and repentance, on the Wednesday before the last Sunday of the church year.',
    observance: 'Not a public holiday in NRW (only in Saxony); church services.',
    greeting: 'No festive greeting – a day of reflection.',
  },
  'eternity-sunday': {
    name: 'Sunday of the Dead (Eternity Sunday)',
    description: 'The last Sunday of the Protestant church year, on which the dead are remembered.',
    observance:
      'Quiet day; visits to graves, the names of those who died during the year are read out in church.',
    greeting: 'No congratulations – a day of remembrance.',
  },
  'first-advent': {
    name: 'First Sunday of Advent',
    description: 'Beginning of Advent and of the church year: four weeks of preparation for Christmas.',
    observance: 'The first candle on the Advent wreath is lit.',
    greeting: 'Happy first Sunday of Advent!',
  },
  'christmas-eve': {
    name: 'Christmas Eve',
    description: 'The eve of Christmas, when the birth of Jesus is celebrated.',
    observance:
      'Evening and midnight services, presents within the family; many people have the afternoon off.',
    greeting: 'Merry Christmas!',
  },
  christmas: {
    name: 'Christmas Day',
    description:
      'Feast of the birth of Jesus Christ. The Syriac Orthodox Church also celebrates Christmas on 25 December.',
    observance: 'Public holiday; church services and family celebrations.',
    greeting: 'Merry Christmas!',
  },
  'st-stephen': {
    name: 'Boxing Day (St Stephen’s Day)',
    description: 'Second day of Christmas and feast of Stephen, the first Christian martyr.',
    observance: 'Public holiday.',
    greeting: 'Merry Christmas!',
  },
  'orthodox-christmas': {
    name: 'Orthodox Christmas',
    description:
      'Christmas of the churches that follow the Julian calendar, such as the Russian, Serbian, Ukrainian, Georgian and Coptic Orthodox churches. Greek, Romanian and Bulgarian Orthodox parishes celebrate on 25 December.',
    observance: 'After a period of fasting, a service on Christmas Eve (6 January) and family celebrations.',
    greeting: 'Merry Christmas! – Orthodox greeting: “Christ is born!”',
  },
  'orthodox-theophany': {
    name: 'Theophany (Baptism of Christ)',
    description:
      'Feast of Jesus’ baptism in the Jordan, on 19 January in the churches of the Julian calendar; Coptic: Ghetas.',
    observance: 'Great Blessing of the Waters; in many places a cross is thrown into the water.',
    greeting: 'Have a blessed feast of Theophany!',
  },
  'clean-monday': {
    name: 'Clean Monday',
    description: 'Beginning of the seven weeks of Great Lent before Orthodox Easter.',
    observance: 'Strict fasting: no meat, no dairy, often no oil.',
    greeting: 'Have a blessed Lent!',
  },
  'orthodox-good-friday': {
    name: 'Orthodox Good Friday',
    description:
      'Commemoration of the crucifixion and death of Christ in the churches that calculate Easter by the Julian calendar.',
    observance: 'The strictest fast day of the year; procession with the burial shroud (Epitaphios).',
    greeting: 'No festive greeting – a quiet day of mourning.',
  },
  'orthodox-easter': {
    name: 'Orthodox Easter (Pascha)',
    description:
      'Feast of Christ’s resurrection according to the Julian calendar; it coincides with Western Easter or falls up to five weeks later. The Syriac and Coptic Orthodox churches celebrate on the same day.',
    observance: 'Midnight service, end of the fast, red-dyed eggs and a festive meal.',
    greeting: '“Christ is risen!” – reply: “He is risen indeed!”',
  },
  'orthodox-pentecost': {
    name: 'Orthodox Pentecost',
    description: 'Feast of the descent of the Holy Spirit, 50 days after Orthodox Easter.',
    observance: 'Churches are decorated with greenery and flowers.',
    greeting: 'Happy Pentecost!',
  },
  'nineveh-fast': {
    name: 'Fast of Nineveh',
    description:
      'Three-day fast of the Syriac church (the Fast of Jonah in the Coptic church), three weeks before Great Lent, recalling the repentance of the city of Nineveh.',
    observance: 'Strict fasting from Monday to Wednesday, daily services.',
    greeting: 'Have a blessed fast!',
  },
  'feast-of-the-cross': {
    name: 'Feast of the Holy Cross',
    description:
      'Feast of the finding and exaltation of the Cross of Christ, a major feast in the Syriac Orthodox tradition.',
    observance: 'Church services; in many places bonfires are lit on the eve.',
    greeting: 'Have a blessed Feast of the Cross!',
  },
  'coptic-new-year': {
    name: 'Coptic New Year (Nayrouz)',
    description:
      'Beginning of the Coptic calendar year (1 Thout), also a commemoration of the martyrs of the church.',
    observance: 'Church services; red dates and guavas are traditionally eaten.',
    greeting: 'Happy New Year!',
  },
  'armenian-christmas': {
    name: 'Armenian Christmas',
    description:
      'The Armenian Apostolic Church celebrates the birth and the baptism of Jesus together on 6 January (Theophany).',
    observance: 'Service on the eve, blessing of the water, family celebrations.',
    greeting: 'Merry Christmas! – Armenian greeting: “Christ is born and revealed!”',
  },
  vardanants: {
    name: 'Vardanants',
    description:
      'Commemorates Vardan Mamikonian and the Battle of Avarayr (451) for freedom of faith, on the Thursday before Great Lent.',
    observance: 'Church services and cultural events in Armenian communities.',
    greeting: 'Have a blessed Vardanants Day!',
  },
  'armenian-genocide-remembrance': {
    name: 'Armenian Genocide Remembrance Day',
    description:
      'On 24 April 1915 the arrests in Constantinople began with which the genocide of the Armenians in the Ottoman Empire started. The German Bundestag recognised it as genocide in 2016.',
    observance: 'Memorial services and commemorations.',
    greeting: 'No congratulations – a day of mourning; words of sympathy are appropriate.',
  },
  vardavar: {
    name: 'Vardavar (Transfiguration)',
    description:
      'Armenian feast of the Transfiguration of Jesus, 14 weeks after Easter; one of the five major feasts of the church.',
    observance: 'Folk custom: people splash each other with water.',
    greeting: 'Happy Vardavar!',
  },
} satisfies Partial<Record<HolidayKey, HolidayText>>;
