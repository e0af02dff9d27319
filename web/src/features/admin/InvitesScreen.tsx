import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_ROLES, type AccountRole, type InviteSummary } from '../../../../shared/auth/index.ts';
import { FormField } from '../../app/FormField.tsx';
import { AdminGate } from './AdminGate.tsx';
import { PartnerSelect } from './PartnerSelect.tsx';
import { useCreateInvite, useInvites, useRevokeInvite } from './queries.ts';

/**
 * Admin: invite by link (role + partner, 7 days, single use). There is no e-mail server: the link
 * is shown once, to be copied and sent by the admin; only its hash is stored.
 */
export function InvitesScreen() {
  const { t } = useTranslation(['admin', 'account']);
  const [role, setRole] = useState<AccountRole>('staff');
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [copied, setCopied] = useState(false);
  const create = useCreateInvite();
  const invites = useInvites();
  const created = create.data?.ok ? create.data.data : null;
  const link = created ? `${window.location.origin}/invite#${created.token}` : '';
  const failure = create.data && !create.data.ok ? create.data : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCopied(false);
    create.mutate({ role, partnerId: role === 'admin' ? null : partnerId, note });
  };
  const copy = async () => {
    await navigator.clipboard?.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <AdminGate title={t('invites.title')}>
      <form className="form" onSubmit={submit} noValidate>
        <div className="form-field">
          <label htmlFor="invite-role">{t('account:fields.role')}</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as AccountRole)}>
            {ACCOUNT_ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`account:roles.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {role !== 'admin' && (
          <div className="form-field">
            <PartnerSelect
              id="invite-partner"
              label={t('account:fields.partner')}
              value={partnerId}
              onChange={setPartnerId}
            />
            {failure?.fields?.partnerId && <p className="form-error">{t('users.partnerRequired')}</p>}
          </div>
        )}
        <FormField
          label={t('invites.note')}
          hint={t('invites.noteHint')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" disabled={create.isPending}>
          {t('invites.create')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {failure && !failure.fields && (
          <p className="form-error">{t(failure.code === 'offline' ? 'offline' : 'saveFailed')}</p>
        )}
        {created && (
          <div className="notice">
            <p>{t('invites.created')}</p>
            <label htmlFor="invite-link">{t('invites.link')}</label>
            <input
              id="invite-link"
              className="link-output"
              readOnly
              value={link}
              onFocus={(e) => e.target.select()}
            />
            <div className="button-row">
              <button type="button" onClick={() => void copy()}>
                {t('invites.copy')}
              </button>
            </div>
            {copied && <p>{t('invites.copied')}</p>}
          </div>
        )}
      </div>
      <h2>{t('invites.list')}</h2>
      {invites.data?.ok && (
        <ul className="card-list">
          {invites.data.data.invites.map((invite) => (
            <InviteRow key={invite.id} invite={invite} />
          ))}
        </ul>
      )}
      {invites.data && !invites.data.ok && <p role="alert">{t('loadFailed')}</p>}
    </AdminGate>
  );
}

function InviteRow({ invite }: { invite: InviteSummary }) {
  const { t, i18n } = useTranslation(['admin', 'account']);
  const revoke = useRevokeInvite();
  const date = (value: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(value));
  return (
    <li className="card" data-testid="invite-row">
      <span className="card-title">
        {t(`account:roles.${invite.role}`)} · {t(`invites.status.${invite.status}`)}
      </span>
      <span className="card-meta">
        {invite.partnerId && <span lang="de">{invite.partnerId} · </span>}
        {t('invites.created_at', { date: date(invite.createdAt) })} ·{' '}
        {t('invites.expires', { date: date(invite.expiresAt) })}
        {invite.acceptedEmail && ` · ${invite.acceptedEmail}`}
        {invite.note && ` · ${invite.note}`}
      </span>
      {invite.status === 'open' && (
        <div className="button-row">
          <button
            type="button"
            className="secondary"
            onClick={() => revoke.mutate(invite.id)}
            disabled={revoke.isPending}
          >
            {t('invites.revoke')}
          </button>
        </div>
      )}
    </li>
  );
}
