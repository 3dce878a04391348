// Main hazard categories of the other sectors' criteria and key check items. Short paraphrased labels.

export interface SectorCategory {
  readonly key: string;
  readonly label: string;
  readonly criteria: string;
  /** Sub-group inside a criteria document (e.g. underground / open_pit / tailings), or 'general'. */
  readonly group: string;
}

export const criteriaDocuments = [
  { key: 'industry_trade_2023', label: '工贸企业重大事故隐患判定标准（2023）', sectors: ['industry_trade'] },
  { key: 'coal_2020', label: '煤矿重大事故隐患判定标准', sectors: ['coal_mine'] },
  { key: 'metal_nonmetal_2022', label: '金属非金属矿山重大事故隐患判定标准', sectors: ['non_coal_mine', 'illegal_mining'] },
  { key: 'chemicals', label: '化工和危险化学品生产经营单位重大生产安全事故隐患判定标准', sectors: ['hazardous_chemicals'] },
  { key: 'fire', label: '重大火灾隐患判定规则', sectors: ['fire_safety', 'schools', 'hospitals', 'commerce_logistics'] },
  { key: 'construction_2022', label: '房屋市政工程生产安全重大事故隐患判定标准', sectors: ['construction'] },
  { key: 'road_transport', label: '道路运输重大事故隐患重点整治事项', sectors: ['road_transport', 'highway_facilities'] },
  { key: 'gas', label: '城镇燃气经营安全重大隐患判定标准', sectors: ['urban_gas'] },
  { key: 'civil_explosives', label: '民用爆炸物品行业重大事故隐患判定标准', sectors: ['civil_explosives'] },
  { key: 'special_equipment', label: '特种设备重大事故隐患重点检查事项', sectors: ['special_equipment'] },
  { key: 'tourism', label: '旅游行业重大隐患重点检查事项', sectors: ['tourism'] },
  { key: 'self_built_housing', label: '自建房安全隐患重点整治事项', sectors: ['self_built_housing'] },
  { key: 'waterway', label: '水上交通和渔业船舶重点整治事项', sectors: ['waterway_fishing'] },
  { key: 'water_power', label: '水利电力重大隐患重点检查事项', sectors: ['water_conservancy', 'hydropower', 'flood_control', 'electric_power'] },
  { key: 'general', label: '其他行业领域重点检查事项', sectors: ['slaughter_biogas', 'laboratories', 'industrial_parks', 'other'] },
] as const;

const c = (criteria: string, group: string, key: string, label: string): SectorCategory => ({ key, label, criteria, group });
const coal = (n: string, l: string) => c('coal_2020', 'general', `coal_${n}`, l);
const mine = (g: string, n: string, l: string) => c('metal_nonmetal_2022', g, `mine_${n}`, l);
const chem = (n: string, l: string) => c('chemicals', 'general', `chem_${n}`, l);
const fire = (n: string, l: string) => c('fire', 'general', `fire_${n}`, l);
const cons = (n: string, l: string) => c('construction_2022', 'general', `cons_${n}`, l);
const road = (g: string, n: string, l: string) => c('road_transport', g, `road_${n}`, l);
const gas = (n: string, l: string) => c('gas', 'general', `gas_${n}`, l);
const misc = (criteria: string, n: string, l: string) => c(criteria, 'general', `${criteria}_${n}`, l);

