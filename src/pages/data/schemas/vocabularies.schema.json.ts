import { serveDownload } from '../../../download-endpoint';

export const GET = serveDownload('vocabularies.schema.json');
