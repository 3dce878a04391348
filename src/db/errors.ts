/** A data file could not be used. Names the file and, where known, what is wrong with it. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly table?: string,
  ) {
    super(table ? `数据表 ${table} 的文件 ${file} 无法读取：${reason}` : `文件 ${file} 无法读取：${reason}`);
    this.name = 'DataFileError';
  }
}

/** A query needs a table the manifest does not list. */
export class MissingTableError extends Error {
  constructor(readonly table: string) {
    super(`数据清单 manifest.json 中没有数据表 ${table}`);
    this.name = 'MissingTableError';
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
