import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure, Partner } from '../../../../shared/catalog/index.ts';
import { CategoryBadge } from '../../app/CategoryBadge.tsx';
import { Link } from '../../app/router.tsx';
import './measures.css';

/** One measure in a list: title, category and partner; search passes a highlighted title and excerpt. */
export function MeasureRow({
  measure,
  partner,
  title,
  excerpt,
}: {
  measure: Measure;
  partner: Partner | undefined;
  title?: ReactNode;
  excerpt?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Link
      className="measure-row"
      href={`/measures/${encodeURIComponent(measure.id)}`}
      data-testid="measure-row"
      data-id={measure.id}
      data-category={measure.category}
    >
      <span className="measure-row-title" lang="de">
        {title ?? measure.titleDe}
      </span>
      {excerpt && <span className="measure-row-excerpt">{excerpt}</span>}
      <span className="measure-row-meta">
        <CategoryBadge category={measure.category} />
        <span>{t(`categories.${measure.category}.short`)}</span>
        {partner && (
          <>
            <span aria-hidden="true">·</span>
            <span lang="de">{partner.name}</span>
          </>
        )}
      </span>
    </Link>
  );
}
