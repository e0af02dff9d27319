import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

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
  /** Height of a row before it is measured, in px. */
  estimateSize?: number;
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
  estimateSize = 96,
  className,
  label,
  testId,
}: VirtualListProps<T>) {
  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  // The list scrolls with the page; the virtualiser needs to know where on the page it starts.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list) setOffset(list.getBoundingClientRect().top + window.scrollY);
  }, [items]);

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimateSize,
    overscan: 8,
    scrollMargin: offset,
    getItemKey: (index) => getKey(items[index]!),
  });

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
          key={row.key}
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
