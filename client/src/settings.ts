// What the language server receives as the "tinHoiNghi" settings section.
//
// VS Code always reports a setting's default, so a per-rule severity the user never touched would
// look like an explicit override and hide the severities a rule picks per finding (missing-section
// reports required sections as warnings and recommended ones as information). Only explicitly set
// rule severities are passed on; everything else is passed as VS Code reports it.
import * as vscode from 'vscode';

export const SECTION = 'tinHoiNghi';
const RULE_PREFIX = `${SECTION}.rules.`;

/** Rule ids as contributed in package.json (generated from the registry), so the rules need not be bundled here. */
export function contributedRuleIds(packageJSON: unknown): string[] {
  const properties = (packageJSON as { contributes?: { configuration?: { properties?: Record<string, unknown> } } })?.contributes?.configuration?.properties ?? {};
  return Object.keys(properties)
    .filter((key) => key.startsWith(RULE_PREFIX))
    .map((key) => key.slice(RULE_PREFIX.length));
}

type Json = Record<string, unknown>;

/** The value the user set at the most specific level, ignoring the default. */
function explicitValue<T>(i: { globalValue?: T; workspaceValue?: T; workspaceFolderValue?: T; globalLanguageValue?: T; workspaceLanguageValue?: T; workspaceFolderLanguageValue?: T }): T | undefined {
  return i.workspaceFolderLanguageValue ?? i.workspaceLanguageValue ?? i.globalLanguageValue ?? i.workspaceFolderValue ?? i.workspaceValue ?? i.globalValue;
}

/** The settings section for a resource, with `rules` holding only what the user set. */
export function serverSettings(ruleIds: readonly string[], scope?: vscode.ConfigurationScope | null): Json {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const section = JSON.parse(JSON.stringify(config)) as Json;
  const rules: Record<string, string> = {};
  for (const id of ruleIds) {
    const inspected = config.inspect<string>(`rules.${id}`);
    const value = inspected ? explicitValue<string>(inspected) : undefined;
    if (typeof value === 'string') rules[id] = value;
  }
  section.rules = rules;
  return section;
}
