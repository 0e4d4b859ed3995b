// Where the fixed template popover goes: below its menu button, or above it when the button is near the bottom of
// the window; never past the window's left or right edge.

/** The popover's height and width to leave room for. */
const ROOM_HEIGHT = 380;
const ROOM_WIDTH = 400;
const GAP = 4;

export function placePopover(popover: HTMLElement, anchor: HTMLElement): void {
  const view = anchor.ownerDocument.defaultView;
  const rect = anchor.getBoundingClientRect();
  const height = view?.innerHeight ?? 800;
  const width = view?.innerWidth ?? 1200;
  const above = rect.bottom + ROOM_HEIGHT > height && rect.top > ROOM_HEIGHT;
  popover.style.top = above ? '' : `${Math.round(rect.bottom + GAP)}px`;
  popover.style.bottom = above ? `${Math.round(height - rect.top + GAP)}px` : '';
  popover.style.left = `${Math.max(GAP, Math.round(Math.min(rect.left, width - ROOM_WIDTH)))}px`;
}
