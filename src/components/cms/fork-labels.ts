/**
 * A fork's own words for vocabulary values (site configuration `vocabularyLabels`) in the CMS:
 * the page hands them over (src/pages/admin/index.astro), because this script is bundled once
 * for every configuration (src/integrations/cms-script.ts). Without them the preview showed the
 * schema's words where the fork's pages show its own. admin.ts imports this module first, so
 * every module evaluated after it reads the fork's words (schemas.ts, which this imports, runs
 * before it, and reads no label as it loads).
 */
import { applyLabelOverrides, type LabelOverrides } from '../../lib/schema/schemas';

/** Applies the words the page hands over in `data-vocabulary-labels` (none: the schema's own). */
export function applyPageLabels(data: DOMStringMap): void {
  applyLabelOverrides(JSON.parse(data.vocabularyLabels || '{}') as LabelOverrides);
}

if (typeof document !== 'undefined') applyPageLabels(document.body.dataset);
