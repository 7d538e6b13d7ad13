import type { Lang } from '../engine';

/** The app's "Excel で保存" button and what it says while it works. */
interface ButtonWords {
  save: string;
  building: string;
  failed: (reason: string) => string;
  /** `count`: the cells, worded by `cells` or `cellsAtLeast`. */
  tooLarge: (count: string) => string;
  cells: (n: string) => string;
  /** A count known only from below, before the workbook is built. */
  cellsAtLeast: (n: string) => string;
}

/**
 * The words of the app's "Excel で保存" button, keyed by language. Apart from the sheets' words
 * (workbook-words.ts) because the button is on screen from the first load, and everything else of
 * the workbook loads only when it is asked for.
 */
export const WORKBOOK_BUTTON_WORDS: Record<Lang, ButtonWords> = {
  ja: {
    save: 'Excel で保存',
    building: 'Excel ファイルを作成しています…',
    failed: (reason) => `Excel ファイルを作成できませんでした (${reason})。`,
    tooLarge: (count) =>
      `このシナリオの Excel ファイル (${count}) はブラウザーでは作成できません。コマンド hvsize estimate <ファイル> --format xlsx --out <ファイル.xlsx> で作成してください。`,
    cells: (n) => `${n} セル`,
    cellsAtLeast: (n) => `${n} セル以上`,
  },
  en: {
    save: 'Save as Excel',
    building: 'Building the workbook…',
    failed: (reason) => `The workbook could not be built (${reason}).`,
    tooLarge: (count) =>
      `This scenario’s workbook (${count}) is too large to build in the browser. Build it with hvsize estimate <file> --format xlsx --out <file.xlsx>.`,
    cells: (n) => `${n} cells`,
    cellsAtLeast: (n) => `at least ${n} cells`,
  },
};
