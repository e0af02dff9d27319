import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../data/index.ts';
import { navigate } from '../../app/router.tsx';
import { LinkProblem, NewAccountForm, tokenFromHash } from './NewAccountForm.tsx';

/** Accepting an invite link: who invites to what, then the new account's details. */
export function InviteScreen() {
  const { t, i18n } = useTranslation('account');
  const token = tokenFromHash();
  const preview = useQuery({
    queryKey: ['account', 'invite', token],
    queryFn: () => accountsApi.previewInvite(token),
    enabled: token !== '',
    retry: false,
  });
  if (!token) return <Problem code="invalid_token" />;
  if (preview.isPending) return <p role="status">{t('newAccount.checking')}</p>;
  const result = preview.data;
  if (!result || !result.ok) return <Problem code={result?.code ?? 'server'} />;
  const { invite } = result.data;
  const expires = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
    new Date(invite.expiresAt),
  );
  return (
    <>
      <h1>{t('invite.title')}</h1>
      <p className="lead">
        {invite.partnerId
          ? t('invite.introPartner', {
              role: t(`roles.${invite.role}`),
              partner: invite.partnerName ?? invite.partnerId,
            })
          : t('invite.introAdmin')}{' '}
        {t('invite.expires', { date: expires })}
      </p>
      <NewAccountForm
        token={token}
        submitLabel={t('invite.submit')}
        onSubmit={async (account) => {
          const accepted = await accountsApi.acceptInvite(account);
          if (accepted.ok) navigate('/account', { replace: true });
          return accepted;
        }}
      />
    </>
  );
}

function Problem({ code }: { code: string }) {
  const { t } = useTranslation('account');
  return (
    <>
      <h1>{t('invite.title')}</h1>
      <p role="alert">
        <LinkProblem code={code} />
      </p>
    </>
  );
}
