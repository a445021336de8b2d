import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { placePopover } from './popover-placement';
import type { Placement } from './popover-placement';

interface Props {
  anchor: HTMLElement;
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/** A dialog placed under its anchor (or above it when there is no room below); Esc or a click outside closes it and focus returns to the anchor. */
export function Popover({ anchor, labelledBy, onClose, children, className }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<Placement | null>(null);
  const content = useRef<HTMLDivElement>(null);

  // Placed again whenever its content changes size (a card whose data arrives later).
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const place = () =>
      setPosition(
        placePopover({
          anchor: anchor.getBoundingClientRect(),
          height: element.scrollHeight,
          viewport: { width: window.innerWidth, height: window.innerHeight },
          scroll: { x: window.scrollX, y: window.scrollY },
        }),
      );
    place();
    if (typeof ResizeObserver === 'undefined' || !content.current) return;
    const observer = new ResizeObserver(place);
    observer.observe(content.current);
    return () => observer.disconnect();
  }, [anchor]);

  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (ref.current && !ref.current.contains(target) && !anchor.contains(target)) onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [anchor, onClose]);

  return (
    <div
      ref={ref}
      className={`popover${className ? ` ${className}` : ''}`}
      role="dialog"
      aria-labelledby={labelledBy}
      tabIndex={-1}
      data-side={position?.side}
      style={
        position
          ? {
              top: position.top,
              left: position.left,
              width: position.width,
              maxHeight: position.maxHeight,
            }
          : { top: 0, left: 0 }
      }
    >
      <div ref={content}>{children}</div>
    </div>
  );
}
