/** Input the TEI export cannot use (a malformed layer file, an alignment naming unknown segments). */
import { ExportInputError } from '../export-input-error';

export class TeiInputError extends ExportInputError {}
