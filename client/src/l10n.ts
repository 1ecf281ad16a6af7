/**
 * The client's own words, in the language of everything else Communiqué shows: the message
 * locale (`communique.locale`, or VS Code's display language when it is `auto`). The Vietnamese
 * are in l10n/bundle.l10n.vi.json, the format of `vscode.l10n` (package.json names the folder),
 * but looked up here so that a user who sets `communique.locale` to `vi` under an English VS Code
 * reads the status bar, the panel's title and the export messages in Vietnamese too, as the
 * diagnostics, hovers and report.
 */
import vi from '../../l10n/bundle.l10n.vi.json';
import { messageLocale } from './locale';

const BUNDLES: Record<string, Record<string, string>> = { vi };

/** `message` in the message locale, with `{0}`, `{1}`… replaced by `args`. */
export function t(message: string, ...args: (string | number)[]): string {
  const text = BUNDLES[messageLocale()]?.[message] ?? message;
  return text.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}
