import { QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AccountLink } from '../features/account/index.ts';
import { LanguageMenu } from './LanguageMenu.tsx';
import { ActivitySyncIndicator } from '../features/activities/index.ts';
import { useSession } from '../data/index.ts';
import { queryClient } from './query-client.ts';
import { isCurrent, NAV_ITEMS } from './nav.ts';
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
          <Link
            href="/settings"
            className="header-icon"
            aria-label={t('nav.settings')}
            aria-current={isCurrent('/settings', path) ? 'page' : undefined}
          >
            <SettingsIcon />
          </Link>
          <LanguageMenu />
        </div>
      </header>
      <nav className="app-nav" aria-label={t('nav.label')}>
        {NAV_ITEMS.filter((item) => !item.visibleTo || item.visibleTo(user)).map((item) => (
          <Link
            key={item.href}
            href={item.href}
            aria-current={isCurrent(item.href, path) ? 'page' : undefined}
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

function SettingsIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path
        d="M12 15.5a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm7.4-2.5.1-1-.1-1 2-1.6-2-3.4-2.4 1a7 7 0 0 0-1.7-1L15 3.5h-4l-.4 2.5a7 7 0 0 0-1.7 1l-2.4-1-2 3.4L6.6 11l-.1 1 .1 1-2 1.6 2 3.4 2.4-1a7 7 0 0 0 1.7 1l.4 2.5h4l.4-2.5a7 7 0 0 0 1.7-1l2.4 1 2-3.4-2.2-1.6Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  );
}
