import type { PullCollection } from '../../shared/sync/index.ts';
import { calendarSource } from './calendar-source.ts';
import { activitiesSource } from './activity-source.ts';
import { measuresSource, partnersSource } from './catalog-sources.ts';
import { mediatorsSource, poolsSource } from './mediator-sources.ts';
import type { PullSource } from './pull-source.ts';

/** Every pull collection's source; a feature that syncs a collection registers it here. */
export const PULL_SOURCES: Record<PullCollection, PullSource> = {
  partners: partnersSource,
  measures: measuresSource,
  calendar: calendarSource,
  pools: poolsSource,
  mediators: mediatorsSource,
  activities: activitiesSource,
};
