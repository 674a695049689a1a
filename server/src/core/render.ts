// Turns message ids into words for a locale. The only place findings become text.

import { CORE_MESSAGES, format } from './messages';
import { RULES_BY_ID } from './rules';
import type { Finding, Fix, Locale, Problem } from './types';

export function findingMessage(finding: Pick<Finding, 'rule' | 'messageId' | 'values'>, locale: Locale): string {
  const template = RULES_BY_ID.get(finding.rule)?.messages[finding.messageId];
  return template ? format(template, locale, finding.values) : `${finding.rule}: ${finding.messageId}`;
}

export function fixTitle(ruleId: string, fix: Fix, locale: Locale): string {
  const template = RULES_BY_ID.get(ruleId)?.messages[fix.titleId];
  return template ? format(template, locale, fix.values ?? {}) : fix.titleId;
}

export function problemMessage(problem: Problem, locale: Locale): string {
  const template = CORE_MESSAGES[problem.messageId];
  return template ? format(template, locale, problem.values ?? {}) : problem.messageId;
}
