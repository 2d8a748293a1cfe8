import { serveDownload } from '../../io/download-endpoint';

export const GET = serveDownload('initiatieven.json');
