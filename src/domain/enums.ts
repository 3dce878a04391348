// Small enumerations of the campaign data contract: stable English keys, Chinese labels.
// Browser-safe: no Node imports.

export const hazardSources = [
  { key: 'self_check', label: '企业自查' },
  { key: 'department', label: '部门检查' },
  { key: 'supervision', label: '督导检查' },
  { key: 'report', label: '群众举报' },
] as const;

/** Hazard status at the data snapshot. "Overdue" is derived: past deadline and not rectified. */
export const hazardStatuses = [
  { key: 'open', label: '未整改' },
  { key: 'rectifying', label: '整改中' },
  { key: 'rectified', label: '已整改' },
  { key: 'verified', label: '已销号' },
] as const;

export const supervisionLevels = [
  { key: 'province', label: '省级挂牌督办' },
  { key: 'city', label: '市级挂牌督办' },
  { key: 'county', label: '县级挂牌督办' },
] as const;

/** The four colours of the risk map (四色图), most severe first. */
export const riskLevels = [
  { key: 'major', label: '重大风险', short: '重大', color: '#E53935' },
  { key: 'larger', label: '较大风险', short: '较大', color: '#FB8C00' },
  { key: 'general', label: '一般风险', short: '一般', color: '#FDD835' },
  { key: 'low', label: '低风险', short: '低', color: '#1E88E5' },
] as const;

export const siteTypes = [
  { key: 'single_pier_bridge', label: '独柱墩桥梁', geometry: 'point', sector: 'highway_facilities' },
  { key: 'waterside_cliff_road', label: '临水临崖路段', geometry: 'line', sector: 'road_transport' },
  { key: 'steep_downgrade', label: '连续长陡下坡路段', geometry: 'line', sector: 'road_transport' },
  { key: 'tailings_dam', label: '尾矿库', geometry: 'point', sector: 'non_coal_mine' },
  { key: 'high_slope', label: '高陡边坡/排土场', geometry: 'point', sector: 'non_coal_mine' },
  { key: 'tourism_facility', label: '旅游设施', geometry: 'point', sector: 'tourism' },
] as const;

export const tourismFacilityKinds = [
  { key: 'glass_walkway', label: '玻璃栈道' },
  { key: 'suspension_bridge', label: '网红吊桥' },
  { key: 'slide', label: '滑道' },
  { key: 'ropeway', label: '索道' },
  { key: 'rafting', label: '漂流/皮划艇' },
  { key: 'thrill_ride', label: '高空游乐项目' },
] as const;

export const enforcementTypes = [
  { key: 'penalty', label: '行政处罚' },
  { key: 'dual_penalty', label: '一案双罚' },
  { key: 'suspension', label: '责令停产整顿' },
  { key: 'licence', label: '暂扣吊销证照' },
  { key: 'closure', label: '关闭取缔' },
  { key: 'judicial_transfer', label: '移送司法机关' },
  { key: 'summons', label: '约谈' },
  { key: 'exposure', label: '曝光' },
  { key: 'joint_punishment', label: '联合惩戒' },
] as const;

export const activityTypes = [
  { key: 'study', label: '专题学习' },
  { key: 'special_meeting', label: '主要负责同志专题研究' },
  { key: 'onsite_supervision', label: '现场督导检查' },
  { key: 'briefing', label: '到企业宣讲' },
  { key: 'whistle_reward', label: '举报奖励' },
  { key: 'media_column', label: '主流媒体专题栏目' },
  { key: 'inspectors', label: '配备专兼职技术检查员' },
  { key: 'assessment', label: '考核巡查督导检查' },
  { key: 'assistance_region', label: '帮扶指导重点市县' },
  { key: 'assistance_enterprise', label: '帮扶指导重点企业' },
  { key: 'case_published', label: '公布典型执法案例' },
  { key: 'accountability', label: '责任倒查追责问责' },
  { key: 'region_summons', label: '约谈通报地区及部门' },
] as const;

