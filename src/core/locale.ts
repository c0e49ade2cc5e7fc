// The languages the engine speaks. zh-CN is the product's language; en-US is for readers outside China. Only the
// presentation modules (src/core/present) know words; everything else passes a Locale along.
export const LOCALES = ['zh-CN', 'en-US'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function isLocale(text: string): text is Locale {
  return (LOCALES as readonly string[]).includes(text);
}
