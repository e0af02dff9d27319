import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../data/index.ts';
import { navigate } from '../../app/router.tsx';
import { NewAccountForm, tokenFromHash } from './NewAccountForm.tsx';

/** The first administrator, from the one-time link the server printed on its first start. */
export function SetupScreen() {
  const { t } = useTranslation('account');
  const token = tokenFromHash();
  return (
    <>
      <h1>{t('setup.title')}</h1>
      <p className="lead">{t('setup.intro')}</p>
      {token ? (
        <NewAccountForm
          token={token}
          submitLabel={t('setup.submit')}
          onSubmit={async (account) => {
            const result = await accountsApi.completeSetup(account);
            if (result.ok) navigate('/admin', { replace: true });
            return result;
          }}
        />
      ) : (
        <p role="alert">{t('newAccount.errors.invalid_token')}</p>
      )}
    </>
  );
}
