import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_ROLES, type AccountRole, type AdminUser } from '../../../../shared/auth/index.ts';
import { AdminGate } from './AdminGate.tsx';
import { PartnerSelect } from './PartnerSelect.tsx';
import { useUpdateUser, useUsers } from './queries.ts';

/** Admin: every account; change role and partner, disable or enable. */
export function UsersScreen() {
  const { t } = useTranslation('admin');
  const users = useUsers();
  return (
    <AdminGate title={t('users.title')}>
      {users.isPending && <p role="status">{t('loading')}</p>}
      {users.data && !users.data.ok && (
        <p role="alert">{t(users.data.code === 'offline' ? 'offline' : 'loadFailed')}</p>
      )}
      {users.data?.ok && (
        <ul className="card-list">
          {users.data.data.users.map((user) => (
            <UserRow key={user.id} user={user} />
          ))}
        </ul>
      )}
    </AdminGate>
  );
}

function UserRow({ user }: { user: AdminUser }) {
  const { t, i18n } = useTranslation(['admin', 'account']);
  const [role, setRole] = useState<AccountRole>(user.role);
  const [partnerId, setPartnerId] = useState<string | null>(user.partnerId);
  const update = useUpdateUser();
  const changed = role !== user.role || (role !== 'admin' && partnerId !== user.partnerId);
  const failure = update.data && !update.data.ok ? update.data : null;
  const lastSeen = user.lastSeenAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(user.lastSeenAt))
    : t('users.never');
  return (
    <li className="card admin-row" data-testid="user-row">
      <span className="card-title">{user.displayName}</span>
      <span className="card-meta">
        {user.email} · {t('users.lastSeen', { date: lastSeen })}
        {user.disabled && ` · ${t('users.disabled')}`}
      </span>
      <div className="inline-fields">
        <label htmlFor={`role-${user.id}`}>{t('account:fields.role')}</label>
        <select id={`role-${user.id}`} value={role} onChange={(e) => setRole(e.target.value as AccountRole)}>
          {ACCOUNT_ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`account:roles.${value}`)}
            </option>
          ))}
        </select>
        {role !== 'admin' && (
          <PartnerSelect
            id={`partner-${user.id}`}
            label={t('account:fields.partner')}
            value={partnerId}
            onChange={setPartnerId}
          />
        )}
      </div>
      <div className="button-row">
        <button
          type="button"
          disabled={!changed || update.isPending}
          onClick={() =>
            update.mutate({ id: user.id, update: { role, partnerId: role === 'admin' ? null : partnerId } })
          }
        >
          {t('users.save')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={update.isPending}
          onClick={() => update.mutate({ id: user.id, update: { disabled: !user.disabled } })}
        >
          {user.disabled ? t('users.enable') : t('users.disable')}
        </button>
      </div>
      <p role="status" className={failure ? 'form-error' : undefined}>
        {failure
          ? t(
              failure.code === 'last_admin'
                ? 'users.lastAdmin'
                : failure.fields?.partnerId
                  ? 'users.partnerRequired'
                  : 'saveFailed',
            )
          : update.data?.ok
            ? t('saved')
            : ''}
      </p>
    </li>
  );
}
