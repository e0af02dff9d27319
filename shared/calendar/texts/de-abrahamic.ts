import type { HolidayKey } from '../keys.ts';
import type { HolidayText } from '../texts.ts';

export const abrahamicDe = {
  'tu-bishvat': {
    name: 'Tu biSchwat',
    description: 'Neujahrsfest der Bäume am 15. Schwat, verbunden mit der Natur und dem Land Israel.',
    observance: 'Man isst Früchte, besonders solche aus Israel; vielerorts werden Bäume gepflanzt.',
    greeting: 'Chag Sameach! (Frohes Fest)',
  },
  purim: {
    name: 'Purim',
    description:
      'Erinnert an die Rettung der Jüdinnen und Juden im Perserreich, wie sie das Buch Ester erzählt.',
    observance: 'Lesung der Esterrolle, Verkleiden, Geschenke an Freunde und Bedürftige, Festmahl.',
    greeting: 'Purim Sameach! (Frohes Purim)',
  },
  pesach: {
    name: 'Pessach',
    description:
      'Das achttägige Fest (in Israel sieben Tage) erinnert an den Auszug aus Ägypten und die Befreiung aus der Sklaverei.',
    observance:
      'Sederabend in der Familie am Vorabend; eine Woche lang nichts Gesäuertes, sondern Mazza. Am ersten und zweiten sowie an den letzten beiden Tagen Arbeitsruhe.',
    greeting: 'Chag Pessach Sameach! (Frohes Pessachfest)',
  },
  'yom-hashoah': {
    name: 'Jom haSchoa',
    description:
      'Gedenktag an die sechs Millionen Jüdinnen und Juden, die in der Schoa ermordet wurden, und an den jüdischen Widerstand.',
    observance: 'Gedenkveranstaltungen; in Israel steht zwei Minuten lang das öffentliche Leben still.',
    greeting: 'Kein Glückwunsch – ein Gedenktag.',
  },
  shavuot: {
    name: 'Schawuot (Wochenfest)',
    description:
      'Sieben Wochen nach Pessach: erinnert an die Gabe der Tora am Sinai und ist zugleich ein Erntefest.',
    observance: 'Zwei Tage Arbeitsruhe, nächtliches Lernen, Milchspeisen, mit Grün geschmückte Synagogen.',
    greeting: 'Chag Sameach! (Frohes Fest)',
  },
  'tisha-bav': {
    name: 'Tischa beAw',
    description:
      'Fast- und Trauertag zum Gedenken an die Zerstörung des ersten und zweiten Tempels in Jerusalem und an weitere Katastrophen der jüdischen Geschichte.',
    observance: 'Fasten von Sonnenuntergang bis zum Einbruch der folgenden Nacht, Lesung der Klagelieder.',
    greeting: 'Kein Festgruß – ein Trauertag; üblich ist „Ein leichtes Fasten“ (Zom kal).',
  },
  'rosh-hashanah': {
    name: 'Rosch haSchana',
    description: 'Jüdisches Neujahrsfest und Beginn der zehn Tage der Umkehr bis Jom Kippur.',
    observance: 'Zwei Tage Arbeitsruhe, Blasen des Schofar, Äpfel mit Honig für ein süßes Jahr.',
    greeting: 'Schana Towa! (Ein gutes Jahr)',
  },
  'yom-kippur': {
    name: 'Jom Kippur',
    description:
      'Der Versöhnungstag ist der höchste jüdische Feiertag: ein Tag der Umkehr, des Gebets und der Versöhnung mit Gott und den Mitmenschen.',
    observance: 'Etwa 25 Stunden Fasten ohne Essen und Trinken, Arbeitsruhe, Gebet fast den ganzen Tag.',
    greeting: 'Gmar Chatima Towa! (Eine gute Besiegelung) – oder „Ein leichtes Fasten“',
  },
  sukkot: {
    name: 'Sukkot (Laubhüttenfest)',
    description:
      'Siebentägiges Fest, das an die Wüstenwanderung nach dem Auszug aus Ägypten erinnert; zugleich ein Erntedankfest.',
    observance: 'Mahlzeiten in einer Laubhütte (Sukka); an den ersten beiden Tagen Arbeitsruhe.',
    greeting: 'Chag Sameach! (Frohes Fest)',
  },
  'shemini-atzeret': {
    name: 'Schemini Azeret',
    description:
      'Der „achte Tag der Versammlung“ schließt an Sukkot an; in der Synagoge wird um Regen gebetet.',
    observance: 'Arbeitsruhe.',
    greeting: 'Chag Sameach! (Frohes Fest)',
  },
  'simchat-torah': {
    name: 'Simchat Tora',
    description:
      'Fest der Torafreude: Der jährliche Lesezyklus der Tora wird abgeschlossen und neu begonnen.',
    observance: 'Arbeitsruhe; Tänze mit den Torarollen in der Synagoge.',
    greeting: 'Chag Sameach! (Frohes Fest)',
  },
  chanukah: {
    name: 'Chanukka',
    description:
      'Achttägiges Lichterfest zur Erinnerung an die Wiedereinweihung des Tempels in Jerusalem im 2. Jahrhundert v. d. Z.',
    observance:
      'Jeden Abend wird ein weiteres Licht am Leuchter (Chanukkia) entzündet; in Öl gebackene Speisen. Keine Arbeitsruhe.',
    greeting: 'Chanukka Sameach! (Frohes Chanukka)',
  },
  'isra-miraj': {
    name: 'Isra und Miradsch (Miraç Kandili)',
    description:
      'Erinnert an die nächtliche Reise des Propheten Muhammad von Mekka nach Jerusalem und seine Himmelfahrt.',
    observance: 'Gebete und Koranlesungen in der Nacht; in türkischen Gemeinden eine der Kandil-Nächte.',
    greeting: 'Kandiliniz mübarek olsun! (Gesegnete Kandil-Nacht)',
  },
  'laylat-al-baraat': {
    name: 'Nacht der Vergebung (Berat Kandili)',
    description:
      'Die Nacht zum 15. Schaban gilt vielen Musliminnen und Muslimen als Nacht der Vergebung, in der das Schicksal des kommenden Jahres bestimmt wird.',
    observance: 'Gebete und Koranlesungen, in manchen Traditionen Besuche der Gräber.',
    greeting: 'Kandiliniz mübarek olsun! (Gesegnete Kandil-Nacht)',
  },
  ramadan: {
    name: 'Beginn des Ramadan',
    description:
      'Der Fastenmonat Ramadan, der neunte Monat des islamischen Mondkalenders, ist eine Zeit des Fastens, des Gebets und der Besinnung.',
    observance:
      'Von der Morgendämmerung bis Sonnenuntergang wird weder gegessen noch getrunken; abends gemeinsames Fastenbrechen (Iftar). Rücksicht bei Terminen mit Essen und bei Schichtplänen.',
    greeting: 'Ramadan Mubarak! / Ramadan Kareem! (Gesegneten Ramadan)',
  },
  'laylat-al-qadr': {
    name: 'Nacht der Bestimmung (Lailat al-Qadr, Kadir Gecesi)',
    description:
      'Die Nacht, in der nach islamischem Glauben die Offenbarung des Korans begann; meist in der Nacht zum 27. Ramadan begangen.',
    observance: 'Gebete und Koranrezitation bis in den Morgen, häufig in der Moschee.',
    greeting: 'Kadir Geceniz mübarek olsun! (Gesegnete Nacht)',
  },
  'eid-al-fitr': {
    name: 'Fest des Fastenbrechens (Eid al-Fitr, Ramazan Bayramı)',
    description: 'Das Fest beendet den Fastenmonat Ramadan und dauert meist drei Tage.',
    observance:
      'Festgebet am Morgen, Besuche bei Familie und Freunden, Süßigkeiten und Geschenke für Kinder, Spende für Bedürftige. Viele nehmen am ersten Tag Urlaub.',
    greeting: 'Eid Mubarak! / Bayramınız mübarek olsun! (Gesegnetes Fest)',
  },
  'day-of-arafah': {
    name: 'Tag von Arafat',
    description:
      'Höhepunkt der Pilgerfahrt nach Mekka: Die Pilgernden stehen betend in der Ebene von Arafat. Es ist der Vortag des Opferfests.',
    observance: 'Wer nicht pilgert, fastet an diesem Tag häufig.',
    greeting: 'Einen gesegneten Arafat-Tag!',
  },
  'eid-al-adha': {
    name: 'Opferfest (Eid al-Adha, Kurban Bayramı)',
    description:
      'Das höchste islamische Fest erinnert an die Bereitschaft Abrahams (Ibrahim), seinen Sohn zu opfern, und fällt in die Zeit der Pilgerfahrt. Es dauert vier Tage.',
    observance:
      'Festgebet, Opfertier, dessen Fleisch mit Bedürftigen, Verwandten und Nachbarn geteilt wird; Familienbesuche.',
    greeting: 'Eid Mubarak! / Bayramınız mübarek olsun! (Gesegnetes Fest)',
  },
  'islamic-new-year': {
    name: 'Islamisches Neujahr',
    description:
      'Beginn des Monats Muharram und des neuen Jahres nach der Hidschra, der Auswanderung des Propheten nach Medina im Jahr 622.',
    observance: 'Meist still begangen, mit Gebeten und Predigten.',
    greeting: 'Ein gesegnetes neues Jahr!',
  },
  ashura: {
    name: 'Aschura',
    description:
      'Am 10. Muharram gedenken schiitische Musliminnen und Muslime des Martyriums Husains in Kerbela (680); viele Sunnitinnen und Sunniten fasten in Erinnerung an die Rettung Moses.',
    observance: 'Fasten, Trauerversammlungen; in türkischen Familien wird die Süßspeise Aşure geteilt.',
    greeting:
      'Für Schiitinnen und Schiiten ein Trauertag – dann kein Glückwunsch; sonst „Einen gesegneten Aschura-Tag“.',
  },
  mawlid: {
    name: 'Geburtstag des Propheten (Mevlid Kandili)',
    description:
      'Erinnert an die Geburt des Propheten Muhammad im Jahr 570; nicht alle muslimischen Richtungen feiern ihn.',
    observance: 'Lobgedichte, Gebete und Vorträge in der Nacht und am Tag.',
    greeting: 'Mevlid Kandiliniz mübarek olsun! (Gesegneter Mevlid)',
  },
  nevruz: {
    name: 'Nevruz',
    description:
      'Frühlings- und Neujahrsfest vieler Völker; Alevitinnen und Aleviten feiern an diesem Tag auch die Geburt von Ali.',
    observance: 'Cem-Gottesdienste und Feste mit Musik, Tanz und Feuer.',
    greeting: 'Nevruzunuz kutlu olsun! (Frohes Nevruz)',
  },
  hidrellez: {
    name: 'Hıdrellez',
    description:
      'Frühlingsfest, das an die Begegnung von Hızır und İlyas erinnert, Sinnbilder für Schutz, Fruchtbarkeit und Erneuerung.',
    observance:
      'In der Nacht zum 6. Mai werden Wünsche an einen Rosenstrauch gehängt; Feste und Picknicks im Freien.',
    greeting: 'Hıdrelleziniz kutlu olsun! (Frohes Hıdrellez)',
  },
  'ghadir-khumm': {
    name: 'Gadir-i Hum',
    description:
      'Erinnert an die Predigt des Propheten Muhammad bei Ghadir Khumm (632), in der Alevitinnen und Aleviten die Einsetzung Alis als Nachfolger sehen.',
    observance: 'Cem-Gottesdienste und Feiern.',
    greeting: 'Gadir-i Hum bayramınız kutlu olsun! (Frohes Fest)',
  },
  'muharrem-fast': {
    name: 'Muharrem-Fasten',
    description:
      'Zwölftägige Trauer- und Fastenzeit im Monat Muharrem zum Gedenken an Imam Hüseyin, der 680 in Kerbela getötet wurde, und an die zwölf Imame.',
    observance:
      'Fasten, Verzicht auf Fleisch, Wasser und Feiern, keine Hochzeiten; gemeinsames Fastenbrechen im Cemevi.',
    greeting: 'Kein Festgruß – eine Trauerzeit; angemessen ist „Eine besinnliche Muharrem-Zeit“.',
  },
  asure: {
    name: 'Aşure-Tag',
    description:
      'Am Ende des Muharrem-Fastens danken Alevitinnen und Aleviten für die Rettung von Zeynel Abidin, dem Sohn Hüseyins, und kochen Aşure aus zwölf Zutaten.',
    observance: 'Die Süßspeise Aşure wird mit Nachbarn, Freunden, Kolleginnen und Kollegen geteilt.',
    greeting: 'Aşure gününüz kutlu olsun! (Gesegneter Aşure-Tag)',
  },
} satisfies Partial<Record<HolidayKey, HolidayText>>;
