import { useTranslation } from 'react-i18next';
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type Commitment,
  type CommitmentKind,
} from '../../../../shared/reports/index.ts';

interface Props {
  items: Commitment[];
  onChange: (items: Commitment[]) => void;
  readOnly: boolean;
}

const newId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `c-${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** The partner's "Beitrittsmodule" and "Meilensteine": a list with status, target and progress. */
export function CommitmentsEditor({ items, onChange, readOnly }: Props) {
  const { t } = useTranslation('reports');
  const change = (index: number, patch: Partial<Commitment>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const add = (kind: CommitmentKind) =>
    onChange([...items, { id: newId(), kind, title: '', status: 'open', progress: '', due: null }]);
  const numberOf = (index: number) =>
    items.slice(0, index + 1).filter((i) => i.kind === items[index]!.kind).length;

  return (
    <section className="commitments" aria-labelledby="commitments-title">
      <h2 id="commitments-title">{t('commitments.title')}</h2>
      <p className="form-hint">{t('commitments.intro')}</p>
      {items.length === 0 && <p>{t('commitments.empty')}</p>}
      {items.map((item, index) => {
        const base = `commitment-${item.id}`;
        return (
          <fieldset key={item.id} className="commitment" disabled={readOnly}>
            <legend>
              {t('commitments.legend', {
                kind: t(`commitments.kinds.${item.kind}`),
                number: numberOf(index),
              })}
            </legend>
            <div className="form-field">
              <label htmlFor={`${base}-title`}>{t('commitments.itemTitle')}</label>
              <input
                id={`${base}-title`}
                value={item.title}
                maxLength={300}
                required
                onChange={(e) => change(index, { title: e.target.value })}
              />
            </div>
            <div className="commitment-row">
              <div className="form-field">
                <label htmlFor={`${base}-kind`}>{t('commitments.kind')}</label>
                <select
                  id={`${base}-kind`}
                  value={item.kind}
                  onChange={(e) => change(index, { kind: e.target.value as CommitmentKind })}
                >
                  {COMMITMENT_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`commitments.kinds.${kind}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="form-field">
                <label htmlFor={`${base}-status`}>{t('commitments.status')}</label>
                <select
                  id={`${base}-status`}
                  value={item.status}
                  onChange={(e) => change(index, { status: e.target.value as Commitment['status'] })}
                >
                  {COMMITMENT_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {t(`commitments.statuses.${status}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="form-field">
                <label htmlFor={`${base}-due`}>{t('commitments.due')}</label>
                <input
                  id={`${base}-due`}
                  type="date"
                  value={item.due ?? ''}
                  onChange={(e) => change(index, { due: e.target.value || null })}
                />
              </div>
            </div>
            <div className="form-field">
              <label htmlFor={`${base}-progress`}>{t('commitments.progress')}</label>
              <textarea
                id={`${base}-progress`}
                rows={3}
                maxLength={2000}
                value={item.progress}
                onChange={(e) => change(index, { progress: e.target.value })}
              />
            </div>
            {!readOnly && (
              <button
                type="button"
                className="secondary"
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                {t('commitments.remove')}
                <span className="visually-hidden">: {item.title}</span>
              </button>
            )}
          </fieldset>
        );
      })}
      {!readOnly && (
        <div className="button-row">
          <button type="button" className="secondary" onClick={() => add('commitment')}>
            {t('commitments.addCommitment')}
          </button>
          <button type="button" className="secondary" onClick={() => add('milestone')}>
            {t('commitments.addMilestone')}
          </button>
        </div>
      )}
    </section>
  );
}
