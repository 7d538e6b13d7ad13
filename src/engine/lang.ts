/** The two languages of every user-facing text: Japanese first, English second. */
export type Lang = 'ja' | 'en';
export type Localized = Record<Lang, string>;
