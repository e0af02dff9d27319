import { QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AccountLink } from '../features/account/index.ts';
import { ActivitySyncIndicator } from '../features/activities/index.ts';
import { useSession } from '../data/index.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { queryClient } from './query-client.ts';
import { NAV_ITEMS } from './nav.ts';
import { Link, useLocation } from './router.tsx';
import { Routes } from './Routes.tsx';
import { SyncBar } from './SyncBar.tsx';
import { UpdatePrompt } from './UpdatePrompt.tsx';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const { path } = useLocation();
  const { user } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <div className="header-actions">
          <AccountLink />
          <LanguageSwitch />
        </div>
      </header>
      <nav className="app-nav" aria-label={t('nav.label')}>
        {NAV_ITEMS.filter((item) => !item.visibleTo || item.visibleTo(user)).map((item) => (
          <Link
            key={item.href}
            href={item.href}
            aria-current={path.startsWith(item.href) ? 'page' : undefined}
          >
            {t(item.label)}
          </Link>
        ))}
      </nav>
      <SyncBar />
      <ActivitySyncIndicator />
      <UpdatePrompt />
      <main id="main" tabIndex={-1}>
        <Routes />
      </main>
    </>
  );
}
