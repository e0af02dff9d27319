/**
 * Hindu lunisolar festivals (and the Sikh days that follow them) for 2024–2035.
 *
 * No ICU calendar covers the Hindu lunisolar calendar, so these dates are a curated table (see `source`).
 * Each date is the festival day for New Delhi in the almanac (panchang) convention of the Government of
 * India's holiday lists and of Drik Panchang: Maha Shivaratri – Chaturdashi at midnight; Holi (Dhulandi) –
 * the day after the Holika Dahan full moon; Raksha Bandhan – Shravana Purnima; Janmashtami – Smarta
 * (householder) date; Ganesh Chaturthi – Chaturthi at midday; Navaratri – Ashvin Shukla Pratipada;
 * Dussehra – Vijayadashami; Diwali – Lakshmi Puja (Amavasya in the evening); Guru Nanak Gurpurab –
 * Kartika Purnima (SGPC). Regional calendars (e.g. Tamil, Bengali, Nepali) can differ by a day.
 */
export const HINDU_TABLE = {
  from: 2024,
  to: 2035,
  source:
    'Government of India (Ministry of Personnel) lists of gazetted and restricted holidays and Drik Panchang ' +
    '(drikpanchang.com, New Delhi) for 2024–2026; SGPC calendar for Guru Nanak Gurpurab. 2027–2035 follow the ' +
    'same panchang rules for New Delhi, cross-checked against published multi-year Diwali lists and a tithi ' +
    'computation (astronomy-engine, Lahiri ayanamsa); check them against Drik Panchang when it publishes the year.',
  // prettier-ignore
  dates: {
    'maha-shivaratri': [
      '2024-03-08', '2025-02-26', '2026-02-15', '2027-03-06', '2028-02-23', '2029-02-11',
      '2030-03-02', '2031-02-20', '2032-03-10', '2033-02-27', '2034-02-17', '2035-03-08',
    ],
    holi: [
      '2024-03-25', '2025-03-14', '2026-03-04', '2027-03-22', '2028-03-11', '2029-03-01',
      '2030-03-20', '2031-03-09', '2032-03-27', '2033-03-16', '2034-03-05', '2035-03-24',
    ],
    'raksha-bandhan': [
      '2024-08-19', '2025-08-09', '2026-08-28', '2027-08-17', '2028-08-05', '2029-08-23',
      '2030-08-13', '2031-08-02', '2032-08-20', '2033-08-10', '2034-08-29', '2035-08-18',
    ],
    janmashtami: [
      '2024-08-26', '2025-08-16', '2026-09-04', '2027-08-25', '2028-08-13', '2029-09-01',
      '2030-08-21', '2031-08-10', '2032-08-28', '2033-08-17', '2034-09-05', '2035-08-26',
    ],
    'ganesh-chaturthi': [
      '2024-09-07', '2025-08-27', '2026-09-14', '2027-09-04', '2028-08-23', '2029-09-11',
      '2030-09-01', '2031-09-20', '2032-09-08', '2033-08-28', '2034-09-16', '2035-09-05',
    ],
    /** First day (Ghatasthapana); the festival ends the day before Dussehra. */
    navaratri: [
      '2024-10-03', '2025-09-22', '2026-10-11', '2027-09-30', '2028-09-19', '2029-10-08',
      '2030-09-28', '2031-10-17', '2032-10-05', '2033-09-24', '2034-10-13', '2035-10-02',
    ],
    dussehra: [
      '2024-10-12', '2025-10-02', '2026-10-20', '2027-10-09', '2028-09-27', '2029-10-16',
      '2030-10-06', '2031-10-25', '2032-10-14', '2033-10-03', '2034-10-22', '2035-10-11',
    ],
    diwali: [
      '2024-10-31', '2025-10-20', '2026-11-08', '2027-10-29', '2028-10-17', '2029-11-05',
      '2030-10-26', '2031-11-14', '2032-11-02', '2033-10-22', '2034-11-10', '2035-10-30',
    ],
    'guru-nanak-gurpurab': [
      '2024-11-15', '2025-11-05', '2026-11-24', '2027-11-14', '2028-11-02', '2029-11-21',
      '2030-11-10', '2031-11-28', '2032-11-17', '2033-11-06', '2034-11-25', '2035-11-15',
    ],
  },
} as const;

export type HinduTableKey = keyof typeof HINDU_TABLE.dates;
