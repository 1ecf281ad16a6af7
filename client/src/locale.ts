/**
 * The language of what Communiqué shows: the `communique.locale` setting, or VS Code's display
 * language when it is `auto` (as the server decides, so the panel and the diagnostics agree).
 */
import * as vscode from 'vscode';
import type { MessageLocale } from '../../server/src/core/types';

export function messageLocale(): MessageLocale {
  const setting = vscode.workspace.getConfiguration('communique').get<string>('locale', 'auto');
  if (setting === 'vi' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
