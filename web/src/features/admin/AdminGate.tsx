import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../data/index.ts';
import { Link } from '../../app/router.tsx';

/** Admin screens show their content to admins only (the server checks every request anyway). */
export function AdminGate({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation(['admin', 'common']);
  const session = useSession();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin">
          <span className="icon-back" aria-hidden="true" />
          {t('home.title')}
        </Link>
      </p>
      <h1>{title}</h1>
      {session.status === 'signed-in' && session.user.role === 'admin' ? (
        children
      ) : (
        <p>
          {t('notAllowed')} <Link href="/login?next=/admin">{t('common:nav.signIn')}</Link>
        </p>
      )}
    </>
  );
}
