import type { Basis, Lang, UnitSystem } from '../../engine';

/** The sender's view that may follow a scenario link (formats.md: `&u=decimal`, `&b=current`, `&l=en`). */
export interface LinkView {
  units?: UnitSystem;
  basis?: Basis;
  lang?: Lang;
}

const UNITS: Record<string, UnitSystem> = { decimal: 'decimal', binary: 'binary' };
const BASES: Record<string, Basis> = { current: 'current', maximum: 'maximum' };
const LANGS: Record<string, Lang> = { en: 'en', ja: 'ja' };

/** `#s=1.…&u=decimal&l=en` → the scenario part and the view; unknown parameters are ignored. */
export function splitViewParams(fragment: string): { link: string; view: LinkView } {
  const [link = '', ...params] = fragment.split('&');
  const view: LinkView = {};
  for (const param of params) {
    const [key, value = ''] = param.split('=');
    if (key === 'u' && Object.hasOwn(UNITS, value)) view.units = UNITS[value];
    if (key === 'b' && Object.hasOwn(BASES, value)) view.basis = BASES[value];
    if (key === 'l' && Object.hasOwn(LANGS, value)) view.lang = LANGS[value];
  }
  return { link, view };
}

/** The link with the sender's units and language where they differ from the defaults (GB = GiB, Japanese). */
const UNITS_PARAM: Record<UnitSystem, string> = { binary: '', decimal: '&u=decimal' };
const LANG_PARAM: Record<Lang, string> = { ja: '', en: '&l=en' };

export function withViewParams(link: string, units: UnitSystem, lang: Lang): string {
  return link + UNITS_PARAM[units] + LANG_PARAM[lang];
}
