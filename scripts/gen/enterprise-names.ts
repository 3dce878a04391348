// SQL for enterprise names and main products by sector and industry. `e` is the enterprise row with
// id, sector, subsector, industry, county_short, town_short.
import { brandsLit } from './names.ts';
import { listLit } from './sql.ts';

const b = `pick(e.id, 'brand', ${brandsLit})`;
const w = (xs: string[]) => `pick(e.id, 'word', ${listLit(xs)})`;
const at = `CASE WHEN u(e.id, 'place') < 0.5 THEN e.county_short ELSE e.town_short END`;

const industryName: Record<string, string> = {
  metallurgy: `${at} || ${b} || ${w(['钢铁有限公司', '铸造有限公司', '特钢有限公司', '冶金有限公司'])}`,
  nonferrous: `${at} || ${b} || ${w(['有色金属有限公司', '铝业有限公司', '锌业有限公司', '硅业有限公司', '铜业有限公司'])}`,
  building_materials: `${at} || ${b} || ${w(['水泥有限公司', '建材有限公司', '商砼有限公司', '陶瓷有限公司', '石材有限公司'])}`,
  machinery: `${at} || ${b} || ${w(['机械制造有限公司', '汽车配件有限公司', '电器有限公司', '新能源科技有限公司', '五金制品有限公司'])}`,
  light_industry: `${at} || ${b} || ${w(['食品有限公司', '酒业有限公司', '纸业有限公司', '木业有限公司', '饲料有限公司', '调味品有限公司'])}`,
  textile: `${at} || ${b} || ${w(['纺织有限公司', '服饰有限公司', '印染有限公司', '棉业有限公司'])}`,
  tobacco: `e.county_short || ${w(['卷烟配套材料有限公司', '烟叶复烤有限公司', '烟草物流中心'])}`,
  commerce_trade: `${at} || ${b} || ${w(['冷链物流有限公司', '仓储有限公司', '商贸有限公司'])}`,
};

const constructionName: Record<string, string> = {
  building_municipal: `${at} || ${b} || ${w(['花园', '国际', '广场', '新城', '华府', '御景'])} || ${w(['一期', '二期', '三期'])} || '项目'`,
  highway: `e.county_short || ${b} || '公路改扩建工程'`,
  railway: `${b} || '铁路' || e.town_short || '段工程'`,
  water: `e.town_short || ${b} || '水库除险加固工程'`,
  power: `e.county_short || ${w(['110千伏', '220千伏', '35千伏'])} || ${b} || '输变电工程'`,
};

