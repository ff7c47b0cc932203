// Pool worker entry used only when Dossier runs from its TypeScript sources (tsx, vitest): tsx's
// loader given with --import may not be in place yet when a worker imports its module, while
// tsImport is ready when it returns. Built code (dist/) loads worker.js directly.
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./worker.ts', import.meta.url);
export default worker.default;
