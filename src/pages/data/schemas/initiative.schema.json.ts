import { serveDownload } from '../../../download-endpoint';

export const GET = serveDownload('initiative.schema.json');
