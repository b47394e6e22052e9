export interface StatementCounter {
  port: number;
  count(): number;
  /** Starts (or stops, with false) recording statement texts; returns what was recorded. */
  record(on?: boolean): string[];
  close(): Promise<void>;
}

export function startStatementCounter(targetHost: string, targetPort: number): Promise<StatementCounter>;
