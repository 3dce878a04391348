// The 2023 industry & trade criteria (《工贸企业重大事故隐患判定标准》, 应急管理部令第10号):
// 64 kinds of major hazard, grouped as management (管理类), industry (行业类) and special (专项类).
// Labels are short paraphrases for charts and tables, not the legal text.

type Group = 'management' | 'industry' | 'special';

interface Item {
  readonly key: string;
  readonly label: string;
  readonly group: Group;
  /** Industry key (industry group) or focus-field key (special group); null for management. */
  readonly field: string | null;
}

const m = (n: number, label: string): Item => ({ key: `it_mgmt_${pad(n)}`, label, group: 'management', field: null });
const ind = (field: string, prefix: string, n: number, label: string): Item => ({
  key: `it_${prefix}_${pad(n)}`, label, group: 'industry', field,
});
const sp = (field: string, prefix: string, n: number, label: string): Item => ({
  key: `it_${prefix}_${pad(n)}`, label, group: 'special', field,
});
function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export const industryTradeGroups = [
  { key: 'management', label: '管理类' },
  { key: 'industry', label: '行业类' },
  { key: 'special', label: '专项类' },
] as const;

export const industryTradeItems: readonly Item[] = [
  m(1, '未对承包承租单位统一协调管理或定期检查'),
  m(2, '特种作业人员未经培训取证上岗'),
  m(3, '金属冶炼企业负责人及安管人员未考核合格'),

  ind('metallurgy', 'met', 1, '人员聚集场所设在熔融金属吊运跨地坪区域'),
  ind('metallurgy', 'met', 2, '冶炼铸造区域事故坑、渣坑等存在积水'),
  ind('metallurgy', 'met', 3, '炼钢连铸未设事故钢水罐、溢流槽等'),
  ind('metallurgy', 'met', 4, '炼钢炉水冷元件未设监测报警或未联锁'),
  ind('metallurgy', 'met', 5, '高炉炉顶压力超设计或放散阀未联锁'),
  ind('metallurgy', 'met', 6, '高炉炉缸冷却水温差、热流强度未监测'),
  ind('metallurgy', 'met', 7, '煤气区域未设固定式一氧化碳监测报警'),
  ind('metallurgy', 'met', 8, '煤气设施及进车间管道未设隔断装置'),
  ind('metallurgy', 'met', 9, '煤气排水器封堵压力不足或共用排水器'),
  ind('metallurgy', 'met', 10, '吊运熔融金属起重机不符合冶金起重机要求'),
  ind('metallurgy', 'met', 11, '氧枪等氧气系统未采取防火防爆措施'),

  ind('nonferrous', 'nf', 1, '人员聚集场所设在熔融有色金属吊运跨内'),
  ind('nonferrous', 'nf', 2, '熔炼铸造区域事故坑等存在积水'),
  ind('nonferrous', 'nf', 3, '冶炼炉冷却水系统未设监测报警联锁'),
  ind('nonferrous', 'nf', 4, '深井铸造冷却水未设压力流量监测联锁'),
  ind('nonferrous', 'nf', 5, '深井铸造流槽未设液位监测与快速切断'),
  ind('nonferrous', 'nf', 6, '深井铸造提升装置未设防坠落措施'),
  ind('nonferrous', 'nf', 7, '深井铸造井内积水或未设排水设施'),
  ind('nonferrous', 'nf', 8, '吊运熔融金属起重机不符合要求'),
  ind('nonferrous', 'nf', 9, '煤气或天然气区域未设气体监测报警'),
  ind('nonferrous', 'nf', 10, '湿法冶炼未设硫化氢砷化氢监测与通风'),

  ind('building_materials', 'bm', 1, '水泥预热器清堵未停机、未落实作业方案'),
  ind('building_materials', 'bm', 2, '篦冷机、窑内检修未采取防高温物料措施'),
  ind('building_materials', 'bm', 3, '煤磨收尘器、煤粉仓未设温度和CO监测'),
  ind('building_materials', 'bm', 4, '燃气窑炉未设低压超压报警和紧急切断'),
  ind('building_materials', 'bm', 5, '玻璃窑炉冷却保护系统未设监测报警'),
  ind('building_materials', 'bm', 6, '进入筒型储库作业未采取防坍塌掩埋措施'),
  ind('building_materials', 'bm', 7, '石材加工锯切区域未设防护设施'),
  ind('building_materials', 'bm', 8, '岩棉等熔炉冷却系统未设监测联锁'),

  ind('machinery', 'mc', 1, '熔炼炉冷却水系统未设监测报警'),
  ind('machinery', 'mc', 2, '铸造浇注区域及事故坑存在积水'),
  ind('machinery', 'mc', 3, '燃气加热炉未设报警和紧急切断'),
  ind('machinery', 'mc', 4, '喷涂作业场所未设通风和防爆电气'),
  ind('machinery', 'mc', 5, '使用易燃易爆清洗剂未采取防爆措施'),
  ind('machinery', 'mc', 6, '锂电池生产储存区域未设火灾监测'),

  ind('light_industry', 'li', 1, '食品烘制油炸设备未设防过热切断'),
  ind('light_industry', 'li', 2, '燃气油炸锅未设可燃气体监测报警'),
  ind('light_industry', 'li', 3, '白酒储存勾兑场所未设乙醇浓度监测'),
  ind('light_industry', 'li', 4, '造纸企业直接加热液氯钢瓶汽化'),
  ind('light_industry', 'li', 5, '日用玻璃陶瓷燃气窑炉未设报警切断'),
  ind('light_industry', 'li', 6, '日用玻璃窑炉本体裂缝导致玻璃液泄漏'),
  ind('light_industry', 'li', 7, '蔬菜腌制池作业未落实有限空间管理'),
  ind('light_industry', 'li', 8, '喷涂调漆间未设通风和防爆电气'),

  ind('textile', 'tx', 1, '烧毛、热定型设备未设防火和超温报警'),
  ind('textile', 'tx', 2, '纺织车间可燃纤维粉尘未及时清理'),

  ind('tobacco', 'tb', 1, '熏蒸作业未落实防中毒措施'),
  ind('tobacco', 'tb', 2, '烟草仓储场所未设火灾自动报警'),

  ind('commerce_trade', 'ct', 1, '冷库、仓储场所违规使用易燃保温材料'),

  sp('dust_explosion', 'dust', 1, '粉尘爆炸场所设在非框架多层建筑内'),
  sp('dust_explosion', 'dust', 2, '不同防火分区除尘系统互联互通'),
  sp('dust_explosion', 'dust', 3, '干式除尘系统未采取泄爆惰化抑爆措施'),
  sp('dust_explosion', 'dust', 4, '铝镁等金属粉尘除尘未采取防水防爆措施'),
  sp('dust_explosion', 'dust', 5, '除尘系统采用正压吹送粉尘'),
  sp('dust_explosion', 'dust', 6, '粉碎研磨设备未设防火花和杂物去除'),
  sp('dust_explosion', 'dust', 7, '未按规定清理作业现场积尘'),
  sp('dust_explosion', 'dust', 8, '粉尘爆炸危险区域使用非防爆电气'),

  sp('ammonia_refrigeration', 'nh3', 1, '人员较多场所采用氨直接蒸发制冷'),
  sp('ammonia_refrigeration', 'nh3', 2, '快速冻结装置未设在单独作业间'),
  sp('ammonia_refrigeration', 'nh3', 3, '氨泄漏监测报警未与事故排风联锁'),

  sp('confined_space', 'cs', 1, '未辨识有限空间并设置安全警示标识'),
  sp('confined_space', 'cs', 2, '有限空间作业未审批、未先通风再检测'),
];
