/**
 * The CMS script leaves ajv's compiler out when the generated validators are current
 * (src/integrations/cms-script.ts): validator.ts needs the compiler only when they are not.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { cmsBundleOptions, leaveOutCompiler } from '../../src/integrations/cms-script';
import { createAtlasAjv } from '../../src/lib/schema/atlas-ajv-left-out';
import { ROOT } from '../helpers/fixtures';

/** The CMS script bundled as the build bundles it, with or without the plugin: what went in. */
async function bundledInputs(plugins: ReturnType<typeof leaveOutCompiler>[]): Promise<{ inputs: string[]; bytes: number }> {
  const result = await build({ ...cmsBundleOptions(ROOT, 'build'), write: false, metafile: true, outfile: 'atlas-cms.js', plugins });
  return {
    inputs: Object.keys(result.metafile.inputs),
    bytes: result.outputFiles.find((f) => f.path.endsWith('.js'))!.contents.byteLength,
  };
}

describe('the CMS script', () => {
  it("leaves ajv's compiler out, and keeps the generated validators", async () => {
    const [full, lean] = await Promise.all([bundledInputs([]), bundledInputs([leaveOutCompiler(ROOT)])]);
    const compiler = (inputs: string[]) =>
      inputs.filter((f) => f.includes('node_modules/ajv/dist/compile/') || f.endsWith('schema/atlas-ajv.ts'));
    // Without the plugin the compiler is bundled (so the check below can fail) ...
    expect(compiler(full.inputs).length).toBeGreaterThan(5);
    // ... with it, none of it is, the stand-in is, and the generated validators still are.
    expect(compiler(lean.inputs)).toEqual([]);
    expect(lean.inputs).toContain('src/lib/schema/atlas-ajv-left-out.ts');
    expect(lean.inputs).toContain('src/lib/schema/validators.generated.ts');
    expect(full.bytes - lean.bytes).toBeGreaterThan(100_000);
  }, 60_000);

  it('has a stand-in that says what went wrong if it is ever called', () => {
    expect(() => createAtlasAjv()).toThrow(/zonder ajv's compiler.*gegenereerde validators/);
  });
});
