// The WPS object model of the page: WPS puts it on window as Application (and as wps) in every page of an add-in.
import type { EtApplication } from './et';

export function wpsApplication(): EtApplication | null {
  const w = globalThis as unknown as { Application?: EtApplication; wps?: EtApplication };
  return w.Application ?? w.wps ?? null;
}

/** The add-in's folder URL ("…/jixiao_0.1.0/"), where its pages sit beside the main page. */
export function addinBase(href: string): string {
  return href.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
}
