import type { HolidayKey } from '../keys.ts';
import type { HolidayText } from '../texts.ts';

export const christianDe = {
  epiphany: {
    name: 'Heilige Drei Könige (Epiphanias)',
    description:
      'Fest der Erscheinung des Herrn. Die katholische Kirche erinnert an die Sterndeuter aus dem Osten, die evangelische feiert Epiphanias als Offenbarung Gottes in Jesus.',
    observance:
      'In NRW kein gesetzlicher Feiertag. Um den 6. Januar sammeln Sternsingerinnen und Sternsinger Spenden.',
    greeting: 'Ein gesegnetes Dreikönigsfest!',
  },
  'ash-wednesday': {
    name: 'Aschermittwoch',
    description:
      'Beginn der 40-tägigen Fastenzeit vor Ostern. Im Gottesdienst wird vielen Gläubigen ein Aschekreuz auf die Stirn gezeichnet.',
    observance: 'Katholischer Fast- und Abstinenztag; viele verzichten in der Fastenzeit bewusst auf etwas.',
    greeting: 'Eine gute Fastenzeit!',
  },
  'palm-sunday': {
    name: 'Palmsonntag',
    description: 'Der Sonntag vor Ostern eröffnet die Karwoche und erinnert an den Einzug Jesu in Jerusalem.',
    observance: 'Gottesdienste mit Palm- oder Buchsbaumzweigen, vielerorts Prozessionen.',
    greeting: 'Einen gesegneten Palmsonntag!',
  },
  'maundy-thursday': {
    name: 'Gründonnerstag',
    description: 'Erinnert an das letzte Abendmahl Jesu mit seinen Jüngern am Abend vor seinem Tod.',
    observance: 'Abendgottesdienste; viele wünschen sich ab dem Nachmittag frei.',
    greeting: 'Gesegnete Kar- und Ostertage!',
  },
  'good-friday': {
    name: 'Karfreitag',
    description:
      'Gedenktag an die Kreuzigung und den Tod Jesu, einer der höchsten Feiertage der evangelischen Kirche.',
    observance:
      'Gesetzlicher und stiller Feiertag: öffentliche Tanz- und Unterhaltungsveranstaltungen sind untersagt. Viele fasten oder verzichten auf Fleisch.',
    greeting: 'Kein Festtagsgruß – ein stiller Trauertag; passend ist „Gesegnete Ostertage“.',
  },
  easter: {
    name: 'Ostern',
    description:
      'Das wichtigste Fest des Christentums feiert die Auferstehung Jesu Christi. Es fällt auf den ersten Sonntag nach dem ersten Frühlingsvollmond.',
    observance:
      'Osternacht und Gottesdienste am Morgen, Familienfeiern, Ostereier. Ostermontag ist gesetzlicher Feiertag.',
    greeting: 'Frohe Ostern!',
  },
  'easter-monday': {
    name: 'Ostermontag',
    description: 'Der zweite Feiertag des Osterfestes.',
    observance: 'Gesetzlicher Feiertag in ganz Deutschland.',
    greeting: 'Frohe Ostern!',
  },
  ascension: {
    name: 'Christi Himmelfahrt',
    description: 'Feiert 40 Tage nach Ostern die Rückkehr Jesu zu Gott, seinem Vater.',
    observance: 'Gesetzlicher Feiertag; Gottesdienste, oft im Freien. Zugleich als „Vatertag“ bekannt.',
    greeting: 'Einen gesegneten Himmelfahrtstag!',
  },
  pentecost: {
    name: 'Pfingsten',
    description:
      'Feiert 50 Tage nach Ostern die Sendung des Heiligen Geistes; gilt als Geburtstag der Kirche.',
    observance: 'Gottesdienste; Pfingstmontag ist gesetzlicher Feiertag.',
    greeting: 'Frohe Pfingsten!',
  },
  'whit-monday': {
    name: 'Pfingstmontag',
    description: 'Der zweite Feiertag des Pfingstfestes.',
    observance: 'Gesetzlicher Feiertag in ganz Deutschland.',
    greeting: 'Frohe Pfingsten!',
  },
  'corpus-christi': {
    name: 'Fronleichnam',
    description:
      'Katholisches Fest der bleibenden Gegenwart Jesu Christi in der Eucharistie, am zweiten Donnerstag nach Pfingsten.',
    observance: 'Gesetzlicher Feiertag in NRW; feierliche Prozessionen durch die Straßen.',
    greeting: 'Einen gesegneten Fronleichnamstag!',
  },
  assumption: {
    name: 'Mariä Himmelfahrt',
    description: 'Katholisches Hochfest der Aufnahme Marias mit Leib und Seele in den Himmel.',
    observance: 'In NRW kein gesetzlicher Feiertag; in vielen Gemeinden werden Kräuter gesegnet.',
    greeting: 'Ein gesegnetes Marienfest!',
  },
  'harvest-festival': {
    name: 'Erntedankfest',
    description:
      'Dank für die Ernte und die Gaben der Schöpfung, in Deutschland meist am ersten Sonntag im Oktober.',
    observance: 'Mit Erntegaben geschmückte Kirchen, Gottesdienste und Gemeindefeste.',
    greeting: 'Ein schönes Erntedankfest!',
  },
  'reformation-day': {
    name: 'Reformationstag',
    description:
      'Erinnert an Martin Luthers 95 Thesen vom 31. Oktober 1517 und damit an den Beginn der Reformation.',
    observance:
      'In NRW kein gesetzlicher Feiertag (anders als in mehreren anderen Ländern); evangelische Gottesdienste.',
    greeting: 'Einen gesegneten Reformationstag!',
  },
  'all-saints': {
    name: 'Allerheiligen',
    description: 'Katholisches Fest zum Gedenken an alle Heiligen, auch an die namentlich nicht bekannten.',
    observance:
      'Gesetzlicher und stiller Feiertag in NRW. Viele besuchen die Gräber ihrer Angehörigen, auch an Allerseelen (2. November).',
    greeting: 'Kein Glückwunsch üblich – ein Gedenktag.',
  },
  'st-martin': {
    name: 'Sankt Martin',
    description:
      'Gedenktag des heiligen Martin von Tours, der seinen Mantel mit einem frierenden Bettler teilte.',
    observance:
      'Laternenumzüge von Kitas und Schulen mit Martinsfeuer und Weckmännern in den Tagen um den 11. November.',
    greeting: 'Einen schönen Martinstag!',
  },
  'day-of-repentance': {
    name: 'Buß- und Bettag',
    description:
      'Evangelischer Tag der Besinnung und Umkehr, am Mittwoch vor dem letzten Sonntag des Kirchenjahres.',
    observance: 'In NRW kein gesetzlicher Feiertag (nur in Sachsen); Gottesdienste.',
    greeting: 'Kein Festtagsgruß üblich – ein Tag der Besinnung.',
  },
  'eternity-sunday': {
    name: 'Ewigkeitssonntag (Totensonntag)',
    description: 'Letzter Sonntag des evangelischen Kirchenjahres, an dem der Verstorbenen gedacht wird.',
    observance:
      'Stiller Feiertag; Gräberbesuche, in Gottesdiensten werden die Namen der Verstorbenen verlesen.',
    greeting: 'Kein Glückwunsch – ein Gedenktag.',
  },
  'first-advent': {
    name: '1. Advent',
    description:
      'Beginn der Adventszeit und des Kirchenjahres: vier Wochen der Vorbereitung auf Weihnachten.',
    observance: 'Die erste Kerze am Adventskranz wird angezündet.',
    greeting: 'Einen schönen ersten Advent!',
  },
  'christmas-eve': {
    name: 'Heiligabend',
    description: 'Der Vorabend von Weihnachten, an dem die Geburt Jesu gefeiert wird.',
    observance: 'Christvespern und Christmetten, Bescherung im Familienkreis; viele haben ab mittags frei.',
    greeting: 'Frohe Weihnachten!',
  },
  christmas: {
    name: 'Weihnachten (1. Weihnachtstag)',
    description:
      'Fest der Geburt Jesu Christi. Auch die syrisch-orthodoxe Kirche feiert Weihnachten am 25. Dezember.',
    observance: 'Gesetzlicher Feiertag; Gottesdienste und Familienfeste.',
    greeting: 'Frohe Weihnachten!',
  },
  'st-stephen': {
    name: '2. Weihnachtstag (Stephanustag)',
    description:
      'Zweiter Weihnachtsfeiertag, zugleich Gedenktag des ersten christlichen Märtyrers Stephanus.',
    observance: 'Gesetzlicher Feiertag.',
    greeting: 'Frohe Weihnachten!',
  },
  'orthodox-christmas': {
    name: 'Orthodoxes Weihnachtsfest',
    description:
      'Weihnachten der Kirchen, die dem julianischen Kalender folgen, u. a. russisch-, serbisch-, ukrainisch-, georgisch- und koptisch-orthodox. Griechisch-, rumänisch- und bulgarisch-orthodoxe Gemeinden feiern am 25. Dezember.',
    observance: 'Nach einer Fastenzeit Gottesdienst am Heiligen Abend (6. Januar) und Familienfeste.',
    greeting: 'Frohe Weihnachten! – orthodoxer Gruß: „Christus ist geboren!“',
  },
  'orthodox-theophany': {
    name: 'Theophanie (Taufe Christi)',
    description:
      'Fest der Taufe Jesu im Jordan, in den Kirchen des julianischen Kalenders am 19. Januar; koptisch: Ghetas.',
    observance: 'Große Wasserweihe; vielerorts wird ein Kreuz ins Wasser geworfen.',
    greeting: 'Ein gesegnetes Fest der Theophanie!',
  },
  'clean-monday': {
    name: 'Reiner Montag',
    description: 'Beginn der siebenwöchigen Großen Fastenzeit vor dem orthodoxen Osterfest.',
    observance: 'Strenges Fasten: kein Fleisch, keine Milchprodukte, oft auch kein Öl.',
    greeting: 'Eine gesegnete Fastenzeit!',
  },
  'orthodox-good-friday': {
    name: 'Karfreitag (orthodox)',
    description:
      'Gedenken an die Kreuzigung und den Tod Christi in den Kirchen, die Ostern nach dem julianischen Kalender berechnen.',
    observance: 'Strengster Fasttag des Jahres; Prozession mit dem Grabtuch (Epitaphios).',
    greeting: 'Kein Festtagsgruß – ein stiller Trauertag.',
  },
  'orthodox-easter': {
    name: 'Orthodoxes Osterfest',
    description:
      'Fest der Auferstehung Christi nach dem julianischen Kalender; es fällt mit dem westlichen Ostern zusammen oder liegt bis zu fünf Wochen später. Auch die syrisch- und die koptisch-orthodoxe Kirche feiern an diesem Tag.',
    observance: 'Gottesdienst in der Osternacht, Ende des Fastens, rot gefärbte Eier und Festessen.',
    greeting: '„Christus ist auferstanden!“ – Antwort: „Er ist wahrhaftig auferstanden!“',
  },
  'orthodox-pentecost': {
    name: 'Pfingsten (orthodox)',
    description: 'Fest der Herabkunft des Heiligen Geistes, 50 Tage nach dem orthodoxen Osterfest.',
    observance: 'Kirchen werden mit Grün und Blumen geschmückt.',
    greeting: 'Frohe Pfingsten!',
  },
  'nineveh-fast': {
    name: 'Ninive-Fasten',
    description:
      'Dreitägiges Fasten der syrischen Kirche (in der koptischen Kirche Jona-Fasten), drei Wochen vor der Großen Fastenzeit, in Erinnerung an die Umkehr der Stadt Ninive.',
    observance: 'Strenges Fasten von Montag bis Mittwoch, tägliche Gottesdienste.',
    greeting: 'Ein gesegnetes Fasten!',
  },
  'feast-of-the-cross': {
    name: 'Kreuzfest (Kreuzerhöhung)',
    description:
      'Fest der Auffindung und Erhöhung des Kreuzes Christi, in der syrisch-orthodoxen Tradition ein großes Fest.',
    observance: 'Gottesdienste; vielerorts werden am Vorabend Feuer entzündet.',
    greeting: 'Ein gesegnetes Kreuzfest!',
  },
  'coptic-new-year': {
    name: 'Koptisches Neujahr (Nayrouz)',
    description:
      'Beginn des koptischen Kalenderjahres (1. Thout), zugleich Gedenken an die Märtyrerinnen und Märtyrer der Kirche.',
    observance: 'Gottesdienste; traditionell werden rote Datteln und Guaven gegessen.',
    greeting: 'Ein gesegnetes neues Jahr!',
  },
  'armenian-christmas': {
    name: 'Armenisches Weihnachtsfest',
    description:
      'Die armenisch-apostolische Kirche feiert Geburt und Taufe Jesu gemeinsam am 6. Januar (Theophanie).',
    observance: 'Gottesdienst am Vorabend, Wasserweihe, Familienfeste.',
    greeting: 'Frohe Weihnachten! – armenischer Gruß: „Christus ist geboren und offenbart!“',
  },
  vardanants: {
    name: 'Vardanants',
    description:
      'Gedenktag an Vardan Mamikonian und die Schlacht von Avarayr (451) für die Glaubensfreiheit, am Donnerstag vor der Großen Fastenzeit.',
    observance: 'Gottesdienste und kulturelle Veranstaltungen der armenischen Gemeinden.',
    greeting: 'Einen gesegneten Vardanants-Tag!',
  },
  'armenian-genocide-remembrance': {
    name: 'Gedenktag an den Völkermord an den Armenierinnen und Armeniern',
    description:
      'Am 24. April 1915 begannen in Konstantinopel die Verhaftungen, mit denen der Völkermord im Osmanischen Reich einsetzte. Der Deutsche Bundestag hat ihn 2016 als Völkermord anerkannt.',
    observance: 'Gedenkgottesdienste und Gedenkveranstaltungen.',
    greeting: 'Kein Glückwunsch – ein Trauertag; angemessen sind Worte der Anteilnahme.',
  },
  vardavar: {
    name: 'Vardavar (Verklärung Christi)',
    description:
      'Armenisches Fest der Verklärung Jesu, 14 Wochen nach Ostern, eines der fünf Hauptfeste der Kirche.',
    observance: 'Volksbrauch: Man bespritzt sich gegenseitig mit Wasser.',
    greeting: 'Ein frohes Vardavar-Fest!',
  },
} satisfies Partial<Record<HolidayKey, HolidayText>>;
