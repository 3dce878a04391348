// Name rules of the reconciliation: the same stem under a new suffix (县→市, 县→区, 市→区, 区→县).
const COUNTY_SUFFIXES = ['自治县', '自治旗', '县', '市', '区', '旗'];

export function countyStem(name: string): string {
  for (const s of COUNTY_SUFFIXES) {
    if (name.endsWith(s) && name.length > s.length) return name.slice(0, -s.length);
  }
  return name;
}

/** True for 马龙县/马龙区, 沙县/沙县区, 潞城市/潞城区; false for 盘县/盘州市 (a rename: crosswalk). */
export function sameStem(a: string, b: string): boolean {
  const sa = countyStem(a);
  const sb = countyStem(b);
  return a === b || sa === sb || sa === b || sb === a;
}

export function cityStem(name: string): string {
  return name.replace(/(市|地区|盟|自治州)$/, '');
}
