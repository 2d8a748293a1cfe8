import { serveDownload } from '../../download-endpoint';

export const GET = serveDownload('organisaties-spreadsheet.csv');
