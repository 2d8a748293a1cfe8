import { serveDownload } from '../../download-endpoint';

export const GET = serveDownload('initiatieven-spreadsheet.csv');
