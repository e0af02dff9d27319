import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteDef } from '../../app/route-types.ts';
import { isReportYear } from './years.ts';

// The report screens load on demand (their chunks are precached, so this works offline too):
// they carry the report compiler, which the first page load does not need.
const ReportsHomeScreen = lazy(() =>
  import('./ReportsHomeScreen.tsx').then((m) => ({ default: m.ReportsHomeScreen })),
);
const ReportEditorScreen = lazy(() =>
  import('./ReportEditorScreen.tsx').then((m) => ({ default: m.ReportEditorScreen })),
);
const ReportPreviewScreen = lazy(() =>
  import('./ReportPreviewScreen.tsx').then((m) => ({ default: m.ReportPreviewScreen })),
);
const MinistryScreen = lazy(() =>
  import('./MinistryScreen.tsx').then((m) => ({ default: m.MinistryScreen })),
);

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('state.loading')}</p>;
}

function UnknownYear() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
    </>
  );
}

const lazyScreen = (node: ReactNode) => <Suspense fallback={<Loading />}>{node}</Suspense>;
const withYear = (raw: string | undefined, render: (year: number) => ReactNode) => {
  const year = Number(raw);
  return /^\d{4}$/.test(raw ?? '') && isReportYear(year) ? lazyScreen(render(year)) : <UnknownYear />;
};

export const reportRoutes: RouteDef[] = [
  { pattern: '/reports', render: () => lazyScreen(<ReportsHomeScreen />) },
  { pattern: '/ministry/reports', render: () => lazyScreen(<ReportsHomeScreen />) },
  {
    pattern: '/ministry/reports/:year',
    render: ({ year }) => withYear(year, (y) => <MinistryScreen key={y} year={y} />),
  },
  {
    pattern: '/reports/:partnerId/:year',
    render: ({ partnerId, year }) =>
      withYear(year, (y) => <ReportEditorScreen key={`${partnerId}/${y}`} partnerId={partnerId!} year={y} />),
  },
  {
    pattern: '/reports/:partnerId/:year/preview',
    render: ({ partnerId, year }) =>
      withYear(year, (y) => (
        <ReportPreviewScreen key={`${partnerId}/${y}`} partnerId={partnerId!} year={y} />
      )),
  },
];