const sectorName: Record<string, string> = {
  coal_mine: `e.county_short || ${b} || ${w(['煤业有限公司', '煤矿', '矿业有限公司'])}`,
  non_coal_mine: `e.town_short || ${b} || ${w(['矿业有限公司', '石料厂', '采石场', '铁矿', '铅锌矿', '石膏矿'])}`,
  illegal_mining: `e.town_short || ${w(['河道', '山场', '废弃矿井'])} || '非法采挖点' || lpad((1 + ui(e.id, 'n', 40))::VARCHAR, 2, '0')`,
  hazardous_chemicals: `${at} || ${b} || ${w(['化工有限公司', '加油站', '危险化学品经营部', '化学工业有限公司', '气体有限公司'])}`,
  road_transport: `e.county_short || ${b} || ${w(['运输有限公司', '客运有限公司', '危险货物运输有限公司', '物流运输有限公司', '公交有限公司'])}`,
  fire_safety: `${at} || ${b} || ${w(['酒店', '宾馆', '商场', '超市', 'KTV', '网吧', '养老院', '农贸市场', '餐饮店', '购物广场'])}`,
  self_built_housing: `e.town_short || ${b} || ${w(['宾馆', '餐馆', '出租屋', '棋牌室'])} || '（经营性自建房）'`,
  urban_gas: `${at} || ${b} || ${w(['燃气有限公司', '液化气站', '加气站', '燃气供应站'])}`,
  tourism: `e.town_short || ${b} || ${w(['景区', '旅游开发有限公司', '民宿', '漂流', '游乐园'])}`,
  waterway_fishing: `${at} || ${b} || ${w(['航运有限公司', '渡口', '渔业专业合作社', '船舶运输有限公司'])}`,
  civil_explosives: `e.county_short || ${b} || ${w(['民爆器材有限公司', '爆破工程有限公司'])}`,
  schools: `e.town_short || ${w(['中心小学', '中学', '中心幼儿园', '职业技术学校', '第一小学'])}`,
  special_equipment: `${at} || ${b} || ${w(['物业服务有限公司', '热力有限公司', '游乐设施有限公司', '起重设备租赁有限公司'])}`,
  water_conservancy: `e.town_short || ${b} || ${w(['水库管理所', '灌区管理站', '供水站'])}`,
  hydropower: `e.town_short || ${b} || '水电站'`,
  flood_control: `e.town_short || ${w(['堤防管理所', '排涝泵站', '防洪工程管理站'])}`,
  electric_power: `${at} || ${b} || ${w(['供电所', '光伏电站', '风电场', '热电有限公司'])}`,
  commerce_logistics: `${at} || ${b} || ${w(['物流有限公司', '仓储中心', '商贸有限公司', '超市', '批发市场'])}`,
  slaughter_biogas: `${at} || ${b} || ${w(['屠宰场', '肉类加工有限公司', '沼气站'])}`,
  hospitals: `CASE WHEN u(e.id, 'hosp') < 0.4 THEN e.town_short || '卫生院'
    ELSE e.county_short || ${w(['人民医院', '中医医院', '妇幼保健院', '第二人民医院'])} END`,
  laboratories: `${at} || ${b} || ${w(['检测有限公司实验室', '研究院实验室', '质检中心实验室'])}`,
  industrial_parks: `e.county_short || ${w(['工业园区', '经济开发区', '产业园', '物流园区'])}`,
  other: `${at} || ${b} || ${w(['实业有限公司', '有限公司', '科技有限公司'])}`,
};

export function enterpriseNameSql(): string {
  const it = Object.entries(industryName).map(([k, v]) => `WHEN '${k}' THEN ${v}`).join(' ');
  const cons = Object.entries(constructionName).map(([k, v]) => `WHEN '${k}' THEN ${v}`).join(' ');
  const rest = Object.entries(sectorName).map(([k, v]) => `WHEN '${k}' THEN ${v}`).join(' ');
  return `(CASE e.sector
    WHEN 'industry_trade' THEN (CASE e.industry ${it} END)
    WHEN 'construction' THEN (CASE e.subsector ${cons} END)
    ${rest} ELSE ${b} || '有限公司' END)`;
}

const products: Record<string, string[]> = {
  coal_mine: ['原煤', '洗精煤', '焦煤'],
  non_coal_mine: ['建筑石料', '铁矿石', '铅锌矿石', '石灰石', '磷矿石'],
  hazardous_chemicals: ['硫酸', '甲醇', '液氨', '成品油', '化肥', '氯碱', '工业气体'],
  metallurgy: ['钢坯', '螺纹钢', '铸件', '铁合金'],
  nonferrous: ['电解锌', '铝锭', '工业硅', '阴极铜', '铝型材'],
  building_materials: ['水泥熟料', '商品混凝土', '陶瓷砖', '石材'],
  machinery: ['汽车零部件', '电机', '锂电池', '光伏组件', '五金件'],
  light_industry: ['白酒', '面粉', '纸制品', '家具', '腌制蔬菜', '冷冻食品'],
  textile: ['棉纱', '服装', '印染布'],
  tobacco: ['卷烟材料', '复烤烟叶'],
  commerce_trade: ['冷链仓储', '日用百货'],
};

export function mainProductSql(): string {
  const arm = (k: string, xs: string[]) => `WHEN '${k}' THEN pick(e.id, 'prod', ${listLit(xs)})`;
  const byIndustry = ['metallurgy', 'nonferrous', 'building_materials', 'machinery', 'light_industry', 'textile',
    'tobacco', 'commerce_trade'].map((k) => arm(k, products[k]!)).join(' ');
  const bySector = ['coal_mine', 'non_coal_mine', 'hazardous_chemicals'].map((k) => arm(k, products[k]!)).join(' ');
  return `(CASE WHEN e.sector = 'industry_trade' THEN (CASE e.industry ${byIndustry} END)
    ELSE (CASE e.sector ${bySector} ELSE NULL END) END)`;
}
