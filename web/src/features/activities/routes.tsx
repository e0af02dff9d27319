import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteDef } from '../../app/route-types.ts';

type Screens = typeof import('./screens.ts');
let loaded: Screens | null = null;
let loading: Promise<Screens> | null = null;

/**
 * The screens are only for officers, so they stay out of the first load. They are fetched as soon
 * as an officer is signed in (and precached by the service worker for offline use), so that in
 * practice they render at once and the router can move focus to their heading. A failed fetch
 * (offline before the service worker had them) is tried again when the connection returns.
 */
export function preloadActivityScreens(): Promise<Screens> {
  loading ??= import('./screens.ts').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

function screen<K extends keyof Screens>(name: K) {
  type Props = Screens[K] extends ComponentType<infer P> ? P : never;
  return function Screen(props: Props & object) {
    const { t } = useTranslation('activities');
    const [module, setModule] = useState(loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (module) return;
      let live = true;
      const load = () => {
        setFailed(false);
        preloadActivityScreens().then(
          (ready) => live && setModule(ready),
          () => live && setFailed(true),
        );
      };
      load();
      window.addEventListener('online', load);
      return () => {
        live = false;
        window.removeEventListener('online', load);
      };
    }, [module]);
    if (module) {
      const Ready = module[name] as ComponentType<Props>;
      return <Ready {...props} />;
    }
    return failed ? <p role="alert">{t('screenUnavailable')}</p> : null;
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
