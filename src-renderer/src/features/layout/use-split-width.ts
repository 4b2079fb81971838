// The list/detail split: a draggable divider whose position is remembered on this machine.
import { useCallback, useState } from 'react';

const storageKey = 'hookscope.listWidth';
const min = 380;
// A little under half the window: room for path and summary, and for the body next to it.
const defaultWidth = () => Math.min(760, Math.max(min, Math.round(window.innerWidth * 0.46)));

function read(): number {
  try {
    const v = Number(localStorage.getItem(storageKey));
    return Number.isFinite(v) && v >= min ? v : defaultWidth();
  } catch {
    return defaultWidth();
  }
}

export function useSplitWidth() {
  const [width, setWidth] = useState(read);

  const onPointerDown = useCallback(
    (e: React.PointerEvent<HTMLElement>) => {
      e.preventDefault();
      const handle = e.currentTarget;
      handle.setPointerCapture(e.pointerId);
      const startX = e.clientX;
      const startWidth = width;
      let latest = startWidth;
      const onMove = (ev: PointerEvent) => {
        const max = Math.max(min, window.innerWidth - 360);
        latest = Math.min(max, Math.max(min, startWidth + ev.clientX - startX));
        setWidth(latest);
      };
      const onUp = () => {
        handle.removeEventListener('pointermove', onMove);
        handle.removeEventListener('pointerup', onUp);
        try {
          localStorage.setItem(storageKey, String(Math.round(latest)));
        } catch {
          // not remembered; still works
        }
      };
      handle.addEventListener('pointermove', onMove);
      handle.addEventListener('pointerup', onUp);
    },
    [width],
  );

  const nudge = useCallback((delta: number) => setWidth((w) => Math.max(min, w + delta)), []);
  return { width, onPointerDown, nudge };
}
