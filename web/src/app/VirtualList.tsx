import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Up to this many rows render in full: every row is then in the page for keyboard, screen reader
 * and find-in-page. Longer lists (the catalog may hold 30,000 measures) render only the rows near
 * the viewport, so opening or scrolling them never freezes the page.
 */
export const FULL_RENDER_LIMIT = 150;

interface VirtualListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** Typical row height in rem, until rows are measured (at the reader's text size). */
  estimateRem: number;
  className?: string;
  label: string;
  testId?: string;
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  if (props.items.length <= FULL_RENDER_LIMIT) {
    const { items, getKey, renderItem, className, label, testId } = props;
    return (
      <ul className={className} aria-label={label} data-testid={testId}>
        {items.map((item, index) => (
          <li key={getKey(item)}>{renderItem(item, index)}</li>
        ))}
      </ul>
    );
  }
  return <WindowedList {...props} />;
}

function WindowedList<T>({
  items,
  getKey,
  renderItem,
  estimateRem,
  className,
  label,
  testId,
}: VirtualListProps<T>) {
  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  const [rowPx, setRowPx] = useState(() => estimateRem * rootFontPx());
  // The list scrolls with the page; the virtualiser needs to know where on the page it starts,
  // and how many pixels a row is at the reader's text size.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list) setOffset(list.getBoundingClientRect().top + window.scrollY);
    setRowPx(estimateRem * rootFontPx());
  }, [items, estimateRem]);

  // The same list shown again (back from a detail) starts with the row heights measured before,
  // so the saved scroll position points at the same rows.
  const cacheKey = items.length
    ? `${label}|${items.length}|${getKey(items[0]!)}|${getKey(items.at(-1)!)}`
    : '';
  // Options stay referentially stable (no per-render getItemKey): a changed option makes the
  // virtualiser recompute all 30,000 positions, which froze the page in the benchmark.
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => rowPx,
    overscan: 6,
    scrollMargin: offset,
    initialMeasurementsCache: measuredSizes.get(cacheKey) ?? [],
  });
  // Sizes are cached by position: new items or a new text size start from the estimate again.
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) first.current = false;
    else virtualizer.measure();
  }, [virtualizer, items, rowPx]);
  useEffect(
    () => () => {
      measuredSizes.delete(cacheKey);
      measuredSizes.set(cacheKey, virtualizer.measurementsCache);
      if (measuredSizes.size > 8) measuredSizes.delete(measuredSizes.keys().next().value!);
    },
    [virtualizer, cacheKey],
  );

  return (
    <ul
      ref={listRef}
      className={`${className ?? ''} virtual-list`}
      aria-label={label}
      data-testid={testId}
      style={{ blockSize: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={getKey(items[row.index]!)}
          ref={virtualizer.measureElement}
          data-index={row.index}
          aria-setsize={items.length}
          aria-posinset={row.index + 1}
          style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
        >
          {renderItem(items[row.index]!, row.index)}
        </li>
      ))}
    </ul>
  );
}

/** Row heights of the last few windowed lists, by list identity (see `cacheKey`). */
const measuredSizes = new Map<string, VirtualItem[]>();

const rootFontPx = () =>
  typeof document === 'undefined'
    ? 16
    : parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
