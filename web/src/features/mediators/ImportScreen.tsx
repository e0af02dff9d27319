import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../data/index.ts';
import { FieldErrorText } from '../../app/FormField.tsx';
import { Link } from '../../app/router.tsx';
import { useImportContacts, usePreviewImport } from './mutations.ts';
import { usePool } from './queries.ts';

const MAX_FILE_BYTES = 1_000_000;

/**
 * CSV import in two steps: the server checks every row and shows the errors per row; only when
 * the coordinator confirms are the valid rows stored — all of them or none.
 */
export function ImportScreen({ poolId }: { poolId: string }) {
  const { t } = useTranslation(['mediators', 'common']);
  const pool = usePool(poolId);
  const [csv, setCsv] = useState('');
  const [fileError, setFileError] = useState('');
  const preview = usePreviewImport();
  const importer = useImportContacts();
  const result: ImportPreview | null = preview.data?.ok ? preview.data.data : null;
  const back = `/mediators/pools/${encodeURIComponent(poolId)}/contacts`;

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileError('');
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setFileError(t('import.tooLarge'));
    setCsv(await file.text());
    preview.reset();
    importer.reset();
  };
  const validRows = result?.rows.flatMap((row) => (row.input ? [row.input] : [])) ?? [];

  return (
    <>
      <p className="breadcrumb">
        <Link href={back}>
          <span className="icon-back" aria-hidden="true" />
          {t('manage.contactsTitle')}
        </Link>
      </p>
      <h1>{t('import.title')}</h1>
      <p className="lead" lang="de">
        {pool.data?.name}
      </p>
      <p>{t('import.columns')}</p>
      <pre className="csv-example" lang="de">
        {'Name;Sprachen;Arten;Erreichbarkeit;Gebiet;Telefon;E-Mail;Notizen;Aktiv\n'}
        {
          'Erika Beispiel;Arabisch (Muttersprache), Französisch (gut);Telefon, vor Ort;Mo-Fr 08:00-12:00;Detmold;05231 000000;erika@example.org;;ja'
        }
      </pre>
      <form className="form" onSubmit={(event) => event.preventDefault()}>
        <div className="form-field">
          <label htmlFor="csv-file">{t('import.file')}</label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => void readFile(e)}
          />
          {fileError && <p className="form-error">{fileError}</p>}
        </div>
        <div className="form-field">
          <label htmlFor="csv-text">{t('import.orPaste')}</label>
          <textarea id="csv-text" rows={6} value={csv} onChange={(e) => setCsv(e.target.value)} />
        </div>
        <button
          type="button"
          disabled={!csv.trim() || preview.isPending}
          onClick={() => preview.mutate({ poolId, csv })}
        >
          {t('import.check')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {preview.data && !preview.data.ok && (
          <p className="form-error">
            {preview.data.fields?.csv
              ? t(`import.fileErrors.${preview.data.fields.csv[0] as 'empty'}`)
              : t('errors.save')}
          </p>
        )}
        {result && <p>{t('import.summary', { valid: result.valid, invalid: result.invalid })}</p>}
        {importer.data?.ok && <p>{t('import.done', { count: importer.data.data.imported })}</p>}
      </div>
      {result && (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('import.previewLabel')}>
            <table className="preview-table">
              <thead>
                <tr>
                  <th scope="col">{t('import.line')}</th>
                  <th scope="col">{t('form.name')}</th>
                  <th scope="col">{t('import.status')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) => (
                  <tr
                    key={row.line}
                    className={row.errors ? 'row-error' : undefined}
                    data-testid="import-row"
                  >
                    <td>{row.line}</td>
                    <td lang="de">{row.raw.name ?? ''}</td>
                    <td>
                      {row.errors ? (
                        <ul className="plain-list">
                          {Object.entries(row.errors).map(([column, codes]) => (
                            <li key={column}>
                              {t(`import.column.${column as 'name'}`, { defaultValue: column })}:{' '}
                              <FieldErrorText codes={codes} />
                            </li>
                          ))}
                        </ul>
                      ) : (
                        t('import.ok')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {!importer.data?.ok && (
            <button
              type="button"
              disabled={validRows.length === 0 || importer.isPending}
              onClick={() => importer.mutate({ poolId, rows: validRows })}
            >
              {t('import.confirm', { count: validRows.length })}
            </button>
          )}
          {importer.data && !importer.data.ok && <p className="form-error">{t('errors.save')}</p>}
        </>
      )}
    </>
  );
}
