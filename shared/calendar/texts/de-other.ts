import type { HolidayKey } from '../keys.ts';
import type { HolidayText } from '../texts.ts';

export const otherDe = {
  'bahai-fast': {
    name: 'Fastenzeit der Bahá’í',
    description:
      'Im letzten Monat des Bahá’í-Jahres (ʻAláʼ) fasten Bahá’í 19 Tage lang zur geistigen Vorbereitung auf das neue Jahr.',
    observance:
      'Von Sonnenaufgang bis Sonnenuntergang weder Essen noch Trinken; Ausnahmen u. a. für Kranke, Reisende und Schwangere.',
    greeting: 'Eine gesegnete Fastenzeit!',
  },
  'naw-ruz': {
    name: 'Naw-Rúz (Bahá’í-Neujahr)',
    description:
      'Der erste Tag des Bahá’í-Jahres ist der Tag der Frühlings-Tagundnachtgleiche (maßgeblich ist Teheran) und beendet die Fastenzeit.',
    observance: 'Heiliger Tag mit Arbeitsruhe; Andachten und Feste.',
    greeting: 'Frohes Naw-Rúz! / Ein glückliches neues Jahr!',
  },
  'ridvan-first': {
    name: 'Erster Riḍván-Tag',
    description:
      'Beginn des zwölftägigen Riḍván-Festes, des „Königs der Feste“: Es erinnert an die Verkündigung Bahá’u’lláhs im Garten Riḍván in Bagdad 1863.',
    observance: 'Arbeitsruhe; in diesen Tagen werden die örtlichen Geistigen Räte gewählt.',
    greeting: 'Frohes Riḍván-Fest!',
  },
  'ridvan-ninth': {
    name: 'Neunter Riḍván-Tag',
    description:
      'Heiliger Tag des Riḍván-Festes: An diesem Tag kam die Familie Bahá’u’lláhs in den Garten Riḍván.',
    observance: 'Arbeitsruhe.',
    greeting: 'Frohes Riḍván-Fest!',
  },
  'ridvan-twelfth': {
    name: 'Zwölfter Riḍván-Tag',
    description: 'Letzter Tag des Riḍván-Festes, an dem Bahá’u’lláh 1863 den Garten Riḍván verließ.',
    observance: 'Arbeitsruhe.',
    greeting: 'Frohes Riḍván-Fest!',
  },
  'declaration-of-the-bab': {
    name: 'Erklärung des Báb',
    description:
      'Erinnert an den Abend des 22. Mai 1844, an dem der Báb in Schiras seine Sendung verkündete; damit beginnt die Bahá’í-Zeitrechnung.',
    observance: 'Arbeitsruhe; Andachten am Abend.',
    greeting: 'Einen gesegneten Feiertag!',
  },
  'ascension-of-bahaullah': {
    name: 'Hinscheiden Bahá’u’lláhs',
    description:
      'Gedenktag an den Tod Bahá’u’lláhs, des Stifters der Bahá’í-Religion, im Jahr 1892 bei Akkon.',
    observance: 'Arbeitsruhe; Andacht um 3 Uhr morgens, der Stunde seines Hinscheidens.',
    greeting: 'Kein Glückwunsch – ein Gedenktag.',
  },
  'martyrdom-of-the-bab': {
    name: 'Märtyrertod des Báb',
    description: 'Gedenken an die Hinrichtung des Báb in Täbris am 9. Juli 1850.',
    observance: 'Arbeitsruhe; Andacht um die Mittagszeit.',
    greeting: 'Kein Glückwunsch – ein Gedenktag.',
  },
  'birth-of-the-bab': {
    name: 'Geburt des Báb',
    description:
      'Erster der beiden Zwillingsfeiertage: die Geburt des Báb 1819 in Schiras. Das Datum richtet sich nach dem achten Neumond nach Naw-Rúz.',
    observance: 'Arbeitsruhe; Feste und Andachten.',
    greeting: 'Frohes Fest!',
  },
  'birth-of-bahaullah': {
    name: 'Geburt Bahá’u’lláhs',
    description: 'Zweiter der beiden Zwillingsfeiertage: die Geburt Bahá’u’lláhs 1817 in Teheran.',
    observance: 'Arbeitsruhe; Feste und Andachten.',
    greeting: 'Frohes Fest!',
  },
  'day-of-the-covenant': {
    name: 'Tag des Bundes',
    description:
      'Feiert den Bund, mit dem Bahá’u’lláh seinen Sohn ʻAbdu’l-Bahá zum Mittelpunkt und Ausleger seiner Lehre bestimmte.',
    observance: 'Keine Arbeitsruhe vorgeschrieben; Andachten.',
    greeting: 'Einen gesegneten Tag des Bundes!',
  },
  'ascension-of-abdul-baha': {
    name: 'Hinscheiden ʻAbdu’l-Bahás',
    description: 'Gedenktag an den Tod ʻAbdu’l-Bahás im Jahr 1921 in Haifa.',
    observance: 'Keine Arbeitsruhe vorgeschrieben; Andacht um 1 Uhr morgens.',
    greeting: 'Kein Glückwunsch – ein Gedenktag.',
  },
  'ayyam-i-ha': {
    name: 'Ayyám-i-Há (Tage der Gastfreundschaft)',
    description:
      'Vier oder fünf eingeschobene Tage vor dem Fastenmonat: Tage der Freude, der Geselligkeit und der Nächstenliebe.',
    observance: 'Geschenke, Besuche, Feste und Dienst an anderen.',
    greeting: 'Frohe Ayyám-i-Há!',
  },
  'magha-puja': {
    name: 'Magha Puja',
    description:
      'Theravada-Fest am Vollmond des dritten Mondmonats: Erinnert an die Versammlung von 1250 Mönchen beim Buddha, denen er die Grundzüge seiner Lehre darlegte.',
    observance: 'Tempelbesuch, Gaben, abends Lichterprozession dreimal um den Tempel.',
    greeting: 'Einen gesegneten Magha-Puja-Tag!',
  },
  vesakh: {
    name: 'Vesakh (Buddha-Tag)',
    description:
      'Das wichtigste buddhistische Fest erinnert an Geburt, Erleuchtung und Verlöschen des Buddha. Es fällt auf den Vollmond im Mai oder Juni; manche Traditionen feiern einen Tag oder einen Mondmonat früher.',
    observance: 'Tempelbesuche, Meditation, Lichter, Spenden und gute Taten.',
    greeting: 'Happy Vesak! / Einen gesegneten Vesakh!',
  },
  'asalha-puja': {
    name: 'Asalha Puja (Dhamma-Tag)',
    description:
      'Erinnert an die erste Lehrrede des Buddha im Gazellenhain von Sarnath; am Tag danach beginnt die dreimonatige Regenzeit-Klausur der Mönche.',
    observance: 'Tempelbesuche, Lichterprozessionen, Spenden an Klöster.',
    greeting: 'Einen gesegneten Dhamma-Tag!',
  },
  'bodhi-day': {
    name: 'Bodhi-Tag',
    description:
      'Gedenken an die Erleuchtung des Buddha unter dem Bodhi-Baum, in vielen Mahayana-Traditionen, besonders im japanischen Buddhismus (Rohatsu), am 8. Dezember.',
    observance: 'Meditation und Rezitation, oft bis in die Nacht.',
    greeting: 'Einen gesegneten Bodhi-Tag!',
  },
  'makar-sankranti': {
    name: 'Makar Sankranti',
    description:
      'Erntefest zum Eintritt der Sonne in das Zeichen Steinbock des indischen Tierkreises, eines der wenigen hinduistischen Feste nach dem Sonnenlauf; in Südindien als Pongal gefeiert.',
    observance: 'Rituelles Bad, Süßigkeiten aus Sesam und Rohrzucker, Drachensteigen.',
    greeting: 'Happy Makar Sankranti! / Happy Pongal!',
  },
  'maha-shivaratri': {
    name: 'Maha Shivaratri',
    description:
      'Die „große Nacht des Shiva“, einer der wichtigsten Feiertage für Verehrerinnen und Verehrer Shivas.',
    observance: 'Fasten und Nachtwache mit Gebeten und Gesängen in der folgenden Nacht.',
    greeting: 'Happy Maha Shivaratri! / Om Namah Shivaya',
  },
  holi: {
    name: 'Holi',
    description:
      'Farbenfrohes Frühlingsfest, das den Sieg des Guten über das Böse und die Ankunft des Frühlings feiert.',
    observance: 'Am Vorabend Holika-Feuer; am Festtag bewerfen sich die Menschen mit Farbpulver und Wasser.',
    greeting: 'Happy Holi!',
  },
  'raksha-bandhan': {
    name: 'Raksha Bandhan',
    description: 'Fest der Verbundenheit zwischen Geschwistern am Vollmond des Monats Shravana.',
    observance:
      'Schwestern binden ihren Brüdern ein Schutzband (Rakhi) um das Handgelenk; die Brüder machen Geschenke.',
    greeting: 'Happy Raksha Bandhan!',
  },
  janmashtami: {
    name: 'Krishna Janmashtami',
    description:
      'Feier der Geburt Krishnas; Höhepunkt ist Mitternacht, die überlieferte Stunde seiner Geburt.',
    observance: 'Fasten bis Mitternacht, Gesänge, Darstellungen aus Krishnas Leben.',
    greeting: 'Happy Janmashtami!',
  },
  'ganesh-chaturthi': {
    name: 'Ganesh Chaturthi',
    description: 'Zehntägiges Fest zu Ehren des elefantenköpfigen Gottes Ganesha, der Hindernisse beseitigt.',
    observance: 'Ganesha-Figuren werden verehrt und am Ende in ein Gewässer gebracht; Süßspeisen (Modak).',
    greeting: 'Happy Ganesh Chaturthi! / Ganpati Bappa Morya!',
  },
  navaratri: {
    name: 'Navaratri',
    description: 'Die „neun Nächte“ vor Dussehra ehren die Göttin Durga in ihren verschiedenen Gestalten.',
    observance: 'Fasten, Gebete, Tänze (Garba, Dandiya); in Bengalen als Durga Puja gefeiert.',
    greeting: 'Happy Navaratri!',
  },
  dussehra: {
    name: 'Dussehra (Vijayadashami)',
    description:
      'Fest des Sieges des Guten über das Böse: Rama besiegt Ravana, die Göttin Durga den Dämon Mahishasura.',
    observance: 'Figuren Ravanas werden verbrannt, Aufführungen des Ramayana (Ramlila).',
    greeting: 'Happy Dussehra!',
  },
  diwali: {
    name: 'Diwali (Deepavali)',
    description:
      'Das Lichterfest, eines der wichtigsten hinduistischen Feste, feiert den Sieg des Lichts über die Dunkelheit; auch Jainas und Sikhs begehen es.',
    observance:
      'Öllampen und Lichter, Verehrung der Göttin Lakshmi, Feuerwerk, Süßigkeiten und Besuche; das Fest dauert fünf Tage.',
    greeting: 'Happy Diwali! / Shubh Deepavali!',
  },
  'hola-mohalla': {
    name: 'Hola Mohalla',
    description:
      'Von Guru Gobind Singh eingeführtes Fest am Tag nach Holi, mit dem Mittelpunkt Anandpur Sahib.',
    observance: 'Vorführungen von Kampfkunst, Prozessionen, Kirtan und Langar (Gemeinschaftsküche).',
    greeting: 'Happy Hola Mohalla!',
  },
  vaisakhi: {
    name: 'Vaisakhi',
    description:
      'Erntefest und Beginn des Sonnenjahres; für Sikhs zugleich Erinnerung an die Gründung der Khalsa durch Guru Gobind Singh im Jahr 1699.',
    observance: 'Gottesdienst im Gurdwara, Prozession (Nagar Kirtan), Langar.',
    greeting: 'Happy Vaisakhi! / Vaisakhi diyan lakh lakh vadhaiyan!',
  },
  'bandi-chhor-divas': {
    name: 'Bandi Chhor Divas',
    description:
      'Der „Tag der Befreiung“ erinnert an die Freilassung von Guru Hargobind aus der Haft in Gwalior und wird am Tag von Diwali gefeiert.',
    observance: 'Lichter am Gurdwara, Feuerwerk, Kirtan.',
    greeting: 'Happy Bandi Chhor Divas!',
  },
  'guru-nanak-gurpurab': {
    name: 'Guru Nanak Gurpurab',
    description:
      'Geburtstag von Guru Nanak (1469), dem Begründer des Sikhismus, am Vollmond des Monats Kartik.',
    observance: 'Durchgehende Lesung des Guru Granth Sahib (Akhand Path), Prozessionen, Langar.',
    greeting: 'Happy Gurpurab! / Gurpurab diyan lakh lakh vadhaiyan!',
  },
} satisfies Partial<Record<HolidayKey, HolidayText>>;
