// The floor: a bare node:http server answering every request with the same bytes (a copy of the
// /aspirasi page), in a process of its own like the app. Nothing can be faster on this machine with
// Node, so the app's throughput is reported as a share of this one's.
// Usage: floor-server.ts <file with the page> <port>
import fs from 'node:fs';
import http from 'node:http';

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error('usage: floor-server.ts <page file> <port>');
const page = fs.readFileSync(file);

const server = http.createServer((_req, res) => {
	res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length });
	res.end(page);
});
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('listening\n'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
