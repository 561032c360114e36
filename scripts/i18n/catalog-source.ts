// Prints the exercise catalog's English text in the shape a translation has
// (src-main/core/catalog/locales/<tag>.json): what a translator starts from.
//   npx tsx scripts/i18n/catalog-source.ts > /tmp/catalog-en.json
import { catalogSource } from '../../src-main/core/catalog/localize';

process.stdout.write(`${JSON.stringify(catalogSource(), null, 2)}\n`);
