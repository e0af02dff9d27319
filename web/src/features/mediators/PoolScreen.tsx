import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { mayManagePartner } from '../../../../shared/auth/index.ts';
import { needsConfirmation, type Pool } from '../../../../shared/mediators/index.ts';
import { useSession } from '../../data/index.ts';
import { Link } from '../../app/router.tsx';
import { formatDay, formatSlots, telHref, todayInBerlin } from './format.ts';
import { languageName } from './language-names.ts';
import { useConfirmPool } from './mutations.ts';
import { usePartnerName, usePool, usePoolContacts } from './queries.ts';

export function PoolScreen({ id }: { id: string }) {
  const { t } = useTranslation(['mediators', 'common']);
  const pool = usePool(id);
  if (pool.isPending) return <p role="status">{t('common:state.loading')}</p>;
  if (!pool.data) {
    return (
      <>
        <h1>{t('pool.notFound')}</h1>
        <Link href="/mediators">{t('backToLookup')}</Link>
      </>
    );
  }
  return <PoolDetails pool={pool.data} />;
}

function PoolDetails({ pool }: { pool: Pool }) {
  const { t, i18n } = useTranslation(['mediators', 'common']);
  const locale = i18n.language;
  const session = useSession();
  const partner = usePartnerName(pool.partnerId);
  const manage = mayManagePartner(session.user, pool.partnerId);
  const rules: [string, string][] = (
    [
      ['leadTime', pool.leadTime],
      ['exclusions', pool.exclusions],
      ['costs', pool.costs],
      ['whoMayRequest', pool.whoMayRequest],
    ] as [string, string][]
  ).filter(([, value]) => value);

  return (
    <>
      <p className="breadcrumb">
        <Link href="/mediators">
          <span className="icon-back" aria-hidden="true" />
          {t('backToLookup')}
        </Link>
      </p>
      <h1 lang="de">{pool.name}</h1>
      <dl className="facts">
        <dt>{t('pool.partner')}</dt>
        <dd>
          <Link href={`/partners/${encodeURIComponent(pool.partnerId)}`} lang="de">
            {partner.data ?? pool.partnerId}
          </Link>
        </dd>
        <dt>{t('pool.kind')}</dt>
        <dd>{t(`kinds.${pool.kind}`)}</dd>
        <dt>{t('pool.languages')}</dt>
        <dd>
          {pool.languages.map((code) => languageName(code, locale)).join(', ') || '—'}
          {pool.otherLanguages && <span lang="de"> ({pool.otherLanguages})</span>}
        </dd>
        {pool.modes.length > 0 && (
          <>
            <dt>{t('pool.modes')}</dt>
            <dd>{pool.modes.map((mode) => t(`modes.${mode}`)).join(', ')}</dd>
          </>
        )}
        {(pool.officeHours.length > 0 || pool.officeHoursNote) && (
          <>
            <dt>{t('officeHours')}</dt>
            <dd>
              {formatSlots(pool.officeHours, locale)}{' '}
              {pool.officeHoursNote && <span lang="de">{pool.officeHoursNote}</span>}
            </dd>
          </>
        )}
        {pool.area && (
          <>
            <dt>{t('pool.area')}</dt>
            <dd lang="de">{pool.area}</dd>
          </>
        )}
        <dt>{t('pool.lastConfirmed')}</dt>
        <dd>{pool.lastConfirmed ? formatDay(pool.lastConfirmed, locale) : t('pool.neverConfirmed')}</dd>
      </dl>
      <h2>{t('pool.howToRequest')}</h2>
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
        {pool.requestUrl && (
          <a
            className="button-link secondary"
            href={pool.requestUrl}
            rel="noopener noreferrer"
            target="_blank"
          >
            {t('pool.requestForm')}
          </a>
        )}
      </div>
      {!pool.requestPhone && !pool.requestEmail && !pool.requestUrl && <p>{t('pool.noRequestChannel')}</p>}
      {rules.length > 0 && (
        <>
          <h2>{t('pool.rules')}</h2>
          <dl className="facts">
            {rules.map(([key, value]) => (
              <Fragment key={key}>
                <dt>{t(`pool.${key as 'leadTime'}`)}</dt>
                <dd lang="de">{value}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      )}
      {pool.notes && (
        <>
          <h2>{t('pool.notes')}</h2>
          <p lang="de">{pool.notes}</p>
        </>
      )}
      <p className="card-meta" lang="de">
        {t('pool.source')}: {pool.source || '—'}
      </p>
      {manage && <CoordinatorPanel pool={pool} />}
    </>
  );
}

function CoordinatorPanel({ pool }: { pool: Pool }) {
  const { t } = useTranslation(['mediators', 'common']);
  const contacts = usePoolContacts(pool.id);
  const confirm = useConfirmPool();
  const today = todayInBerlin();
  const stale = (contacts.data ?? []).filter((c) => needsConfirmation(c.confirmedAt, today)).length;
  const poolStale = needsConfirmation(pool.lastConfirmed, today);
  return (
    <section className="coordinator-panel" aria-labelledby="coordinator-heading">
      <h2 id="coordinator-heading">{t('manage.title')}</h2>
      {(stale > 0 || poolStale) && (
        <p className="notice">
          {poolStale && t('manage.poolNeedsConfirmation')}{' '}
          {stale > 0 && t('manage.contactsNeedConfirmation', { count: stale })}
        </p>
      )}
      <div className="button-row">
        <Link className="button-link" href={`/mediators/pools/${encodeURIComponent(pool.id)}/contacts`}>
          {t('manage.contacts', { count: contacts.data?.length ?? 0 })}
        </Link>
        <Link className="button-link secondary" href={`/mediators/pools/${encodeURIComponent(pool.id)}/edit`}>
          {t('manage.editPool')}
        </Link>
        <button
          type="button"
          className="secondary"
          onClick={() => confirm.mutate(pool.id)}
          disabled={confirm.isPending}
        >
          {t('manage.confirmPool')}
        </button>
      </div>
      <p role="status">{confirm.data?.ok ? t('manage.confirmed') : confirm.data ? t('errors.save') : ''}</p>
    </section>
  );
}
