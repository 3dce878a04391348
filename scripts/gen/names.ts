// Generated names and masked phones. Every person is made up from these lists; names of real people
// in the seed documents are blocked explicitly.
import { listLit } from './sql.ts';

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林',
  '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁',
  '潘', '蒋', '蔡', '余', '杜', '叶', '程', '魏', '苏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟',
  '谭', '陆', '汪', '范', '金', '石', '廖', '贾', '夏', '韦', '付', '方', '白', '邹', '孟', '熊', '秦', '邱',
  '江', '尹', '段', '侯', '龙', '史', '陶', '黎', '贺', '顾', '毛', '郝', '龚', '邵', '万', '严', '武', '戴',
];

const GIVEN = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀',
  '霞', '平', '刚', '桂', '英', '华', '玉', '兰', '红', '建', '国', '志', '文', '海', '林', '荣', '燕', '鹏',
  '飞', '宇', '浩', '凯', '晨', '阳', '斌', '亮', '俊', '峰', '琳', '雪', '梅', '婷', '倩', '欣', '佳', '蕾',
  '璐', '森', '辉', '昊', '晓', '春', '东', '云', '德', '成', '永', '福', '瑶', '清', '泽', '宁', '波', '川',
];

/**
 * People named in the seed documents (and the signing minister of the criteria). The lists above are chosen
 * so that none of them can be composed (tests check `composable`).
 */
export const BLOCKED_NAMES = ['朱文仁', '罗萍', '杨健春', '张庆斌', '王鑫辉', '薛明辉', '雷建良', '王祥喜'];

export const BRANDS = [
  '鑫源', '华宇', '宏达', '恒通', '永盛', '金鼎', '兴隆', '瑞丰', '天成', '昌盛', '泰和', '鸿运', '新世纪', '中联',
  '宏图', '正大', '长城', '东方', '远大', '万通', '盛世', '腾飞', '利民', '信达', '广源', '丰华', '安泰', '振兴',
  '佳和', '聚鑫', '华兴', '荣昌', '德胜', '海诚', '云岭', '汇丰', '伟业', '嘉禾', '明珠', '顺达', '博远', '创新',
  '晨光', '凯旋', '同心', '宝丰', '康达', '润泽', '银河', '星辰', '绿源', '祥云', '金石', '亿达', '富民', '天翼',
  '合力', '诚信', '百川', '龙腾', '山河', '新锐', '恒基', '旭日', '大地', '蓝天', '同创', '和顺', '锦程', '通达',
];

/** SQL: a generated person name from key `k` and field `f`. */
export function personSql(k: string, f: string): string {
  return `(pick(${k}, ${f} || ':s', ${listLit(SURNAMES)}) || pick(${k}, ${f} || ':g1', ${listLit(GIVEN)}) ||
    CASE WHEN u(${k}, ${f} || ':n') < 0.7 THEN pick(${k}, ${f} || ':g2', ${listLit(GIVEN)}) ELSE '' END)`;
}

/** True when the lists could compose `name` (surname + one or two given-name characters). */
export function composable(name: string): boolean {
  const chars = [...name];
  const [s, ...given] = chars;
  return SURNAMES.includes(s!) && given.length >= 1 && given.length <= 2 && given.every((g) => GIVEN.includes(g));
}

const PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155',
  '157', '158', '159', '166', '173', '177', '180', '181', '182', '183', '186', '187', '188', '189', '191', '199'];

/** SQL: a masked mobile number like 138****1234 (only the masked form is ever stored). */
export function phoneSql(k: string, f: string): string {
  return `(pick(${k}, ${f} || ':p', ${listLit(PREFIXES)}) || '****' || lpad(ui(${k}, ${f} || ':d', 10000)::VARCHAR, 4, '0'))`;
}

/** SQL: the place name without its administrative suffix (积翠镇 -> 积翠, 南宁街道 -> 南宁). */
export function shortPlaceSql(name: string): string {
  return `regexp_replace(${name}, '(街道办事处|街道|镇|乡|苏木|民族乡|自治县|县|区|市|旗)$', '')`;
}

export const brandsLit = listLit(BRANDS);

const VILLAGE_SUFFIX = ['家村', '家湾村', '家庄村', '家寨', '家坪村', '家沟村', '家营村', '家坝村', '家河村', '家山村', '家岭村', '家塘村'];
const VILLAGE_HEAD = ['上', '下', '大', '小', '新', '老', '前', '后', '东', '西', '南', '北', '中', '高'];
const VILLAGE_BODY = ['河', '坝', '营', '寨', '坪', '沟', '湾', '塘', '岭', '山', '田', '桥', '岩', '溪', '林', '冲'];
const COMMUNITY = ['和平', '幸福', '光明', '向阳', '新华', '团结', '建设', '文化', '东风', '长青', '安居', '民主', '振兴',
  '丰收', '育才', '友谊', '胜利', '新村', '滨河', '康乐'];

/**
 * SQL: a generated village name from key `k` (张家村, 上河村, …), or a community name (和平社区) when
 * `urban` is true. Generic compositions, not taken from any list of real places.
 */
export function villageNameSql(k: string, urban: string): string {
  return `(CASE WHEN ${urban} THEN pick(${k}, 'vc', ${listLit(COMMUNITY)}) || '社区'
    WHEN u(${k}, 'vk') < 0.6 THEN pick(${k}, 'vs', ${listLit(SURNAMES)}) || pick(${k}, 'vx', ${listLit(VILLAGE_SUFFIX)})
    ELSE pick(${k}, 'vh', ${listLit(VILLAGE_HEAD)}) || pick(${k}, 'vb', ${listLit(VILLAGE_BODY)}) || '村' END)`;
}
