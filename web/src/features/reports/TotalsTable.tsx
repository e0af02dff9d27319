import { useTranslation } from 'react-i18next';
import type { ReportModel } from '../../../../shared/reports/index.ts';

export function TotalsTable({ model }: { model: ReportModel }) {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const n = (value: number) => value.toLocaleString(i18n.language);
  const cells = (totals: ReportModel['totals']) => (
    <>
      <td className="num">{n(totals.entries)}</td>
      <td className="num">{n(totals.held)}</td>
      <td className="num">{n(totals.participants)}</td>
      <td className="num">{n(totals.sessions)}</td>
    </>
  );
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('editor.totalsCaption')}>
      <table className="report-table">
        <caption>{t('editor.totalsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('editor.category')}</th>
            <th scope="col" className="num">
              {t('editor.entries')}
            </th>
            <th scope="col" className="num">
              {t('editor.held')}
            </th>
            <th scope="col" className="num">
              {t('editor.participants')}
            </th>
            <th scope="col" className="num">
              {t('editor.sessions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.categories.map((category) => (
            <tr key={category.id}>
              <th scope="row">
                {category.id} {t(`common:categories.${category.id}.short`)}
              </th>
              {cells(category.totals)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('editor.sum')}</th>
            {cells(model.totals)}
          </tr>
        </tfoot>
      </table>
      <p className="form-hint">{t('editor.totalsNote')}</p>
    </div>
  );
}
