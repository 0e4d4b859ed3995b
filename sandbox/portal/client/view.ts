// What every page of the client app offers the router.
export interface View {
  readonly root: HTMLElement;
  /** Shows this URL's state (same kind of page); resolves when rendered. */
  update(url: URL): Promise<void>;
  /** Re-renders the lists from what is loaded, as new DOM nodes (the portal's framework re-renders whole lists). */
  rerender(): void;
  /** Fetches the loaded rows again and re-renders them whole (the periodic refresh). */
  refresh(): Promise<void>;
  destroy(): void;
}

export type Navigate = (href: string, opts?: { replace?: boolean }) => Promise<void>;
