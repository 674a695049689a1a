// Writes, from the registry, the rule table of README.md (between its markers) and the
// configuration JSON schema docs/tin-hoi-nghi.schema.json.
//   npm run gen:readme              rewrite both
//   npm run gen:readme -- --check   exit 1 if either is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchema, withRuleTable } from '../server/src/cli/docs-gen';

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = false;
  const update = (path: string, next: (current: string) => string): void => {
    const current = readFileSync(path, 'utf8');
    const wanted = next(current);
    if (wanted === current) return;
    stale = true;
    if (!check) {
      writeFileSync(path, wanted);
      console.log(`${path} updated`);
    }
  };
  const readme = join(__dirname, '..', 'README.md');
  const schemaPath = join(__dirname, '..', 'docs', 'tin-hoi-nghi.schema.json');
  try {
    readFileSync(schemaPath);
  } catch {
    writeFileSync(schemaPath, '');
  }
  update(readme, withRuleTable);
  update(schemaPath, () => renderSchema());
  if (check && stale) {
    console.error('README.md or docs/tin-hoi-nghi.schema.json is out of date: run npm run gen:readme');
    process.exit(1);
  }
}
