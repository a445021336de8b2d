import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

interface Props {
  anchor: HTMLElement;
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/** A dialog placed under its anchor; Esc or a click outside closes it and focus returns to the anchor. */
export function Popover({ anchor, labelledBy, onClose, children, className }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number }>({ top: 0, left: 0 });

  useLayoutEffect(() => {
    const rect = anchor.getBoundingClientRect();
    const width = Math.min(448, window.innerWidth - 16);
    const left = Math.max(
      8 + window.scrollX,
      Math.min(
        rect.left + window.scrollX - width / 2,
        window.scrollX + window.innerWidth - width - 8,
      ),
    );
    setPosition({ top: rect.bottom + window.scrollY + 6, left });
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
      style={{ top: position.top, left: position.left }}
    >
      {children}
    </div>
  );
}
