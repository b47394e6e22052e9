import { Migration } from '@mikro-orm/migrations';

/**
 * The 31 province-level units (省、自治区、直辖市) under the national root, by GB/T 2260 code.
 * Source: 国家统计局《统计用区划代码和城乡划分代码》as compiled in GitHub
 * modood/Administrative-divisions-of-China, dist/provinces.csv (stored version at commit
 * a9f6e38446d29663997bf46d912c000bcd0b2dcb); short names are the usual 简称 without 省/市/自治区.
 * Data of a migration is frozen on purpose: later changes of the tree are made through the API.
 */
const PROVINCES: ReadonlyArray<readonly [code: string, name: string, shortName: string]> = [
  ['110000', '北京市', '北京'],
  ['120000', '天津市', '天津'],
  ['130000', '河北省', '河北'],
  ['140000', '山西省', '山西'],
  ['150000', '内蒙古自治区', '内蒙古'],
  ['210000', '辽宁省', '辽宁'],
  ['220000', '吉林省', '吉林'],
  ['230000', '黑龙江省', '黑龙江'],
  ['310000', '上海市', '上海'],
  ['320000', '江苏省', '江苏'],
  ['330000', '浙江省', '浙江'],
  ['340000', '安徽省', '安徽'],
  ['350000', '福建省', '福建'],
  ['360000', '江西省', '江西'],
  ['370000', '山东省', '山东'],
  ['410000', '河南省', '河南'],
  ['420000', '湖北省', '湖北'],
  ['430000', '湖南省', '湖南'],
  ['440000', '广东省', '广东'],
  ['450000', '广西壮族自治区', '广西'],
  ['460000', '海南省', '海南'],
  ['500000', '重庆市', '重庆'],
  ['510000', '四川省', '四川'],
  ['520000', '贵州省', '贵州'],
  ['530000', '云南省', '云南'],
  ['540000', '西藏自治区', '西藏'],
  ['610000', '陕西省', '陕西'],
  ['620000', '甘肃省', '甘肃'],
  ['630000', '青海省', '青海'],
  ['640000', '宁夏回族自治区', '宁夏'],
  ['650000', '新疆维吾尔自治区', '新疆'],
];

const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'logout',
  'password_change',
  'transition',
  'evidence_upload',
  'evidence_replace',
  'evidence_delete',
  'evidence_restore',
  'score',
  'indicator_import',
  'campaign_setup',
  'campaign_replan',
  'user_create',
  'user_change',
  'workflow_upload',
  'organisation_create',
  'organisation_change',
  'directory_change',
];

/**
 * Organisations become a tree (全国 → 省 → 市 → 县/区) stored as a materialised path. Existing
 * organisations (districts set up from templates) are placed by their code: under their city
 * when it exists, else under their province — 重庆市沙坪坝区 (500106) under 重庆市 (500000).
 */
export class Migration20261204214658_organisation_tree extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "organisation" add column "level" text check ("level" in ('national', 'province', 'city', 'county')) null, add column "parent_id" uuid null, add column "path" text null, add column "disabled" boolean not null default false, add column "updated_at" timestamptz not null default now()`,
    );
    this.addSql(`alter table "organisation" add constraint "organisation_parent_id_foreign" foreign key ("parent_id") references "organisation" ("id") on update cascade on delete restrict`);
    this.addSql(`create index "organisation_parent_id_index" on "organisation" ("parent_id")`);

    this.addSql(`insert into "organisation" ("id", "code", "name", "short_name") values (gen_random_uuid(), '000000', '全国', '全国') on conflict ("code") do nothing`);
    const values = PROVINCES.map(([code, name, shortName]) => `('${code}', '${name}', '${shortName}')`).join(', ');
    this.addSql(
      `insert into "organisation" ("id", "code", "name", "short_name") select gen_random_uuid(), v.code, v.name, v.short_name from (values ${values}) as v(code, name, short_name) on conflict ("code") do nothing`,
    );
    this.addSql(
      `update "organisation" set "level" = case when "code" = '000000' then 'national' when "code" ~ '^\\d{2}0000$' then 'province' when "code" ~ '^\\d{4}00$' then 'city' else 'county' end`,
    );
    this.addSql(`update "organisation" o set "parent_id" = coalesce(
        (select c.id from "organisation" c where o.level = 'county' and c.code = substr(o.code, 1, 4) || '00' and c.id <> o.id),
        (select p.id from "organisation" p where o.level in ('county', 'city') and p.code = substr(o.code, 1, 2) || '0000' and p.id <> o.id),
        (select n.id from "organisation" n where n.code = '000000'))
      where o.code <> '000000'`);
    this.addSql(`with recursive tree as (
        select id, '/' || id::text || '/' as path from "organisation" where "parent_id" is null
        union all
        select o.id, t.path || o.id::text || '/' from "organisation" o join tree t on o.parent_id = t.id)
      update "organisation" o set "path" = tree.path from tree where tree.id = o.id`);
    this.addSql(`alter table "organisation" alter column "level" set not null, alter column "path" set not null`);
    this.addSql(`create index "organisation_path_index" on "organisation" ("path" text_pattern_ops)`);

    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_action_check"`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check ("action" in (${AUDIT_ACTIONS.map((action) => `'${action}'`).join(', ')}))`);
  }
}
