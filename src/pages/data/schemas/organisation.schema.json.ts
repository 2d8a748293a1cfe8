import { serveDownload } from '../../../io/download-endpoint';

export const GET = serveDownload('organisation.schema.json');
