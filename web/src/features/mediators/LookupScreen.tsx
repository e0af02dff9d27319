import { useTranslation } from 'react-i18next';
import { useSession } from '../../data/index.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { ContactCard } from './ContactCard.tsx';
import { languageName, languageOptions } from './language-names.ts';
import { PoolCard } from './PoolCard.tsx';
import { useLookup, useOfferedLanguages, usePools } from './queries.ts';

/** "I need a mediator for <language>": pools and (for staff) contacts, from the device, offline. */
export function LookupScreen() {
  const { t, i18n } = useTranslation(['mediators', 'common']);
  const { search } = useLocation();
  const language = (search.get('lang') ?? '').toLowerCase();
  const offered = useOfferedLanguages();
  const options = languageOptions(offered.data ?? [], i18n.language);
  const offeredSet = new Set(offered.data ?? []);

  return (
    <>
      <h1>{t('lookup.title')}</h1>
      <p className="lead">{t('lookup.intro')}</p>
      <form className="form lookup-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="form-field">
          <label htmlFor="lookup-language">{t('lookup.label')}</label>
          <select
            id="lookup-language"
            value={language}
            onChange={(event) =>
              navigate(
                event.target.value
                  ? `/mediators?lang=${encodeURIComponent(event.target.value)}`
                  : '/mediators',
                {
                  replace: true,
                },
              )
            }
          >
            <option value="">{t('lookup.choose')}</option>
            {options.map((option) => (
              <option key={option.code} value={option.code}>
                {offeredSet.has(option.code) ? option.name : t('lookup.notOffered', { name: option.name })}
              </option>
            ))}
          </select>
        </div>
      </form>
      {language ? <Results language={language} /> : <AllPools />}
      <p className="form-hint">{t('lookup.offlineHint')}</p>
    </>
  );
}

function Results({ language }: { language: string }) {
  const { t, i18n } = useTranslation(['mediators', 'common']);
  const session = useSession();
  const lookup = useLookup(language);
  const name = languageName(language, i18n.language);
  if (lookup.isPending) return <p role="status">{t('common:state.loading')}</p>;
  if (lookup.isError) return <p role="alert">{t('common:state.error')}</p>;
  const { pools, contacts } = lookup.data;
  const signedIn = session.status === 'signed-in';
  return (
    <>
      <p role="status" className="result-summary">
        {signedIn
          ? t('lookup.summaryStaff', { name, pools: pools.length, contacts: contacts.length })
          : t('lookup.summary', { name, count: pools.length })}
      </p>
      {signedIn && (
        <section aria-labelledby="contacts-heading">
          <h2 id="contacts-heading">{t('lookup.contacts')}</h2>
          {contacts.length ? (
            <ul className="card-list">
              {contacts.map(({ mediator, availableNow }) => (
                <ContactCard key={mediator.id} mediator={mediator} availableNow={availableNow} />
              ))}
            </ul>
          ) : (
            <p>{t('lookup.noContacts', { name })}</p>
          )}
        </section>
      )}
      <section aria-labelledby="pools-heading">
        <h2 id="pools-heading">{t('lookup.pools')}</h2>
        {pools.length ? (
          <ul className="card-list">
            {pools.map(({ pool, openNow }) => (
              <PoolCard key={pool.id} pool={pool} openNow={openNow} />
            ))}
          </ul>
        ) : (
          <p>{t('lookup.noPools', { name })}</p>
        )}
      </section>
      {!signedIn && (
        <p className="notice">
          {t('lookup.signInForContacts')}{' '}
          <Link href={`/login?next=${encodeURIComponent(`/mediators?lang=${language}`)}`}>
            {t('common:nav.signIn')}
          </Link>
        </p>
      )}
    </>
  );
}

function AllPools() {
  const { t } = useTranslation(['mediators', 'common']);
  const pools = usePools();
  const collator = new Intl.Collator('de');
  const sorted = [...(pools.data ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <section aria-labelledby="all-pools">
      <h2 id="all-pools">{t('lookup.allPools', { count: sorted.length })}</h2>
      <ul className="card-list">
        {sorted.map((pool) => (
          <PoolCard key={pool.id} pool={pool} />
        ))}
      </ul>
    </section>
  );
}
