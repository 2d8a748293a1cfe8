import { serveDownload } from '../../download-endpoint';

export const GET = serveDownload('catalogus.jsonld');
