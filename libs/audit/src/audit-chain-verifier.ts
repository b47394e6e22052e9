import { type AuditContent, GENESIS_HASH, auditHash } from './audit-hash';

/** A stored row as the verifier reads it, in id order. */
export interface ChainRow extends AuditContent {
  id: number;
  prevHash: string;
  hash: string;
}

/**
 * edited: a row's content no longer matches its hash. deleted: ids are missing. reordered: a row
 * links to a row that is not the one before it. broken: a row links to a hash no row has any
 * more — the row before it was rewritten with a recomputed hash, or rows were deleted and the
 * rest renumbered.
 */
export type ChainProblemKind = 'edited' | 'deleted' | 'reordered' | 'broken';

export interface ChainProblem {
  kind: ChainProblemKind;
  /** The row where it shows (for deleted: the first missing id). */
  id: number;
  message: string;
}

export interface ChainLink {
  id: number;
  hash: string;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The last row: write it down (or keep it in a backup manifest) to detect a cut-off tail later. */
  head: ChainLink | null;
  /** The first `maxProblems` problems, in order of position. */
  problems: ChainProblem[];
  problemCount: number;
}

export interface ChainVerifyOptions {
  /** A head recorded earlier: the row must still be there with the same hash. */
  expectHead?: ChainLink | null;
  maxProblems?: number;
}

type RowSource = () => AsyncIterable<ChainRow> | Iterable<ChainRow>;

interface DanglingLink {
  id: number;
  prevHash: string;
  /** The id of the row before it, as stored now. */
  after: number | null;
  /** Already explained by missing ids right before it. */
  afterGap: boolean;
}

const EDITED = (id: number): ChainProblem => ({ kind: 'edited', id, message: `第 ${id} 条记录的内容与其哈希不符：该记录被改动过` });

function deleted(from: number, to: number): ChainProblem {
  const which = from === to ? `第 ${from} 条` : `第 ${from}–${to} 条（共 ${to - from + 1} 条）`;
  return { kind: 'deleted', id: from, message: `${which}记录缺失：已被删除` };
}

/**
 * Walks the hash chain of the audit log and says what was edited, deleted or reordered. Pure:
 * `read` yields the stored rows in id order and is called a second time only when some link is
 * broken, to find where the row it points to went (memory stays bounded by the broken links).
 */
export async function verifyAuditChain(read: RowSource, options: ChainVerifyOptions = {}): Promise<ChainReport> {
  const maxProblems = options.maxProblems ?? 100;
  const problems: ChainProblem[] = [];
  let problemCount = 0;
  const report = (problem: ChainProblem) => {
    problemCount++;
    if (problems.length < maxProblems) problems.push(problem);
  };
  const dangling: DanglingLink[] = [];
  let previous: ChainLink | null = null;
  let checked = 0;
  let expectedHeadSeen = false;

  for await (const row of read()) {
    checked++;
    if (auditHash(row, row.prevHash) !== row.hash) report(EDITED(row.id));
    const expectedId: number = previous ? previous.id + 1 : 1;
    let afterGap = false;
    if (row.id > expectedId) {
      report(deleted(expectedId, row.id - 1));
      afterGap = true;
    } else if (row.id < expectedId) {
      report({ kind: 'reordered', id: row.id, message: `第 ${row.id} 条记录的编号不在从 1 开始的连续序列中：记录被改动过编号` });
    }
    if (row.prevHash !== (previous ? previous.hash : GENESIS_HASH)) dangling.push({ id: row.id, prevHash: row.prevHash, after: previous?.id ?? null, afterGap });
    if (options.expectHead && row.id === options.expectHead.id) {
      expectedHeadSeen = true;
      if (row.hash !== options.expectHead.hash) {
        report({ kind: 'edited', id: row.id, message: `第 ${row.id} 条记录的哈希与此前记下的不同（应为 ${options.expectHead.hash.slice(0, 12)}…）：该记录或其之前的记录被改写过` });
      }
    }
    previous = { id: row.id, hash: row.hash };
  }

  if (options.expectHead && !expectedHeadSeen) {
    const last = previous?.id ?? 0;
    report(
      last < options.expectHead.id
        ? deleted(last + 1, options.expectHead.id)
        : { kind: 'deleted', id: options.expectHead.id, message: `此前记下的第 ${options.expectHead.id} 条记录已不存在：已被删除` },
    );
  }

  if (dangling.length) {
    // Second pass: where is each row a broken link points to now?
    const wanted = new Set(dangling.map((link) => link.prevHash));
    const located = new Map<string, number>([[GENESIS_HASH, 0]]);
    for await (const row of read()) if (wanted.has(row.hash)) located.set(row.hash, row.id);
    for (const link of dangling) {
      const target = located.get(link.prevHash);
      if (target !== undefined) {
        const where = target === 0 ? '按哈希链它应是第一条' : `按哈希链它应接在现第 ${target} 条之后`;
        report({ kind: 'reordered', id: link.id, message: `第 ${link.id} 条记录的位置不对（${where}）：记录的顺序被调换过` });
      } else if (!link.afterGap) {
        const before = link.after === null ? '链的开头' : `前一条（第 ${link.after} 条）`;
        report({
          kind: 'broken',
          id: link.id,
          message: `第 ${link.id} 条记录与${before}接不上：前一条被改写并重算了哈希，或其间的记录被删除后重新编号`,
        });
      }
    }
    problems.sort((a, b) => a.id - b.id);
  }

  return { ok: problemCount === 0, checked, head: previous, problems, problemCount };
}
