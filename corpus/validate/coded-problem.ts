/** A problem with a stable, machine-readable code, for checkers whose errors tests and tools name. */
import type { Problem } from '../pipeline/problems';

export interface CodedProblem extends Problem {
  /** Kebab-case name of the broken rule (`segment-uncovered`, `url-not-in-research`, …). */
  code: string;
}

/** The problem as `validate` prints it: `{ where, message }`, the code leading the message. */
export function toPlainProblem(problem: CodedProblem): Problem {
  return { where: problem.where, message: `${problem.code}: ${problem.message}` };
}
