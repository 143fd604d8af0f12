// `npm run preview` (and the second half of `npm start`): serves the built site in dist/ on
// http://127.0.0.1:4321/ as a static host would, with trailing-slash redirects and each
// language's own 404 page. PORT and DIST change the port and the folder.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveSite } from '../src/site/serve-static.ts';

const dist = resolve(process.env.DIST || 'dist');
if (!existsSync(dist)) {
  console.error(`serve: ${dist} does not exist; run npm run build first.`);
  process.exit(2);
}
const port = Number(process.env.PORT) || 4321;
const server = await serveSite(dist, port).catch((error: NodeJS.ErrnoException) => {
  console.error(`serve: cannot listen on 127.0.0.1:${port} (${error.code ?? error.message}); set PORT to another port.`);
  process.exit(2);
});
console.log(`Serving ${dist} at ${server.origin}/ (Ctrl+C to stop)`);
