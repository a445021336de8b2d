/** A problem found while building or validating a document: what went wrong and where. */
export interface Problem {
  /** A file path, optionally with `:line`, or a block id. */
  where: string;
  message: string;
}

/** One line per problem, as `validate` prints them. */
export function formatProblem(problem: Problem): string {
  return `${problem.where}: ${problem.message}`;
}
