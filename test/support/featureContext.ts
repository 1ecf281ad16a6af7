/** A language-server feature context over articles held in memory, for tests of feature modules. */
import type { MessageLocale } from '../../server/src/core/index';
import { ArticleIndex } from '../../server/src/lsp/articleIndex';
import type { FeatureContext } from '../../server/src/lsp/context';
import { ReviewedStore } from '../../server/src/lsp/reviewed';
import { toSettings } from '../../server/src/lsp/settings';

export function featureContext(articles: { uri: string; text: string }[], locale: MessageLocale, commandLinks = false): FeatureContext {
  const index = new ArticleIndex({ locale });
  for (const a of articles) index.set(a.uri, a.text);
  return {
    index,
    settings: toSettings(undefined),
    locale,
    reviewed: new ReviewedStore(() => undefined),
    commandLinks,
    entities: () => index.core.entities(),
    knowledgeSource: () => undefined,
  };
}
