// A finding's sentence from its rule's message table: apart from the rest of the presentation layer, which the
// task pane loads before the rules (and the engine) have.
import type { Locale } from '../locale';
import { ruleById, type RuleId } from '../rules';
import type { MessageData } from '../values';
import { fillTemplate, WORDING } from './index';

/** A finding's sentence in a language, from its rule's message and its data. */
export function renderMessage(rule: RuleId, messageId: string, data: MessageData, locale: Locale): string {
  const template = (ruleById(rule).meta.messages[locale] as Record<string, string>)[messageId];
  if (template === undefined) throw new Error(`${rule} has no message ${messageId}`);
  return WORDING[locale].sentence(fillTemplate(template, data, locale));
}
