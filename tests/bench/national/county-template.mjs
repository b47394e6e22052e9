// A county's campaign template: the Shapingba template file with the county as its
// organisation. The indicator system is untouched, so every county's campaign is a snapshot of
// the one stored template (its checksum covers the indicator system alone); departments and
// groups keep the template's names (each county has its own rows: names are per organisation).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { root } from '../bench-harness.mjs';
import { PROVINCES } from './provinces.mjs';
import { pick, seededRandom } from './seeded-random.mjs';

export const SHAPINGBA_CODE = '500106';
export const TEMPLATE_PATH = join(root, 'libs/campaign-setup/templates/shapingba-2021-2025.yaml');

const FIRST = '青白东西南北安宁平和永兴长乐富康新丰仁义德清江河山川云石桃李松柏金玉华阳明光泰昌龙凤鹤鹿嘉禾广顺定远崇文';
const SECOND = '山水林川河溪源泉州城阳宁安平丰远江湖岭峰口坝台桥川坪田塘原';

/**
 * The counties of the set: Shapingba (the real template, seeded by the product) plus generated
 * ones, allotted to provinces by their share (provinces.mjs) and named reproducibly from `seed`.
 * Codes are province code + 4 digits (6 characters, like a GB/T 2260 county code).
 */
export function planCounties(total, seed) {
  const random = seededRandom(seed);
  const all = PROVINCES.reduce((sum, province) => sum + province.counties, 0);
  const counties = [];
  const used = new Set();
  let remaining = total;
  PROVINCES.forEach((province, index) => {
    // Scaled to the requested total; the last province takes what rounding left.
    const share = index === PROVINCES.length - 1 ? remaining : Math.min(remaining, Math.round((province.counties * total) / all));
    remaining -= share;
    for (let n = 0; n < share; n++) {
      if (province.code === '50' && n === 0) {
        counties.push({
          code: SHAPINGBA_CODE,
          name: '重庆市沙坪坝区',
          shortName: '沙坪坝区',
          province,
          shapingba: true,
        });
        continue;
      }
      let shortName;
      do shortName = `${pick(random, FIRST)}${pick(random, SECOND)}${pick(random, ['县', '县', '区', '市'])}`;
      while (used.has(`${province.code}${shortName}`));
      used.add(`${province.code}${shortName}`);
      counties.push({
        code: `${province.code}${String(9001 + n).padStart(4, '0')}`,
        name: `${province.name}${shortName}`,
        shortName,
        province,
        shapingba: false,
      });
    }
  });
  // Shapingba is always in the set (the bench's demo accounts live there), first.
  if (!counties.some((county) => county.shapingba))
    counties[counties.length - 1] = {
      code: SHAPINGBA_CODE,
      name: '重庆市沙坪坝区',
      shortName: '沙坪坝区',
      province: PROVINCES.find((p) => p.code === '50'),
      shapingba: true,
    };
  return counties.sort((a, b) => Number(b.shapingba) - Number(a.shapingba));
}

let templateSource = null;

/** The template file with `county` as its organisation (the campaign's name follows). */
export function countyTemplate(county) {
  templateSource ??= readFileSync(TEMPLATE_PATH, 'utf8');
  const document = parseDocument(templateSource);
  document.setIn(['organisation', 'code'], county.code);
  document.setIn(['organisation', 'name'], county.name);
  document.setIn(['organisation', 'shortName'], county.shortName);
  document.setIn(['campaign', 'name'], `${county.shortName}创建2021—2025年度全国科普示范县（市、区）`);
  return document.toString();
}
