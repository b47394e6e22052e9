// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { rawTextIn, type RawText } from './raw-text';

// Every screen speaks through the locale files (zh-CN and en): no interface text in templates,
// user-facing attributes or script strings. Directories not converted yet are listed here, so that
// converting one means deleting its line.
const EXCLUDED = [
  // Not interface text:
  'locales', // the messages themselves
  'graphql', // generated documents
  'testing', // fakes and fixtures for the specs
];

// Every source file of the admin, as text (Vite reads them; paths relative to src/).
const SOURCES = import.meta.glob<string>(['../**/*.vue', '../**/*.ts', '!../**/*.spec.ts', '!../**/*.d.ts'], { query: '?raw', import: 'default', eager: true });

function sourceFiles(): Array<{ file: string; text: string }> {
  return Object.entries(SOURCES)
    .map(([path, text]) => ({
      file: new URL(path, 'file:///src/locales/').pathname.replace(/^\/src\//, ''),
      text,
    }))
    .filter(({ file }) => !EXCLUDED.some((x) => file === x || file.startsWith(`${x}/`)));
}

const show = (r: RawText): string => `${r.file}:${r.line} ${r.where}: ${r.text}`;

describe('no raw interface text outside the locale files', () => {
  it('finds none in the converted directories', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(80);
    const found = files.flatMap(({ file, text }) => rawTextIn(text, file));
    expect(found.map(show)).toEqual([]);
  });

  it('fails on a planted raw string in a template, an attribute, a binding or a message box', () => {
    const planted = `<script setup lang="ts">
import { useI18n } from 'vue-i18n';
const { t } = useI18n();
// 注释里的中文不算
function remove(): void {
  void ElMessageBox.confirm('确定删除？', t('common.confirm'));
  ElMessage.success(\`已删除 \${1} 项\`);
}
</script>
<template>
  <section :title="t('dashboard.title')">
    <h1>{{ t('dashboard.title') }}</h1>
    <p>尚未上传</p>
    <span>Upload</span>
    <el-input placeholder="请输入部门名称" />
    <el-table empty-text="No data" />
    <el-button :title="ok ? '保存' : t('common.cancel')">{{ '关闭' }}</el-button>
    <span>{{ count }} / 100 · —</span>
  </section>
</template>`;
    const found = rawTextIn(planted, 'planted.vue');
    expect(found.map((r) => [r.line, r.where, r.text])).toEqual([
      [13, 'template text', '尚未上传'],
      [14, 'template text', 'Upload'],
      [15, 'attribute placeholder of <el-input>', '请输入部门名称'],
      [16, 'attribute empty-text of <el-table>', 'No data'],
      [17, 'binding on <el-button>', "ok ? '保存' : t('common.cancel')"],
      [17, 'template expression', "{{ '关闭' }}"],
      [6, 'script string', '确定删除？'],
      [7, 'script string', '已删除 '],
      [7, 'script string', ' 项'],
    ]);
  });

  it('lets keys, numbers, symbols and comments through', () => {
    const clean = `<template><p :title="t('a.b')">{{ t('a.b', { n: 3 }) }} {{ n(0.5, 'percent') }} 12 / 100 · —</p></template>
<script setup lang="ts">
// 中文注释
const label = t('common.save'); /* 也是注释 */
</script>`;
    expect(rawTextIn(clean, 'clean.vue')).toEqual([]);
    expect(rawTextIn(`const x = tr('domain.phase.done'); // 已结束\nconst re = /截图|screenshot/i;`, 'clean.ts')).toEqual([]);
  });
});
