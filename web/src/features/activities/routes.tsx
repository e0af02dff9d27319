import { Suspense, lazy, type ComponentType } from 'react';
import type { RouteDef } from '../../app/route-types.ts';

type Screens = typeof import('./screens.ts');
let loaded: Screens | null = null;
let loading: Promise<Screens> | null = null;

/**
 * The screens are only for officers, so they stay out of the first load. They are fetched as soon
 * as an officer is signed in (and precached by the service worker for offline use), so that in
 * practice they render at once and the router can move focus to their heading.
 */
export function preloadActivityScreens(): Promise<Screens> {
  loading ??= import('./screens.ts').then((module) => (loaded = module));
  return loading;
}

function screen<K extends keyof Screens>(name: K) {
  type Props = Screens[K] extends ComponentType<infer P> ? P : never;
  const Lazy = lazy(async () => ({
    default: (await preloadActivityScreens())[name] as ComponentType<Props>,
  }));
  return function Screen(props: Props & object) {
    const Ready = loaded?.[name] as ComponentType<Props> | undefined;
    if (Ready) return <Ready {...props} />;
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

const MyEntriesScreen = screen('MyEntriesScreen');
const QuickEntryScreen = screen('QuickEntryScreen');
const BackupScreen = screen('BackupScreen');
const ConflictScreen = screen('ConflictScreen');
const EditEntryScreen = screen('EditEntryScreen');

export const activityRoutes: RouteDef[] = [
  { pattern: '/activities', render: () => <MyEntriesScreen /> },
  { pattern: '/activities/new', render: () => <QuickEntryScreen /> },
  { pattern: '/activities/backup', render: () => <BackupScreen /> },
  { pattern: '/activities/:id/conflict', render: ({ id }) => <ConflictScreen id={id!} /> },
  { pattern: '/activities/:id', render: ({ id }) => <EditEntryScreen id={id!} /> },
];
