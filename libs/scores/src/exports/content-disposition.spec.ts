import { attachment, compactDate } from './content-disposition';

describe('attachment (Content-Disposition with RFC 5987)', () => {
  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(attachment('沙坪坝区-任务分解表.xlsx', 'task-table.xlsx')).toBe(
      `attachment; filename="task-table.xlsx"; filename*=UTF-8''%E6%B2%99%E5%9D%AA%E5%9D%9D%E5%8C%BA-%E4%BB%BB%E5%8A%A1%E5%88%86%E8%A7%A3%E8%A1%A8.xlsx`,
    );
  });

  it('keeps header-breaking and path characters out', () => {
    const header = attachment('a"b\r\n/../c\\d.docx', 'r"e\nport.docx');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain('filename="r_e_port.docx"');
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe('a_b_.._c_d.docx');
  });

  it('encodes the characters RFC 5987 does not allow bare', () => {
    expect(attachment("(1)'x'.xlsx", 'x.xlsx')).toContain("filename*=UTF-8''%281%29%27x%27.xlsx");
  });
});

describe('compactDate', () => {
  it('is the day in China', () => {
    expect(compactDate(new Date('2022-11-19T17:00:00Z'))).toBe('20221120');
  });
});
