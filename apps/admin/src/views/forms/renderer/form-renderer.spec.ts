import { allFields, editableFields, parseFormDefinition, type FormDefinition, type FormValues } from '@accredit/forms/browser';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { createAppI18n } from '../../../plugins/i18n';
import FormRenderer from './form-renderer.vue';
import type { FormFileUploader } from './renderer-context';

// The renderer against the shipped definitions (forms/*.yaml, parsed as the API parses them):
// every one renders with every field; typing counts 字数 live and says TOO_LONG under the box;
// table rows stay within their limits; a sign-off box is read-only unless it is the viewer's.

const sources = import.meta.glob('../../../../../../forms/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function definition(key: string): FormDefinition {
  const entry = Object.entries(sources).find(([file]) => file.endsWith(`/${key}.yaml`));
  if (!entry) throw new Error(`no forms/${key}.yaml`);
  const parsed = parseFormDefinition(entry[1], `forms/${key}.yaml`);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.definition;
}

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

/** The renderer with its values held as a page holds them (v-model). */
function render(def: FormDefinition, options: { editable?: readonly string[]; initial?: FormValues; readonly?: boolean; uploadFile?: FormFileUploader } = {}) {
  const values = ref<FormValues>(options.initial ?? {});
  const Host = defineComponent({
    setup: () => () =>
      h(FormRenderer, {
        definition: def,
        values: values.value,
        editableFields: options.editable ?? allFields(def).map((f) => f.key),
        readonly: options.readonly ?? false,
        stageLabels: { applied: '已申报', recommended: '已推荐' },
        uploadFile: options.uploadFile ?? null,
        'onUpdate:values': (next: FormValues) => (values.value = next),
      }),
  });
  wrapper = mount(Host, { attachTo: document.body, global: { plugins: [createAppI18n('zh-CN')] } });
  return { w: wrapper, values };
}

