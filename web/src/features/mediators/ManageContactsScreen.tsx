import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayManagePartner } from '../../../../shared/auth/index.ts';
import { needsConfirmation, type Mediator } from '../../../../shared/mediators/index.ts';
import { mediatorsApi, useSession } from '../../data/index.ts';
import { Link } from '../../app/router.tsx';
import { formatDay, todayInBerlin } from './format.ts';
import { languageName } from './language-names.ts';
import { useConfirmContact, useEraseContact } from './mutations.ts';
import { usePool, usePoolContacts } from './queries.ts';

/** The coordinator's list of a pool's contacts: confirm, edit, export or erase each; add or import. */
export function ManageContactsScreen({ poolId }: { poolId: string }) {
  const { t } = useTranslation(['mediators', 'common']);
  const session = useSession();
  const pool = usePool(poolId);
  const contacts = usePoolContacts(poolId);
  if (pool.isPending || contacts.isPending) return <p role="status">{t('common:state.loading')}</p>;
  if (!pool.data) return <h1>{t('pool.notFound')}</h1>;
  if (!mayManagePartner(session.user, pool.data.partnerId)) {
    return (
      <>
        <h1>{t('manage.title')}</h1>
        <p>{t('manage.notAllowed')}</p>
      </>
    );
  }
  const collator = new Intl.Collator('de');
  const sorted = [...(contacts.data ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  const base = `/mediators/pools/${encodeURIComponent(poolId)}`;
  return (
    <>
      <p className="breadcrumb">
        <Link href={base}>
          <span className="icon-back" aria-hidden="true" />
          <span lang="de">{pool.data.name}</span>
        </Link>
      </p>
      <h1>{t('manage.contactsTitle')}</h1>
      <div className="button-row">
        <Link className="button-link" href={`${base}/contacts/new`}>
          {t('manage.addContact')}
        </Link>
        <Link className="button-link secondary" href={`${base}/import`}>
          {t('manage.import')}
        </Link>
      </div>
      {sorted.length === 0 ? (
        <p>{t('manage.noContacts')}</p>
      ) : (
        <ul className="card-list">
          {sorted.map((mediator) => (
            <ContactRow key={mediator.id} mediator={mediator} />
          ))}
        </ul>
      )}
    </>
  );
}

function ContactRow({ mediator }: { mediator: Mediator }) {
  const { t, i18n } = useTranslation(['mediators', 'common']);
  const confirm = useConfirmContact();
  const erase = useEraseContact();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  const stale = needsConfirmation(mediator.confirmedAt, todayInBerlin());

  const download = async () => {
    const result = await mediatorsApi.exportMediator(mediator.id);
    if (!result.ok) return setMessage(t('errors.save'));
    const blob = new Blob([JSON.stringify(result.data, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `kontakt-${mediator.id}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
    setMessage(t('manage.exported'));
  };

  return (
    <li className="contact-card" data-testid="managed-contact">
      <h2 className="contact-name">{mediator.name}</h2>
      <p className="badges">
        {!mediator.active && <span className="badge badge-inactive">{t('manage.inactive')}</span>}
        {stale && <span className="badge badge-stale">{t('manage.pleaseConfirm')}</span>}
        {mediator.demo && <span className="badge badge-demo">{t('demo')}</span>}
      </p>
      <p>{mediator.languages.map((l) => languageName(l.code, i18n.language)).join(', ')}</p>
      <p className="card-meta">
        {t('manage.confirmedAt', { date: formatDay(mediator.confirmedAt, i18n.language) })}
      </p>
      <div className="button-row">
        <Link
          className="button-link secondary"
          href={`/mediators/contacts/${encodeURIComponent(mediator.id)}/edit`}
        >
          {t('manage.edit')}
        </Link>
        <button
          type="button"
          className="secondary"
          onClick={() => confirm.mutate(mediator.id)}
          disabled={confirm.isPending}
        >
          {t('manage.confirm')}
        </button>
        <button type="button" className="secondary" onClick={() => void download()}>
          {t('manage.export')}
        </button>
        {!asking && (
          <button type="button" className="secondary danger" onClick={() => setAsking(true)}>
            {t('manage.erase')}
          </button>
        )}
      </div>
      {asking && (
        <div className="notice" role="alertdialog" aria-label={t('manage.eraseQuestion')}>
          <p>{t('manage.eraseQuestion')}</p>
          <div className="button-row">
            <button
              type="button"
              className="danger"
              onClick={() => erase.mutate(mediator.id)}
              disabled={erase.isPending}
            >
              {t('manage.eraseConfirm')}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              {t('manage.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status">
        {message}
        {confirm.data && (confirm.data.ok ? t('manage.confirmed') : t('errors.save'))}
        {erase.data && !erase.data.ok && t('errors.save')}
      </p>
    </li>
  );
}
