import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { storageHealth } from '../../data/index.ts';
import { Link } from '../../app/router.tsx';
import { activityKeys } from './queries.ts';

/** Offers the backup when the browser may evict data and changes have waited for more than a day. */
export function StorageWarning() {
  const { t } = useTranslation('activities');
  const health = useQuery({
    queryKey: [...activityKeys.all, 'storage-health'],
    queryFn: () => storageHealth(),
  });
  if (!health.data?.offerBackup) return null;
  return (
    <div className="notice" role="status">
      <p>{t('backup.offer')}</p>
      <Link className="button-link" href="/activities/backup">
        {t('backup.offerAction')}
      </Link>
    </div>
  );
}
