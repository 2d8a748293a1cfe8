/** A fork's own words reach the CMS's preview: the page hands them over, the script applies them first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPageLabels } from '../../src/components/cms/fork-labels';
import { label } from '../../src/lib/labels';
import { applyLabelOverrides } from '../../src/lib/schema/schemas';
import { ROOT } from '../helpers/fixtures';

describe("the CMS with a fork's words", () => {
  const schemaWord = label('status', 'active');
  afterEach(() => applyLabelOverrides(undefined));

  it('uses the words the page hands over', () => {
    applyPageLabels({ vocabularyLabels: JSON.stringify({ status: { active: 'Loopt nog' } }) });
    expect(label('status', 'active')).toBe('Loopt nog');
  });

  it("keeps the schema's words when the page hands over none", () => {
    applyPageLabels({ vocabularyLabels: JSON.stringify({ status: { active: 'Loopt nog' } }) });
    applyPageLabels({});
    expect(label('status', 'active')).toBe(schemaWord);
  });

  it('applies them before any other module of the script is evaluated', () => {
    const imports = readFileSync(join(ROOT, 'src', 'components', 'cms', 'admin.ts'), 'utf8').match(/^import .*$/gm)!;
    expect(imports[0]).toBe("import './fork-labels';");
  });
});
