import type { CategoryId } from '../../../shared/catalog/index.ts';

/** The category number in its colour; decorative, the category's name is always written beside it. */
export function CategoryBadge({ category }: { category: CategoryId }) {
  return (
    <span className={`cat-badge cat-${category}`} aria-hidden="true">
      {category}
    </span>
  );
}
