import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '../../../../shared/auth/index.ts';
import type { ApiResult, NewAccount } from '../../data/index.ts';
import { FormField } from '../../app/FormField.tsx';

/** E-mail, name and a new password: the form of the setup link and of invites. */
export function NewAccountForm({
  token,
  submitLabel,
  onSubmit,
}: {
  token: string;
  submitLabel: string;
  onSubmit: (account: NewAccount) => Promise<ApiResult<unknown>>;
}) {
  const { t } = useTranslation('account');
  const [account, setAccount] = useState({ email: '', displayName: '', password: '' });
  const [result, setResult] = useState<ApiResult<unknown> | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = result && !result.ok ? result.fields : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setResult(await onSubmit({ token, ...account }));
    setBusy(false);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormField
        label={t('fields.email')}
        type="email"
        autoComplete="username"
        value={account.email}
        onChange={(e) => setAccount({ ...account, email: e.target.value })}
        errors={fields?.email}
        required
      />
      <FormField
        label={t('fields.displayName')}
        autoComplete="name"
        value={account.displayName}
        onChange={(e) => setAccount({ ...account, displayName: e.target.value })}
        errors={fields?.displayName}
        required
      />
      <FormField
        label={t('fields.newPassword')}
        type="password"
        autoComplete="new-password"
        hint={t('newAccount.passwordHint', { count: PASSWORD_MIN })}
        value={account.password}
        onChange={(e) => setAccount({ ...account, password: e.target.value })}
        errors={fields?.password}
        required
      />
      <p role="alert" className="form-alert">
        {result && !result.ok && !fields && <LinkProblem code={result.code} />}
      </p>
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

export function LinkProblem({ code }: { code: string }) {
  const { t } = useTranslation('account');
  const known = ['token_expired', 'token_used', 'token_revoked', 'setup_done', 'invalid_token', 'offline'];
  return <>{t(`newAccount.errors.${(known.includes(code) ? code : 'server') as 'server'}`)}</>;
}

/** The token travels in the link's fragment, which never reaches a server log. */
export function tokenFromHash(): string {
  return window.location.hash.replace(/^#/, '');
}
