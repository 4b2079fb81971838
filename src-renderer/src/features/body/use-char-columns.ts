// How many monospace characters fit across an element, kept current with a ResizeObserver.
// The text view wraps at this many columns so every display row has a fixed height.
import { useEffect, useState, type RefObject } from 'react';
import styles from './body.module.css';

export function useCharColumns(ref: RefObject<HTMLElement | null>, reservedPx: number): number {
  const [columns, setColumns] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const probe = document.createElement('span');
    probe.className = styles['char-probe']!;
    probe.textContent = '0'.repeat(100);
    el.appendChild(probe);
    const charWidth = probe.getBoundingClientRect().width / 100 || 7.2;
    probe.remove();
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const usable = el.clientWidth - reservedPx;
        setColumns(Math.max(16, Math.floor(usable / charWidth)));
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [ref, reservedPx]);
  return columns;
}
