import { useTranslation } from 'react-i18next';
import type { Pool } from '../../../../shared/mediators/index.ts';
import { Link } from '../../app/router.tsx';
import { formatSlots, telHref } from './format.ts';
import { languageName } from './language-names.ts';
import { usePartnerName } from './queries.ts';

/** A pool in a list: who runs it, what it offers, how to request. Partner texts are German. */
export function PoolCard({ pool, openNow }: { pool: Pool; openNow?: boolean }) {
  const { t, i18n } = useTranslation(['mediators', 'common']);
  const partner = usePartnerName(pool.partnerId);
  const locale = i18n.language;
  return (
    <li className="pool-card" data-testid="pool">
      <h3>
        <Link href={`/mediators/pools/${encodeURIComponent(pool.id)}`} lang="de">
          {pool.name}
        </Link>
      </h3>
      <p className="card-meta">
        <span lang="de">{partner.data ?? ''}</span> · {t(`kinds.${pool.kind}`)}
      </p>
      {openNow && <span className="badge badge-now">{t('openNow')}</span>}
      {pool.languages.length > 0 && (
        <p>{pool.languages.map((code) => languageName(code, locale)).join(', ')}</p>
      )}
      {pool.otherLanguages && <p lang="de">{pool.otherLanguages}</p>}
      {pool.officeHours.length > 0 && (
        <p>
          {t('officeHours')}: {formatSlots(pool.officeHours, locale)}
        </p>
      )}
      <div className="call-actions">
        {pool.requestPhone && (
          <a className="button-link" href={telHref(pool.requestPhone)}>
            {t('call', { number: pool.requestPhone })}
          </a>
        )}
        {pool.requestEmail && (
          <a className="button-link secondary" href={`mailto:${pool.requestEmail}`}>
            {t('email', { address: pool.requestEmail })}
          </a>
        )}
      </div>
    </li>
  );
}
