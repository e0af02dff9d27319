import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline, useSession, type SignInResult } from '../../data/index.ts';
import { FormField } from '../../app/FormField.tsx';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useSignIn } from './mutations.ts';
import { safeNext } from './safe-next.ts';

export function LoginScreen() {
  const { t } = useTranslation('account');
  const { search } = useLocation();
  const session = useSession();
  const online = useOnline();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNext(search.get('next'), '/account');
  const failure = signIn.data && !signIn.data.ok ? signIn.data : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(
      { email, password },
      {
        onSuccess: (result) => {
          if (result.ok) navigate(next, { replace: true });
          else setPassword('');
        },
      },
    );
  };

  if (session.status === 'signed-in') {
    return (
      <>
        <h1>{t('login.title')}</h1>
        <p>{t('login.already', { name: session.user.displayName })}</p>
        <Link href="/account">{t('account.title')}</Link>
      </>
    );
  }

  return (
    <>
      <h1>{t('login.title')}</h1>
      <p className="lead">{t('login.intro')}</p>
      {session.status === 'signed-out' && session.ended && (
        <p className="notice" role="status">
          {t('login.sessionEnded')}
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          label={t('fields.email')}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          errors={failure?.fields?.email}
        />
        <FormField
          label={t('fields.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          errors={failure?.fields?.password}
        />
        <div role="alert" className="form-alert">
          {failure && failure.code !== 'invalid_body' && <LoginError failure={failure} />}
          {!online && !failure && t('login.offline')}
        </div>
        <button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      <p className="form-hint">{t('login.noAccount')}</p>
    </>
  );
}

function LoginError({ failure }: { failure: Extract<SignInResult, { ok: false }> }) {
  const { t } = useTranslation('account');
  switch (failure.code) {
    case 'rate_limited':
      return <>{t('login.errors.rate_limited', { count: failure.retryAfterMinutes ?? 1 })}</>;
    case 'invalid_credentials':
    case 'account_disabled':
    case 'offline':
      return <>{t(`login.errors.${failure.code}`)}</>;
    default:
      return <>{t('login.errors.server')}</>;
  }
}
