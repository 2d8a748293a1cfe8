import { serveDownload } from '../../../download-endpoint';

export const GET = serveDownload('organisation.schema.json');
