import { describe, expect, it } from 'vitest';
import {
  activityTypes, campaignPhases, entries, hazardCategories, industries, industryTradeItems, isOverdue, keys, label,
  reportRows, riskColor, riskLevels, sectors, siteTypes, subsectors, type TaxonomyKind,
} from '../../src/domain/taxonomy.ts';

const KINDS: TaxonomyKind[] = [
  'sector', 'subsector', 'department', 'industry', 'focus_field', 'report_row', 'criteria', 'hazard_category',
  'industry_trade_group', 'source', 'status', 'supervision_level', 'risk_level', 'site_type', 'tourism_facility',
  'enforcement_type', 'activity_type', 'accident_level', 'risk_type', 'measure_type', 'duty_role', 'inspector',
  'finding', 'object_type', 'enterprise_size', 'org_level', 'phase',
];

describe('taxonomy', () => {
  it.each(KINDS)('%s: keys unique, snake_case, labels non-empty', (kind) => {
    const list = entries(kind);
    expect(list.length).toBeGreaterThan(0);
    const ks = list.map((e) => e.key);
    expect(new Set(ks).size).toBe(ks.length);
    for (const e of list) {
      expect(e.key).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(e.label.trim().length).toBeGreaterThan(0);
    }
  });

  it('has at least 64 industry & trade items in three groups', () => {
    expect(industryTradeItems.length).toBeGreaterThanOrEqual(64);
    const groups = new Set(industryTradeItems.map((i) => i.group));
    expect([...groups].sort()).toEqual(['industry', 'management', 'special']);
    const industryKeys = new Set(keys('industry'));
    const focusKeys = new Set(keys('focus_field'));
    for (const i of industryTradeItems) {
      if (i.group === 'industry') expect(industryKeys.has(i.field!)).toBe(true);
      if (i.group === 'special') expect(focusKeys.has(i.field!)).toBe(true);
    }
    expect(industries).toHaveLength(8);
  });

  it('covers the main criteria of the other sectors', () => {
    const criteria = new Set(hazardCategories.map((c) => c.criteria));
    for (const k of ['coal_2020', 'metal_nonmetal_2022', 'chemicals', 'fire', 'construction_2022', 'road_transport', 'gas']) {
      expect(criteria.has(k)).toBe(true);
    }
  });

  it('references only known keys', () => {
    const sectorKeys = new Set(keys('sector'));
    const departmentKeys = new Set(keys('department'));
    for (const s of sectors) expect(departmentKeys.has(s.department)).toBe(true);
    for (const s of subsectors) expect(sectorKeys.has(s.sector)).toBe(true);
    for (const t of siteTypes) expect(sectorKeys.has(t.sector)).toBe(true);
    const subKeys = new Set(keys('subsector'));
    for (const r of reportRows) {
      if ('sectors' in r) for (const s of r.sectors) expect(sectorKeys.has(s)).toBe(true);
      if ('subsectors' in r) for (const s of r.subsectors) expect(subKeys.has(s)).toBe(true);
    }
    for (const c of entries('criteria')) {
      for (const s of (c as unknown as { sectors: string[] }).sectors) expect(sectorKeys.has(s)).toBe(true);
    }
    expect(sectors.length).toBeGreaterThanOrEqual(24);
  });

  it('has the four risk colours, most severe red', () => {
    expect(riskLevels.map((r) => r.key)).toEqual(['major', 'larger', 'general', 'low']);
    for (const r of riskLevels) expect(r.color).toMatch(/^#[0-9A-F]{6}$/);
    expect(riskColor('major')).toBe('#E53935');
  });

  it('lists exactly the activity types of the design', () => {
    expect(activityTypes.map((a) => a.key)).toEqual([
      'study', 'special_meeting', 'onsite_supervision', 'briefing', 'whistle_reward', 'media_column', 'inspectors',
      'assessment', 'assistance_region', 'assistance_enterprise', 'case_published', 'accountability', 'region_summons',
    ]);
  });

  it('has ordered campaign phases', () => {
    for (const p of campaignPhases) expect(p.start <= p.end).toBe(true);
    expect(campaignPhases.find((p) => p.key === 'self_check')).toMatchObject({ start: '2023-05-26', end: '2023-06-30' });
    expect(campaignPhases.find((p) => p.key === 'followup')).toMatchObject({ start: '2023-11-17', end: '2024-03-05' });
  });

  it('labels keys and falls back to the key', () => {
    expect(label('sector', 'coal_mine')).toBe('煤矿');
    expect(label('status', 'verified')).toBe('已销号');
    expect(label('source', 'self_check')).toBe('企业自查');
    expect(label('supervision_level', 'county')).toBe('县级挂牌督办');
    expect(label('sector', 'unknown_key')).toBe('unknown_key');
    expect(label('sector', null)).toBe('');
  });

  it('derives overdue from deadline and rectification', () => {
    expect(isOverdue('2023-08-01', null, '2023-09-15')).toBe(true);
    expect(isOverdue('2023-08-01', '2023-09-20', '2023-09-15')).toBe(true);
    expect(isOverdue('2023-08-01', '2023-07-20', '2023-09-15')).toBe(false);
    expect(isOverdue('2023-10-01', null, '2023-09-15')).toBe(false);
  });
});
