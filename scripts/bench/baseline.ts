import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A bare Astro project with `pages` trivial pages (plus Pagefind on them): what the framework
 * itself needs for the same page count, so our build can be reported as a ratio to it. Built as
 * such a project is, and as ours is measured: `npm run build`, its script `astro build` and then
 * Pagefind. Until the twenty-fourth session the bench started Astro and Pagefind directly, so our
 * side alone paid npm's own start (0.2 s here, a tenth of the starter set's baseline).
 * `npm run noop` times that start by itself.
 */
export function writeBaselineProject(dir: string, pages: number, root = process.cwd()): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'baseline',
      private: true,
      type: 'module',
      scripts: { build: 'astro build && pagefind --site dist', noop: 'true' },
    }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ build: { format: 'directory' } });\n",
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[id].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: 'pagina-' + i }, props: { i } }));
}
const { i } = Astro.props;
---
<html lang="nl"><head><meta charset="utf-8"><title>Pagina {i}</title></head>
<body><main data-pagefind-body><h1>Pagina {i}</h1><p>Een eenvoudige pagina met een paar woorden over samenwerking in het beroepsonderwijs, nummer {i}.</p></main></body></html>
`,
  );
}
