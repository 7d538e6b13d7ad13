import { create } from 'zustand';
import type { Problem, Scenario } from '../../engine';

/** What the share controls show: the current link, and what went wrong opening a link or a file. */
export interface LinkState {
  link: string;
  /** The scenario `link` holds (the address bar follows edits after a short pause). */
  linkFor: Scenario | null;
  /** A link whose scenario differs from the work in this browser, waiting for the person's choice. */
  pending: Scenario | null;
  problems: { title: 'link' | 'file'; name?: string; problems: Problem[] } | null;
}

export const useLinkState = create<LinkState>(() => ({ link: '', linkFor: null, pending: null, problems: null }));
