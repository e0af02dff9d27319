import { isAvailableAt, type Mediator, type Pool } from '../../../shared/mediators/index.ts';
import { db } from './db.ts';
import { pullGroup, resetPullGroup, type PullGroup } from './pull.ts';
import { getSession, registerStaffOnlyData, sessionEndedByServer } from './session.ts';

export const POOLS: PullGroup = { name: 'pools', collections: ['pools'] };
export const MEDIATORS: PullGroup = { name: 'mediators', collections: ['mediators'] };

// Contacts are personal data: gone from the device on sign-out or when the session ends, and
// pulled afresh (from the start) after the next sign-in.
registerStaffOnlyData({ tables: ['mediators'], reset: () => resetPullGroup(MEDIATORS) });

type Listener = () => void;
const listeners = new Set<Listener>();
export function onMediatorDataChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const notify = () => listeners.forEach((listener) => listener());

/** Pulls the public pools, and the contacts when a user is signed in. */
export async function pullMediatorData(): Promise<void> {
  const pools = await pullGroup(POOLS);
  let changed = pools.ok && pools.changed;
  if (getSession().status === 'signed-in') {
    const contacts = await pullGroup(MEDIATORS);
    if (!contacts.ok && contacts.reason === 'unauthorised') await sessionEndedByServer();
    changed ||= contacts.ok && contacts.changed;
  }
  if (changed) notify();
}

export const listPools = (): Promise<Pool[]> => db.pools.toArray();
export const getPool = async (id: string): Promise<Pool | null> => (await db.pools.get(id)) ?? null;
export const getMediator = async (id: string): Promise<Mediator | null> => (await db.mediators.get(id)) ?? null;
export const listMediatorsOfPool = (poolId: string): Promise<Mediator[]> =>
  db.mediators.where('poolId').equals(poolId).toArray();

const LEVEL_ORDER = { native: 0, fluent: 1, good: 2, basic: 3 } as const;

export interface LookupResult {
  pools: { pool: Pool; openNow: boolean }[];
  contacts: { mediator: Mediator; availableNow: boolean }[];
}

/**
 * "I need a mediator for <language>": the pools and active contacts offering it, those available
 * right now first (weekly slots in Europe/Berlin time), then contacts by language level and name.
 */
export async function lookupMediators(language: string, now = new Date()): Promise<LookupResult> {
  const code = language.toLowerCase();
  const collator = new Intl.Collator('de');
  const pools = (await db.pools.toArray())
    .filter((pool) => pool.languages.includes(code))
    .map((pool) => ({ pool, openNow: isAvailableAt(pool.officeHours, now) }))
    .sort((a, b) => Number(b.openNow) - Number(a.openNow) || collator.compare(a.pool.name, b.pool.name));
  const levelOf = (mediator: Mediator) =>
    LEVEL_ORDER[mediator.languages.find((l) => l.code === code)?.level ?? 'basic'];
  const contacts = (await db.mediators.toArray())
    .filter((mediator) => mediator.active && mediator.languages.some((l) => l.code === code))
    .map((mediator) => ({ mediator, availableNow: isAvailableAt(mediator.availability, now) }))
    .sort(
      (a, b) =>
        Number(b.availableNow) - Number(a.availableNow) ||
        levelOf(a.mediator) - levelOf(b.mediator) ||
        collator.compare(a.mediator.name, b.mediator.name),
    );
  return { pools, contacts };
}

/** Every language code that some pool or active contact on this device offers. */
export async function offeredLanguages(): Promise<string[]> {
  const codes = new Set<string>();
  await db.pools.each((pool) => pool.languages.forEach((code) => codes.add(code)));
  await db.mediators.each((mediator) => {
    if (mediator.active) mediator.languages.forEach((language) => codes.add(language.code));
  });
  return [...codes];
}
