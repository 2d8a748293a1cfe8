import { serveDownload } from '../../io/download-endpoint';

export const GET = serveDownload('organisaties-spreadsheet.csv');
