import {
  type ActivityInput,
  type ActivityStatus,
  type FieldErrorCodes,
} from '../../../../shared/activities/index.ts';
import type { CategoryId } from '../../../../shared/catalog/index.ts';
import { uuidv7 } from '../../../../shared/sync/index.ts';

/** Languages partners use most in outreach (seed notes §e), offered as checkboxes. */
export const OFFERED_LANGUAGES = [
  'de',
  'en',
  'ar',
  'tr',
  'ku',
  'fa',
  'prs',
  'ru',
  'uk',
  'bg',
  'ro',
  'pl',
  'sr',
  'hr',
  'bs',
  'it',
  'fr',
  'es',
  'nl',
  'rom',
  'gsg',
] as const;

/** What the inputs hold: text for text and number inputs, so a half-typed value is never lost. */
export interface ActivityFormState {
  id: string;
  partnerId: string;
  date: string;
  endDate: string;
  title: string;
  category: string;
  status: ActivityStatus | '';
  type: string;
  secondaryCategories: CategoryId[];
  format: string;
  place: string;
  organisingUnit: string;
  cooperationPartners: string[];
  targetGroups: string[];
  participantCount: string;
  sessions: string;
  languages: string[];
  fundingProgramme: string;
  links: string[];
  note: string;
}

/** Today's date in the device's time zone (an event is logged where it happens). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyForm(partnerId: string, now = new Date()): ActivityFormState {
  return {
    id: uuidv7(),
    partnerId,
    date: today(now),
    endDate: '',
    title: '',
    category: '',
    status: 'done',
    type: '',
    secondaryCategories: [],
    format: '',
    place: '',
    organisingUnit: '',
    cooperationPartners: [],
    targetGroups: [],
    participantCount: '',
    sessions: '',
    languages: [],
    fundingProgramme: '',
    links: [],
    note: '',
  };
}

/** A new entry pre-filled with the values last used on this device, per remembered field. */
export function newFormWithLastValues(partnerId: string, last: Partial<ActivityInput>, now = new Date()) {
  const form = emptyForm(partnerId, now);
  return {
    ...form,
    category: last.category ? String(last.category) : '',
    status: last.status ?? form.status,
    type: last.type ?? '',
    format: last.format ?? '',
    place: last.place ?? '',
    organisingUnit: last.organisingUnit ?? '',
    cooperationPartners: last.cooperationPartners ?? [],
    targetGroups: last.targetGroups ?? [],
    languages: last.languages ?? [],
    fundingProgramme: last.fundingProgramme ?? '',
  } satisfies ActivityFormState;
}

/** "Repeat last entry": everything of the last entry under a new id, dated today. */
export function repeatOf(last: ActivityInput, now = new Date()): ActivityFormState {
  return { ...toFormState(last), id: uuidv7(), date: today(now), endDate: '' };
}

export function toFormState(entry: ActivityInput): ActivityFormState {
  const text = (value: string | null) => value ?? '';
  const number = (value: number | null) => (value === null ? '' : String(value));
  return {
    id: entry.id,
    partnerId: entry.partnerId,
    date: entry.date,
    endDate: text(entry.endDate),
    title: entry.title,
    category: String(entry.category),
    status: entry.status,
    type: text(entry.type),
    secondaryCategories: [...entry.secondaryCategories],
    format: text(entry.format),
    place: text(entry.place),
    organisingUnit: text(entry.organisingUnit),
    cooperationPartners: [...entry.cooperationPartners],
    targetGroups: [...entry.targetGroups],
    participantCount: number(entry.participantCount),
    sessions: number(entry.sessions),
    languages: [...entry.languages],
    fundingProgramme: text(entry.fundingProgramme),
    links: [...entry.links],
    note: text(entry.note),
  };
}

/** The form's content as an entry; the shared schema then judges it (the same check the server makes). */
export function toInput(form: ActivityFormState): ActivityInput {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  const count = (value: string) => (value.trim() === '' ? null : Number(value.trim()));
  return {
    id: form.id,
    partnerId: form.partnerId,
    date: form.date,
    endDate: orNull(form.endDate),
    title: form.title,
    category: (form.category === '' ? null : Number(form.category)) as CategoryId,
    secondaryCategories: form.secondaryCategories.filter((c) => String(c) !== form.category),
    status: form.status as ActivityStatus,
    type: orNull(form.type) as ActivityInput['type'],
    format: orNull(form.format) as ActivityInput['format'],
    place: orNull(form.place),
    organisingUnit: orNull(form.organisingUnit),
    cooperationPartners: form.cooperationPartners,
    targetGroups: form.targetGroups,
    participantCount: count(form.participantCount),
    sessions: count(form.sessions),
    languages: form.languages,
    fundingProgramme: orNull(form.fundingProgramme),
    links: form.links,
    note: orNull(form.note),
  };
}

/** Optional fields that hold a value: "add details" opens by itself when one of them does. */
export function hasDetails(form: ActivityFormState): boolean {
  return (
    !!form.endDate ||
    !!form.type ||
    form.secondaryCategories.length > 0 ||
    !!form.format ||
    !!form.place ||
    !!form.organisingUnit ||
    form.cooperationPartners.length > 0 ||
    form.targetGroups.length > 0 ||
    !!form.participantCount ||
    !!form.sessions ||
    form.languages.length > 0 ||
    !!form.fundingProgramme ||
    form.links.length > 0 ||
    !!form.note
  );
}

/** Which detail fields have errors, so that the details section opens to show them. */
export function detailErrors(errors: FieldErrorCodes): boolean {
  const required = new Set(['date', 'title', 'category', 'status', 'partnerId', 'id', '_']);
  return Object.keys(errors).some((field) => !required.has(field));
}
