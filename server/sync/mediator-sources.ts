import { roleAtLeast } from '../../shared/auth/index.ts';
import { mediatorRecord, poolRecord } from '../mediators/records.ts';
import type { PullSource } from './pull-source.ts';

/** Pools are public: what a pool offers and how to request it is meant to be found. */
export const poolsSource: PullSource = {
  collection: 'pools',
  table: 'pools',
  scope: () => 'all',
  toRecord: poolRecord,
};

/**
 * Contacts are personal data: only signed-in staff and above may pull them (DESIGN.md §2), the
 * public gets a 401 for the whole collection. Staff of every partner see every pool's contacts —
 * the network shares its mediators; each pool's rules say who may request.
 */
export const mediatorsSource: PullSource = {
  collection: 'mediators',
  table: 'mediators',
  scope: (user) => (roleAtLeast(user, 'staff') ? 'all' : null),
  toRecord: mediatorRecord,
};
