import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupFormatError, backupFile } from '../../data/index.ts';
import { Link } from '../../app/router.tsx';
import { useImportBackup } from './mutations.ts';
import { SignInRequired } from './SignInRequired.tsx';
import { useActivityUser } from './useActivityUser.ts';

/** `/activities/backup`: save unsent entries as a file (offline, one tap) and read such a file back. */
export function BackupScreen() {
  const { t } = useTranslation('activities');
  const access = useActivityUser();
  const importing = useImportBackup();
  const [message, setMessage] = useState('');
  if (access.status !== 'ok') return <SignInRequired access={access} />;

  const exportFile = async () => {
    const file = await backupFile();
    if (file.count === 0) return setMessage(t('backup.nothing'));
    const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage(t('backup.exported', { count: file.count }));
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setMessage(t('backup.unreadable'));
    }
    importing.mutate(json, {
      onSuccess: (summary) =>
        setMessage(t('backup.imported', { queued: summary.queued, already: summary.alreadyHere })),
      onError: (error) =>
        setMessage(error instanceof BackupFormatError ? t('backup.invalid') : t('backup.unreadable')),
    });
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href="/activities">
          <span className="icon-back" aria-hidden="true" /> {t('form.backToList')}
        </Link>
      </p>
      <h1>{t('backup.title')}</h1>
      <p>{t('backup.intro')}</p>
      <div className="button-row">
        <button type="button" onClick={() => void exportFile()}>
          {t('backup.export')}
        </button>
      </div>
      <h2>{t('backup.import')}</h2>
      <div className="form-field">
        <label htmlFor="backup-file">{t('backup.importLabel')}</label>
        <input
          id="backup-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e)}
        />
      </div>
      <p role="status" className="save-message">
        {message}
      </p>
    </>
  );
}