export const sectorCategories: readonly SectorCategory[] = [
  coal('overcapacity', '超能力、超强度、超定员组织生产'),
  coal('gas_overlimit', '瓦斯超限作业'),
  coal('outburst', '突出矿井未依法认定或未采取防突措施'),
  coal('gas_drainage', '未按规定建立瓦斯抽采系统'),
  coal('ventilation', '通风系统不完善、不可靠'),
  coal('water', '有严重水患未采取有效措施'),
  coal('overstep', '超层越界开采'),
  coal('rockburst', '有冲击地压危险未采取有效措施'),
  coal('spontaneous_fire', '自然发火严重未采取有效措施'),
  coal('banned_equipment', '使用明令禁止的设备、工艺'),
  coal('dual_power', '没有双回路供电系统'),
  coal('construction_production', '建设期间违规组织生产'),
  coal('subcontract', '整体承包后未重新取证或违法转包分包'),
  coal('restructure', '改制期间未明确安全生产责任人'),
  coal('other', '图纸不符、隐蔽致灾因素普查不到位等'),

  mine('underground', 'exits', '地下矿山安全出口不符合要求'),
  mine('underground', 'hoisting', '提升系统安全保护装置缺失或失效'),
  mine('underground', 'ventilation', '井下通风系统不完善或风量不足'),
  mine('underground', 'water', '防治水措施不落实'),
  mine('underground', 'goaf', '采空区未按设计处理或与采区重叠'),
  mine('underground', 'drawings', '现状与图纸不符'),
  mine('open_pit', 'benching', '未自上而下分台阶或分层开采'),
  mine('open_pit', 'slope_angle', '工作帮坡角大于设计值'),
  mine('open_pit', 'stability', '边坡、排土场稳定性未评估'),
  mine('open_pit', 'monitoring', '200米及以上边坡或排土场未在线监测'),
  mine('open_pit', 'sliding', '边坡存在滑移现象'),
  mine('tailings', 'tailings_dam', '尾矿库坝体出现贯穿性裂缝、管涌等'),
  mine('tailings', 'tailings_flood', '尾矿库排洪设施排洪能力不足'),
  mine('tailings', 'tailings_freeboard', '尾矿库安全超高或干滩长度不足'),
  mine('tailings', 'tailings_monitoring', '尾矿库在线监测系统缺失或失效'),
  mine('general', 'banned_equipment', '使用国家明令禁止的设备材料工艺'),

  chem('certification', '主要负责人和安管人员未考核合格'),
  chem('special_workers', '特种作业人员未持证上岗'),
  chem('distance', '外部安全防护距离不足'),
  chem('automation', '重点监管工艺未实现自动化控制和紧急停车'),
  chem('cutoff', '重大危险源罐区未实现紧急切断'),
  chem('sis', '未配备独立的安全仪表系统'),
  chem('water_injection', '全压力式液化烃储罐未设注水措施'),
  chem('loading_arm', '未使用万向管道充装系统'),
  chem('control_room', '控制室面向火灾爆炸危险装置一侧不满足要求'),
  chem('power_line', '架空电力线路违规穿越生产区'),
  chem('design_diagnosis', '在役装置未进行安全设计诊断'),
  chem('obsolete', '使用淘汰落后工艺设备'),
  chem('gas_detection', '可燃有毒气体泄漏场所未设检测报警'),
  chem('new_process', '新开发工艺未经小试中试即工业化'),
  chem('operating_rules', '未制定操作规程和工艺控制指标'),
  chem('special_work', '动火等特殊作业管理制度不落实'),
  chem('storage', '危险化学品未分区分类储存'),

  fire('exits', '封闭堵塞安全出口、疏散通道'),
  fire('fire_lane', '占用堵塞消防车通道'),
  fire('facilities', '擅自停用消防设施或设施损坏'),
  fire('materials', '使用易燃可燃夹芯彩钢板或装修材料'),
  fire('fire_use', '违规用火用电'),
  fire('separation', '防火分隔不符合要求'),
  fire('three_in_one', '生产储存经营与住宿合用（"三合一"）'),
  fire('hazardous_goods', '违规储存使用易燃易爆危险品'),
  fire('auto_system', '未按规定设置自动消防设施'),

  cons('qualification', '无资质或超资质承揽工程'),
  cons('licence', '未取得安全生产许可证擅自施工'),
  cons('staff', '项目负责人、专职安全员未在岗履职'),
  cons('special_plan', '危大工程未编制专项施工方案或未论证'),
  cons('excavation', '基坑工程支护及监测不符合要求'),
  cons('formwork', '模板工程及支撑体系不符合要求'),
  cons('crane', '起重机械未经检测或安全装置失效'),
  cons('gondola', '高处作业吊篮不符合要求'),
  cons('scaffold', '脚手架工程不符合要求'),
  cons('temp_power', '施工临时用电不符合要求'),
  cons('special_workers', '特种作业人员无证上岗'),
  cons('subcontract', '层层转包、违法分包'),

  road('enterprise', 'vehicle', '营运车辆未按期检验或达到报废标准'),
  road('enterprise', 'driver', '驾驶员无从业资格或超时驾驶'),
  road('enterprise', 'monitoring', '动态监控不落实'),
  road('enterprise', 'modification', '危货车辆非法改装'),
  road('enterprise', 'overload', '"百吨王"、"大吨小标"超限超载'),
  road('enterprise', 'affiliation', '"两客一危"车辆挂靠经营'),
  road('enterprise', 'rural', '农村面包车超员、农用车违法载人'),
  road('facility', 'single_pier', '独柱墩桥梁未经评估加固提升'),
  road('facility', 'cliff_guard', '临水临崖路段无安全防护设施'),
  road('facility', 'steep_downgrade', '连续长陡下坡路段事故易发多发'),
  road('facility', 'road_market', '马路市场占道经营'),

  gas('licence', '燃气经营者无证经营或超范围经营'),
  gas('spacing', '场站设施安全间距不符合要求'),
  gas('occupation', '高中压管道被占压'),
  gas('aging', '老化燃气管道带病运行'),
  gas('closed_space', '燃气管网穿越密闭空间'),
  gas('cylinder_room', '气瓶间违规设置'),
  gas('alarm', '非居民用户未安装可燃气体报警和紧急切断'),
  gas('illegal_filling', '瓶装液化气非法充装'),
  gas('appliances', '燃气灶具不符合强制性标准'),

  misc('civil_explosives', 'licence', '证照未依法取得或超过有效期'),
  misc('civil_explosives', 'overcapacity', '超许可数量、超定员、超量储存'),
  misc('civil_explosives', 'mixed_storage', '混存混放或违规操作'),
  misc('civil_explosives', 'distance', '内外部安全距离不足'),
  misc('civil_explosives', 'protection', '危险工房防爆防雷设施缺失'),

  misc('special_equipment', 'uninspected', '特种设备未经检验或检验不合格使用'),
  misc('special_equipment', 'safety_device', '安全附件、安全保护装置失效'),
  misc('special_equipment', 'operators', '作业人员无证上岗'),
  misc('special_equipment', 'scrapped', '使用达到报废条件的特种设备'),

  misc('tourism', 'oversight', '滑道、玻璃栈道等高风险项目监管不到位'),
  misc('tourism', 'overload', '设备设施超负荷运转或超最大承载量'),
  misc('tourism', 'maintenance', '日常维护保养不到位、带病运行'),
  misc('tourism', 'belt', '使用"三点式"安全带'),
  misc('tourism', 'private_spot', '私设"景点"'),

  misc('self_built_housing', 'foundation', '地基基础失稳'),
  misc('self_built_housing', 'structure', '主体结构严重受损'),
  misc('self_built_housing', 'alteration', '违规改造、私自加层、擅自拆改主体结构'),
  misc('self_built_housing', 'steel_panels', '使用易燃可燃夹芯彩钢板私搭乱建'),

  misc('waterway', 'technical', '运营船舶不满足安全技术条件'),
  misc('waterway', 'certificates', '证书不全或配员不足'),
  misc('waterway', 'overload', '超载、超航区航行'),
  misc('waterway', 'unmanaged', '长期脱管脱检'),
  misc('waterway', 'illegal', '非法码头、非法载客、非法捕捞'),

  misc('water_power', 'dam_safety', '大坝未按期安全鉴定或病险未处理'),
  misc('water_power', 'spillway', '泄洪设施不能正常运行'),
  misc('water_power', 'flood_plan', '防汛预案和度汛措施不落实'),
  misc('water_power', 'power_protection', '电力设施安全防护不到位'),

  misc('general', 'responsibility', '安全生产责任制不落实'),
  misc('general', 'hazardous_work', '动火、有限空间等危险作业管理不到位'),
  misc('general', 'emergency', '应急预案和演练不落实'),
  misc('general', 'equipment', '设备设施带病运行'),
];
