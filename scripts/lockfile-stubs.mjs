// Adds lockfile entries for optional platform packages the local registry mirror does not serve.
import fs from 'node:fs';
const file = process.argv[2];
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const pk = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(pk)) {
	for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
		const nested = `${path ? path + '/' : ''}node_modules/${name}`;
		const top = `node_modules/${name}`;
		if (pk[nested] || pk[top]) continue;
		pk[top] = { version: spec.replace(/^[\^~=]/, ''), dev: entry.dev, optional: true };
		added++;
	}
}
fs.writeFileSync(file, JSON.stringify(lock, null, '\t') + '\n');
console.log(`added ${added}`);
