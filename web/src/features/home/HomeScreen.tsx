import { useTranslation } from 'react-i18next';
import { CATEGORY_IDS } from '../../../../shared/catalog/index.ts';
import { CategoryBadge } from '../../app/CategoryBadge.tsx';
import { Link } from '../../app/router.tsx';
import { useSyncStatus } from '../../data/index.ts';
import { measuresHref } from '../measures/index.ts';
import { SearchForm, usePrepareSearch } from '../search/index.ts';
import { InstallCard } from './InstallCard.tsx';
import { useCatalogStats } from './queries.ts';
import { SyncStateCard } from './SyncStateCard.tsx';
import './home.css';
import { UpcomingHolidays } from '../calendar/index.ts';

export function HomeScreen() {
  const { t } = useTranslation(['home', 'common']);
  const stats = useCatalogStats();
  const sync = useSyncStatus();
  usePrepareSearch();
  const loading = stats.isPending || (sync.phase === 'syncing' && sync.firstSync && !stats.data?.measures);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <SearchForm />

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">{t('categories.title')}</h2>
        <ul className="category-tiles" data-testid="category-tiles">
          {CATEGORY_IDS.map((category) => (
            <li key={category}>
              <Link className="category-tile" href={measuresHref({ category })} data-category={category}>
                <CategoryBadge category={category} />
                <span className="category-tile-name">{t(`common:categories.${category}.short`)}</span>
                <span className="category-tile-count" data-testid="category-count">
                  {loading
                    ? t('categories.loading')
                    : t('categories.count', { count: stats.data?.byCategory[category] ?? 0 })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="home-links">
          <Link href="/measures">{t('links.allMeasures')}</Link>
          <Link href="/partners">{t('links.partners')}</Link>
        </p>
      </section>

      <UpcomingHolidays className="home-card" />
      <InstallCard />
      <SyncStateCard />
    </>
  );
}