export const accidentLevels = [
  { key: 'general', label: '一般事故' },
  { key: 'larger', label: '较大事故' },
  { key: 'major', label: '重大事故' },
  { key: 'especially_major', label: '特别重大事故' },
] as const;

export const riskTypes = [
  { key: 'fire', label: '火灾' },
  { key: 'explosion', label: '爆炸' },
  { key: 'poisoning', label: '中毒窒息' },
  { key: 'collapse', label: '坍塌' },
  { key: 'flooding', label: '透水淹溺' },
  { key: 'dam_failure', label: '溃坝' },
  { key: 'traffic', label: '交通事故' },
  { key: 'fall', label: '高处坠落' },
  { key: 'lifting', label: '起重伤害' },
  { key: 'molten_metal', label: '熔融金属灼烫' },
  { key: 'gas_outburst', label: '瓦斯突出' },
  { key: 'roof_fall', label: '冒顶片帮' },
  { key: 'landslide', label: '滑坡' },
  { key: 'electrocution', label: '触电' },
  { key: 'mechanical', label: '机械伤害' },
  { key: 'leakage', label: '泄漏' },
] as const;

export const measureTypes = [
  { key: 'engineering', label: '工程措施' },
  { key: 'technical', label: '技术措施' },
  { key: 'management', label: '管理措施' },
  { key: 'training', label: '培训教育' },
  { key: 'emergency', label: '应急处置' },
] as const;

export const dutyRoles = [
  { key: 'enterprise', label: '企业主体责任' },
  { key: 'department', label: '部门监管责任' },
  { key: 'local_government', label: '属地领导责任' },
] as const;

export const inspectorTypes = [
  { key: 'department', label: '部门检查' },
  { key: 'supervision', label: '督导检查' },
  { key: 'expert', label: '专家检查' },
] as const;

/** The seven findings of the spot check of enterprise self-checks (progress table, 001附件3-1 / 002附件1). */
export const spotCheckFindings = [
  { key: 'no_principal_study', label: '主要负责人未按要求亲自研究排查整治工作' },
  { key: 'no_principal_inspection', label: '主要负责人未带队检查' },
  { key: 'no_duty_list', label: '未制定分管负责人职责清单' },
  { key: 'no_safety_staff', label: '未依法建立安全管理机构和配足安全管理人员' },
  { key: 'unlicensed_special_workers', label: '电焊等特种作业岗位人员无证上岗作业' },
  { key: 'outsourcing_disorder', label: '外包外租安全管理混乱' },
  { key: 'no_drill', label: '未按规定开展应急演练、员工不熟悉逃生出口' },
] as const;

export const riskObjectTypes = [
  { key: 'enterprise', label: '企业' },
  { key: 'site', label: '重点场所设施' },
] as const;

export const enterpriseSizes = [
  { key: 'large', label: '大型' },
  { key: 'medium', label: '中型' },
  { key: 'small', label: '小型' },
  { key: 'micro', label: '微型' },
] as const;

export const orgLevels = [
  { key: 'province', label: '省级' },
  { key: 'city', label: '市级' },
  { key: 'county', label: '县级' },
  { key: 'town', label: '乡镇级' },
] as const;

/** Categories of emergency resources (应急资源, `emergency_resources.category`); `kind` is the resource kind. */
export const resourceCategories = [
  { key: 'fire_rescue', label: '消防救援站', kind: 'team' },
  { key: 'mine_rescue', label: '矿山救护队', kind: 'team' },
  { key: 'hazchem_rescue', label: '危化救援队', kind: 'team' },
  { key: 'professional', label: '专业救援队', kind: 'team' },
  { key: 'enterprise', label: '企业专职救援队', kind: 'team' },
  { key: 'provincial', label: '省级物资储备库', kind: 'depot' },
  { key: 'municipal', label: '市级物资储备库', kind: 'depot' },
  { key: 'county', label: '县级物资储备库', kind: 'depot' },
] as const;
