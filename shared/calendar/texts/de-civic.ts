import type { HolidayKey } from '../keys.ts';
import type { HolidayText } from '../texts.ts';

export const civicDe = {
  'xidir-nebi': {
    name: 'Cejna Xidir Nebî',
    description:
      'Fest zu Ehren des Heiligen Xidir Nebî, der als Helfer in der Not gilt, am ersten Freitag des êzîdîschen Februars.',
    observance: 'Drei Tage Fasten von Dienstag bis Donnerstag, am Freitag Fest mit Familie und Nachbarn.',
    greeting: 'Cejna we pîroz be! (Gesegnetes Fest)',
  },
  'carsema-sor': {
    name: 'Çarşema Sor (êzîdîsches Neujahr)',
    description:
      'Der „Rote Mittwoch“ ist das Neujahrsfest der Êzîdinnen und Êzîden und erinnert an die Erschaffung der Welt, am ersten Mittwoch im April des êzîdîschen Kalenders.',
    observance: 'Gefärbte Eier, Blumen an den Türen, Besuche; in Lalisch werden Lichter entzündet.',
    greeting: 'Çarşema Sor pîroz be! (Gesegneter Roter Mittwoch)',
  },
  'cejna-cemaiya': {
    name: 'Cejna Cemaiya (Fest der Versammlung)',
    description:
      'Siebentägiges Fest, zu dem Êzîdinnen und Êzîden zur Pilgerstätte Lalisch im Nordirak kommen; das wichtigste Pilgerfest.',
    observance:
      'Pilgerfahrt nach Lalisch, Rituale und gemeinsame Mahlzeiten; in Deutschland Feiern in den Gemeinden.',
    greeting: 'Cejna we pîroz be! (Gesegnetes Fest)',
  },
  'ezid-fast': {
    name: 'Êzîd-Fasten (Rojiyên Êzîd)',
    description:
      'Dreitägiges Fasten zu Ehren Gottes im Dezember, die wichtigste Fastenzeit der Êzîdinnen und Êzîden.',
    observance:
      'Fasten von Sonnenaufgang bis Sonnenuntergang, von Dienstag bis Donnerstag; manche Gemeinden fasten eine Woche früher.',
    greeting: 'Ein gesegnetes Fasten!',
  },
  'cejna-ezid': {
    name: 'Cejna Êzîd (Êzîd-Fest)',
    description: 'Das Fest am Freitag nach dem dreitägigen Fasten gilt als höchstes Fest zu Ehren Gottes.',
    observance: 'Besuche bei Familie und Nachbarn, Gräberbesuche, Festessen und Geschenke.',
    greeting: 'Cejna Êzîd pîroz be! (Gesegnetes Êzîd-Fest)',
  },
  'holocaust-remembrance': {
    name: 'Tag des Gedenkens an die Opfer des Nationalsozialismus',
    description:
      'Am 27. Januar 1945 wurde das Konzentrations- und Vernichtungslager Auschwitz befreit. Deutschland gedenkt an diesem Tag aller Opfer des Nationalsozialismus; die Vereinten Nationen begehen ihn als Internationalen Holocaust-Gedenktag.',
    observance: 'Gedenkstunden, Schweigeminuten und Bildungsangebote.',
    greeting: 'Kein Glückwunsch – ein Gedenktag.',
  },
  'mother-language-day': {
    name: 'Internationaler Tag der Muttersprache',
    description:
      'Von der UNESCO ausgerufener Tag für sprachliche und kulturelle Vielfalt und für Mehrsprachigkeit.',
    observance: 'Lesungen und Aktionen in Schulen, Bibliotheken und Vereinen.',
    greeting: 'Einen schönen Tag der Muttersprache!',
  },
  'weeks-against-racism': {
    name: 'Internationale Wochen gegen Rassismus',
    description:
      'Bundesweite Aktionswochen rund um den 21. März, koordiniert von der Stiftung gegen Rassismus, mit Veranstaltungen von Vereinen, Schulen, Kommunen und Unternehmen.',
    observance:
      'Den Zeitraum legt die Stiftung jedes Jahr fest; hier nach der üblichen Regel berechnet (siehe Hinweis „ungefähr“).',
    greeting: 'Gemeinsam gegen Rassismus!',
  },
  'day-against-racism': {
    name: 'Internationaler Tag gegen Rassismus',
    description:
      'Internationaler Tag zur Überwindung rassistischer Diskriminierung der Vereinten Nationen, in Erinnerung an das Massaker von Sharpeville (Südafrika) am 21. März 1960.',
    observance: 'Aktionen, Veranstaltungen und öffentliche Stellungnahmen.',
    greeting: 'Gemeinsam gegen Rassismus!',
  },
  'cultural-diversity-day': {
    name: 'Welttag der kulturellen Vielfalt',
    description:
      'Welttag der kulturellen Vielfalt für Dialog und Entwicklung, 2002 von den Vereinten Nationen ausgerufen: Er würdigt die Vielfalt der Kulturen und den Dialog zwischen ihnen.',
    observance: 'Aktionen und Veranstaltungen.',
    greeting: 'Einen schönen Welttag der kulturellen Vielfalt!',
  },
  'german-diversity-day': {
    name: 'Deutscher Diversity-Tag',
    description:
      'Aktionstag der Charta der Vielfalt, an dem Unternehmen und Institutionen zeigen, wie sie Vielfalt in der Arbeitswelt fördern.',
    observance:
      'Das Datum legt die Charta der Vielfalt fest; hier berechnet als letzter Dienstag im Mai, eine Woche früher, wenn er auf den Tag nach Pfingstmontag fällt.',
    greeting: 'Einen schönen Diversity-Tag!',
  },
  'world-refugee-day': {
    name: 'Weltflüchtlingstag',
    description:
      'Gedenktag der Vereinten Nationen für Menschen, die vor Krieg, Verfolgung und Gewalt fliehen mussten.',
    observance: 'Gedenk- und Informationsveranstaltungen.',
    greeting: 'Kein Festgruß üblich – ein Tag der Solidarität.',
  },
  'intercultural-week': {
    name: 'Interkulturelle Woche',
    description:
      'Bundesweite Initiative von Kirchen, Gewerkschaften, Wohlfahrtsverbänden, Kommunen und Initiativen Ende September zu Migration, Teilhabe und Zusammenleben; am Freitag ist der Tag des Flüchtlings.',
    observance:
      'Den Zeitraum legt der Ökumenische Vorbereitungsausschuss fest; hier berechnet vom Sonntag zwischen dem 21. und 27. September bis zum folgenden Sonntag.',
    greeting: 'Eine gelungene Interkulturelle Woche!',
  },
  'tolerance-day': {
    name: 'Internationaler Tag der Toleranz',
    description:
      'Von der UNESCO 1995 ausgerufener Tag für gegenseitigen Respekt und gegen Intoleranz und Diskriminierung.',
    observance: 'Veranstaltungen und Bildungsangebote.',
    greeting: 'Einen guten Tag der Toleranz!',
  },
  'human-rights-day': {
    name: 'Tag der Menschenrechte',
    description:
      'Erinnert an die Verabschiedung der Allgemeinen Erklärung der Menschenrechte durch die Generalversammlung der Vereinten Nationen am 10. Dezember 1948.',
    observance: 'Veranstaltungen und Aktionen von Menschenrechtsorganisationen.',
    greeting: 'Kein Festgruß üblich – ein Aktionstag.',
  },
  'migrants-day': {
    name: 'Internationaler Tag der Migrantinnen und Migranten',
    description:
      'Tag der Vereinten Nationen, der an die Konvention zum Schutz der Rechte aller Wanderarbeitnehmer vom 18. Dezember 1990 erinnert und die Rechte und Beiträge von Migrantinnen und Migranten würdigt.',
    observance: 'Veranstaltungen und Aktionen.',
    greeting: 'Kein Festgruß üblich – ein Aktionstag.',
  },
} satisfies Partial<Record<HolidayKey, HolidayText>>;
