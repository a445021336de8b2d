/** Input an exporter cannot use; the command line prints it as one clear error (exit 1). */
export class ExportInputError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(`${where}: ${message}`);
  }
}
