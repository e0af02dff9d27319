import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PartnerDetailScreen, PartnerListScreen } from '../features/partners/index.ts';
import { Link, matchPath, useLocation } from './router.tsx';

export function Routes() {
  const { path } = useLocation();
  const heading = useRef<HTMLDivElement>(null);

  // Move focus to the new screen so keyboard and screen-reader users land on its content.
  useEffect(() => {
    heading.current?.querySelector('h1')?.focus();
    window.scrollTo(0, 0);
  }, [path]);

  return <div ref={heading}>{screenFor(path)}</div>;
}

function screenFor(path: string) {
  if (path === '/' || path === '/partners') return <PartnerListScreen />;
  const partner = matchPath('/partners/:id', path);
  if (partner) return <PartnerDetailScreen id={partner.id!} />;
  return <NotFound />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <Link href="/">{t('notFound.home')}</Link>
    </>
  );
}