describe('FormRenderer', () => {
  it('renders each of the seven shipped definitions with every section and field', () => {
    const files = Object.keys(sources).map((file) => file.replace(/^.*\/(.*)\.yaml$/, '$1'));
    expect(files).toHaveLength(7);
    for (const key of files) {
      const def = definition(key);
      const { w } = render(def);
      for (const section of def.sections) expect(w.find(`[data-test="section-${section.key}"]`).exists(), `${key} ${section.key}`).toBe(true);
      for (const field of allFields(def)) {
        const row = w.find(`[data-test="field-${field.key}"]`);
        expect(row.exists(), `${key} ${field.key}`).toBe(true);
        expect(row.text()).toContain(field.label);
      }
      expect(w.findAll('[data-test="field-problem"]')).toHaveLength(0);
      wrapper?.unmount();
      wrapper = undefined;
    }
  });

  it('counts 字数 as the user types and says TOO_LONG under the field', async () => {
    const def = definition('first-batch-application');
    const { w, values } = render(def);
    const field = w.get('[data-test="field-online_channels"]');
    const input = field.get('textarea');
    await input.setValue('微信公众号、抖音号和科普中国APP，每周更新');
    // 微信公众号、抖音号和科普中国 (14) + APP (1) + ， (1) + 每周更新 (4)
    expect(field.get('[data-test="char-count"]').text()).toBe('已写 20 / 200 字');
    expect(field.findAll('[data-test="field-problem"]')).toHaveLength(0);

    await input.setValue('科'.repeat(203));
    expect(field.get('[data-test="char-count"]').text()).toBe('已写 203 / 200 字');
    expect(field.get('[data-test="char-count"]').classes()).toContain('char-count--over');
    const problem = field.get('[data-test="field-problem"]');
    expect(problem.attributes('data-code')).toBe('TOO_LONG');
    expect(problem.text()).toBe('「信息化传播科普主要方式」最多 200 字，现有 203 字，请删减 3 字');
    expect(values.value['online_channels']).toBe('科'.repeat(203));

    await input.setValue('科'.repeat(200));
    expect(field.findAll('[data-test="field-problem"]')).toHaveLength(0);
  });

  it('checks formats and numbers as typed, keeping what was typed', async () => {
    const def = definition('first-batch-application');
    const { w, values } = render(def);
    await w.get('[data-test="field-postcode"] input').setValue('40003');
    expect(w.get('[data-test="field-postcode"] [data-test="field-problem"]').text()).toContain('6 位数字');
    await w.get('[data-test="field-postcode"] input').setValue('400030');
    expect(w.find('[data-test="field-postcode"] [data-test="field-problem"]').exists()).toBe(false);

    const staffing = w.get('[data-test="field-staffing"] input');
    await staffing.setValue('十二');
    expect(w.get('[data-test="field-staffing"] [data-test="field-problem"]').attributes('data-code')).toBe('WRONG_TYPE');
    await staffing.setValue('2.5');
    expect(w.get('[data-test="field-staffing"] [data-test="field-problem"]').attributes('data-code')).toBe('NOT_INTEGER');
    await staffing.setValue('12');
    expect(values.value['staffing']).toBe(12);
    expect(w.get('[data-test="field-staffing"]').text()).toContain('人');
    expect(w.find('[data-test="field-staffing"] [data-test="field-problem"]').exists()).toBe(false);
  });

  it('adds and removes table rows within minRows and maxRows, with problems per cell', async () => {
    const def = definition('speaker-nominees');
    const { w, values } = render(def);
    const table = (): ReturnType<typeof w.get> => w.get('[data-test="field-nominees"]');
    expect(table().findAll('[data-test="table-row"]')).toHaveLength(0);
    for (let i = 0; i < 3; i += 1) await table().get('[data-test="add-row"]').trigger('click');
    expect(table().findAll('[data-test="table-row"]')).toHaveLength(3);
    expect(table().get('[data-test="add-row"]').attributes('disabled')).toBeDefined();
    expect(table().get('[data-test="row-count"]').text()).toContain('已达上限');

    // A problem names its row: the second nominee's 个人工作简介 is too long.
    const secondProfile = table().findAll('[data-test="table-row"]')[1]!.get('[data-path="nominees[1].profile"]');
    await secondProfile.get('textarea').setValue('宣'.repeat(215));
    expect(secondProfile.get('[data-test="field-problem"]').text()).toBe('「宣讲团人选」第 2 行的「个人工作简介」最多 200 字，现有 215 字，请删减 15 字');

    // Remove the first and the (new) last: the second, typed in, stays.
    await table().findAll('[data-test="remove-row"]')[0]!.trigger('click');
    await table().findAll('[data-test="remove-row"]')[1]!.trigger('click');
    expect(table().findAll('[data-test="table-row"]')).toHaveLength(1);
    // minRows 1: the last row stays.
    expect(table().get('[data-test="remove-row"]').attributes('disabled')).toBeDefined();
    expect((values.value['nominees'] as unknown[]).length).toBe(1);
    // The row that stayed is the one typed in (the second), now the first.
    expect((values.value['nominees'] as Array<Record<string, unknown>>)[0]!['profile']).toBe('宣'.repeat(215));
    expect(table().get('[data-path="nominees[0].profile"] [data-test="field-problem"]').text()).toContain('第 1 行');
  });

  it('keeps a sign-off box read-only unless its key is editable, and fills the date when it is written', async () => {
    const def = definition('first-batch-application');
    const applicant = editableFields(def, { role: 'applicant', stage: 'applied' });
    const saved: FormValues = { province_opinion: { opinion: '同意推荐。', signer: '张明', date: '2026-12-01' } };
    const county = render(def, { editable: applicant, initial: saved });
    const box = county.w.get('[data-test="sign-off-province_opinion"]');
    expect(box.attributes('data-editable')).toBe('false');
    expect(box.find('textarea').exists()).toBe(false);
    expect(box.get('[data-test="sign-off-opinion-text"]').text()).toBe('同意推荐。');
    expect(box.get('[data-test="sign-off-date-text"]').text()).toBe('2026年12月1日');
    expect(box.text()).toContain('（评价申报单位的示范性及综合科普能力，有所区分地给出总体评价）');
    expect(county.w.get('[data-test="sign-off-expert_opinion"]').get('[data-test="sign-off-who"]').text()).toBe('尚未签署（由评审专家在“已推荐”环节填写）');
    // The county's own box is writable.
    expect(county.w.get('[data-test="sign-off-applicant_signature"]').attributes('data-editable')).toBe('true');
    county.w.unmount();
    wrapper = undefined;

    const province = render(def, { editable: editableFields(def, { role: 'province', stage: 'applied' }) });
    expect(province.w.get('[data-test="field-unit"]').find('input').exists()).toBe(false);
    const own = province.w.get('[data-test="sign-off-province_opinion"]');
    expect(own.attributes('data-editable')).toBe('true');
    await own.get('textarea').setValue('该县科普工作基础扎实，同意推荐。');
    await flushPromises();
    const written = province.values.value['province_opinion'] as Record<string, string>;
    expect(written['opinion']).toBe('该县科普工作基础扎实，同意推荐。');
    expect(written['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(own.get('[data-test="char-count"]').text()).toBe('已写 16 / 1000 字');
  });

  it('a read-only form shows values as text and offers no input', () => {
    const def = definition('first-batch-application');
    const { w } = render(def, { readonly: true, initial: { unit: '江油市人民政府', chair_in_congress: true, facilities: [{ name: '科技馆', quantity: 1 }] } });
    expect(w.findAll('input, textarea')).toHaveLength(0);
    expect(w.get('[data-test="value-unit"]').text()).toBe('江油市人民政府');
    expect(w.get('[data-test="value-chair_in_congress"]').text()).toBe('是');
    expect(w.get('[data-test="field-facilities"]').text()).toContain('科技馆');
    expect(w.find('[data-test="add-row"]').exists()).toBe(false);
  });

  it('shows a section’s 字数 against its limit', async () => {
    const def = definition('annual-summary');
    const limited = def.sections.find((s) => s.maxChars !== undefined)!;
    const text = limited.fields.find((f) => f.type === 'text')!;
    const { w } = render(def);
    await w.get(`[data-test="field-${text.key}"] textarea, [data-test="field-${text.key}"] input`).setValue('总'.repeat(limited.maxChars! + 5));
    const section = w.get(`[data-test="section-${limited.key}"]`);
    expect(section.get('[data-test="section-count"]').text()).toBe(`本部分已写 ${limited.maxChars! + 5} / ${limited.maxChars} 字`);
    expect(section.findAll('[data-test="field-problem"]').some((p) => p.attributes('data-code') === 'SECTION_TOO_LONG')).toBe(true);
  });

  it('uploads attachments of the accepted kinds up to the most allowed, and removes them', async () => {
    const def = definition('speaker-nominees');
    const sent: string[] = [];
    const uploadFile: FormFileUploader = async (file, onProgress) => {
      sent.push(file.name);
      onProgress(100);
      return { fileId: `file-${sent.length}`, name: file.name, mediaType: 'image/png' };
    };
    const { w, values } = render(def, { uploadFile });
    const box = w.get('[data-test="field-unit_seal"]');
    const input = box.get('input[type="file"]');
    // Only images and PDFs are offered; at most one file.
    expect(input.attributes('accept')).toContain('image/*');
    expect(input.attributes('accept')).toContain('.pdf');
    expect(input.attributes('accept')).not.toContain('.docx');
    expect(box.text()).toContain('可上传图片、PDF，最多 1 个');
    Object.defineProperty(input.element, 'files', { value: [new File(['x'], '公章.png', { type: 'image/png' })], configurable: true });
    await input.trigger('change');
    await flushPromises();
    expect(sent).toEqual(['公章.png']);
    expect(values.value['unit_seal']).toEqual([{ fileId: 'file-1', name: '公章.png', mediaType: 'image/png' }]);
    expect(box.get('[data-test="attachment"] a').attributes('href')).toBe('/api/forms/files/file-1');
    expect(box.get('[data-test="upload-unit_seal"]').attributes('disabled')).toBeDefined();
    expect(box.text()).toContain('已达最多 1 个');
    await box.get('[data-test="remove-file-0"]').trigger('click');
    expect(values.value['unit_seal']).toBeUndefined();
    expect(box.find('[data-test="attachment"]').exists()).toBe(false);
  });
});
