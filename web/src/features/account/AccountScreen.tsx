import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pendingWorkCount, syncPendingWork, useSession } from '../../data/index.ts';
import { Link, navigate } from '../../app/router.tsx';
import { MyPoolsSummary } from '../mediators/index.ts';
import { useSignOut } from './mutations.ts';

/** The signed-in user's account: who, which role and partner, sign out (here or everywhere). */
export function AccountScreen() {
  const { t } = useTranslation(['account', 'common']);
  const session = useSession();
  const signOut = useSignOut();
  const [pending, setPending] = useState<{ count: number; everywhere: boolean } | null>(null);
  const [syncing, setSyncing] = useState(false);

  if (session.status !== 'signed-in') {
    return (
      <>
        <h1>{t('account.title')}</h1>
        <p>{t('account.signedOut')}</p>
        <Link href="/login">{t('common:nav.signIn')}</Link>
      </>
    );
  }
  const { user } = session;

  const requestSignOut = async (everywhere: boolean) => {
    const count = await pendingWorkCount();
    if (count > 0) setPending({ count, everywhere });
    else doSignOut(everywhere);
  };
  const doSignOut = (everywhere: boolean) =>
    signOut.mutate({ everywhere }, { onSuccess: () => navigate('/login', { replace: true }) });
  const syncFirst = async () => {
    setSyncing(true);
    await syncPendingWork().catch(() => undefined);
    setSyncing(false);
    const count = await pendingWorkCount();
    if (count === 0 && pending) doSignOut(pending.everywhere);
    else setPending((current) => (current ? { ...current, count } : null));
  };

  return (
    <>
      <h1>{t('account.title')}</h1>
      <dl className="facts">
        <dt>{t('fields.displayName')}</dt>
        <dd>{user.displayName}</dd>
        <dt>{t('fields.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('fields.role')}</dt>
        <dd>{t(`roles.${user.role}`)}</dd>
      </dl>
      {user.role === 'admin' && (
        <p>
          <Link className="button-link" href="/admin">
            {t('common:nav.admin')}
          </Link>
        </p>
      )}
      <Suspense fallback={null}>
        <MyPoolsSummary user={user} />
      </Suspense>
      {pending ? (
        <section
          className="notice"
          role="alertdialog"
          aria-labelledby="pending-title"
          aria-describedby="pending-text"
        >
          <h2 id="pending-title">{t('signOut.pendingTitle')}</h2>
          <p id="pending-text">{t('signOut.pendingText', { count: pending.count })}</p>
          <div className="button-row">
            <button type="button" onClick={() => void syncFirst()} disabled={syncing}>
              {syncing ? t('signOut.syncing') : t('signOut.syncFirst')}
            </button>
            <button type="button" className="secondary" onClick={() => doSignOut(pending.everywhere)}>
              {t('signOut.anyway')}
            </button>
            <button type="button" className="secondary" onClick={() => setPending(null)}>
              {t('signOut.cancel')}
            </button>
          </div>
        </section>
      ) : (
        <div className="button-row">
          <button type="button" onClick={() => void requestSignOut(false)} disabled={signOut.isPending}>
            {t('signOut.button')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => void requestSignOut(true)}
            disabled={signOut.isPending}
          >
            {t('signOut.everywhere')}
          </button>
        </div>
      )}
      <p className="form-hint">{t('signOut.hint')}</p>
    </>
  );
}
