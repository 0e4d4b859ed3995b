// Resizing the sidebar by its left edge: dragged with a person's pointer (the width is saved once, when the drag
// ends) or stepped with the arrow keys. The drag's window listeners hang on one AbortController per drag.
import { useEffect, useRef, useState } from 'preact/hooks';
import { isPersonInput } from '../../entrypoints/seller.content/trusted-input';

export const MIN_WIDTH = 240;
export const MAX_WIDTH = 640;

const clamp = (width: number) => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));

export interface Resize {
  /** The width while dragging (null when not dragging). */
  dragWidth: number | null;
  startResize(event: PointerEvent): void;
  resizeByKey(event: KeyboardEvent): void;
}

export function useResize(width: number, save: (width: number) => void): Resize {
  const [dragWidth, setDragWidth] = useState<number | null>(null);
  const drag = useRef<AbortController | null>(null);
  useEffect(() => () => drag.current?.abort(), []);

  const startResize = (event: PointerEvent) => {
    if (!isPersonInput(event)) return;
    event.preventDefault();
    drag.current?.abort();
    const dragging = new AbortController();
    drag.current = dragging;
    const startX = event.clientX;
    const widthAt = (x: number) => clamp(width + (startX - x));
    window.addEventListener(
      'pointermove',
      (e) => {
        if (isPersonInput(e)) setDragWidth(widthAt(e.clientX));
      },
      { signal: dragging.signal },
    );
    window.addEventListener(
      'pointerup',
      (e) => {
        if (!isPersonInput(e)) return;
        dragging.abort();
        setDragWidth(null);
        save(widthAt(e.clientX));
      },
      { signal: dragging.signal },
    );
  };

  const resizeByKey = (event: KeyboardEvent) => {
    if (!isPersonInput(event)) return;
    const by = event.key === 'ArrowLeft' ? 20 : event.key === 'ArrowRight' ? -20 : 0;
    if (!by) return;
    event.preventDefault();
    save(clamp(width + by));
  };

  return { dragWidth, startResize, resizeByKey };
}
