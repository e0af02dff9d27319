import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { mayManagePartner, type SessionUser } from '../../../../shared/auth/index.ts';
import { needsConfirmation } from '../../../../shared/mediators/index.ts';
import { listMediatorsOfPool, listPools } from '../../data/index.ts';
import { Link } from '../../app/router.tsx';
import { todayInBerlin } from './format.ts';
import { mediatorKeys } from './queries.ts';

/**
 * For coordinators (officers) on their account page: the pools they coordinate and how many
 * entries wait for the yearly "still correct" confirmation. Admins coordinate every pool, so the
 * list is shown to officers only.
 */
export function MyPoolsSummary({ user }: { user: SessionUser }) {
  const { t } = useTranslation('mediators');
  const summary = useQuery({
    queryKey: [...mediatorKeys.all, 'my-pools', user.id],
    queryFn: async () => {
      const today = todayInBerlin();
      const pools = (await listPools()).filter((pool) => mayManagePartner(user, pool.partnerId));
      return Promise.all(
        pools.map(async (pool) => {
          const contacts = await listMediatorsOfPool(pool.id);
          const stale =
            contacts.filter((contact) => needsConfirmation(contact.confirmedAt, today)).length +
            (needsConfirmation(pool.lastConfirmed, today) ? 1 : 0);
          return { pool, stale };
        }),
      );
    },
    enabled: user.role === 'officer',
  });
  if (user.role !== 'officer' || !summary.data?.length) return null;
  return (
    <section aria-labelledby="my-pools">
      <h2 id="my-pools">{t('manage.myPools')}</h2>
      <ul className="card-list">
        {summary.data.map(({ pool, stale }) => (
          <li key={pool.id}>
            <Link className="card" href={`/mediators/pools/${encodeURIComponent(pool.id)}`}>
              <span className="card-title" lang="de">
                {pool.name}
              </span>
              <span className="card-meta">
                {stale > 0 ? t('manage.toConfirm', { count: stale }) : t('manage.allConfirmed')}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
