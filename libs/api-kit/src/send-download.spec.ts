import { create, parse } from 'content-disposition';
import { attachmentOf, builtDownload, compactDate, downloadFileName } from './send-download';

describe('downloadFileName and attachmentOf', () => {
  it('keeps header-breaking and path characters out of the name', () => {
    expect(downloadFileName('a"b\r\n/../c\\d.docx', 'report.docx')).toBe('a_b_.._c_d.docx');
    expect(downloadFileName('\u202e\u0000', 'report.docx')).toBe('_');
    expect(downloadFileName('   ', 'report.docx')).toBe('report.docx');
  });

  it('gives a header (content-disposition) with the Chinese name in filename* (RFC 5987) and the ASCII fallback', () => {
    const header = attachmentOf('沙坪坝区-任务分解表.xlsx', 'task-table.xlsx');
    expect(header).toBe(`attachment; filename=task-table.xlsx; filename*=UTF-8''%E6%B2%99%E5%9D%AA%E5%9D%9D%E5%8C%BA-%E4%BB%BB%E5%8A%A1%E5%88%86%E8%A7%A3%E8%A1%A8.xlsx`);
    expect(parse(header).parameters['filename']).toBe('沙坪坝区-任务分解表.xlsx');
    expect(parse(attachmentOf('a/b\u202e.xlsx', 'x.xlsx')).parameters['filename']).toBe('a_b_.xlsx');
    expect(create("(1)'x'.xlsx", { fallback: 'x.xlsx' })).toContain("filename*=UTF-8''%281%29%27x%27.xlsx");
  });
});

describe('builtDownload', () => {
  it('sends a workbook or a document as its extension says, under the cleaned name', () => {
    const body = Buffer.from('x');
    const sheet = builtDownload(body, '沙坪坝区/名单.xlsx', 'named-list.xlsx');
    expect(sheet.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(parse(sheet.contentDisposition).parameters['filename']).toBe('沙坪坝区_名单.xlsx');
    expect(sheet.body).toBe(body);
    expect(builtDownload(body, '自评报告.docx', 'report.docx').contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
});

describe('compactDate', () => {
  it('is the day in China', () => {
    expect(compactDate(new Date('2022-11-19T17:00:00Z'))).toBe('20221120');
  });
});
