import { type PackageItem, layoutPackage, manifest } from './package-layout';

const item = (overrides: Partial<PackageItem>): PackageItem => ({
  evidenceId: 'e',
  indicatorCode: '1',
  indicatorTitle: '党委和政府重视、制度健全',
  requirementCode: '1-1',
  department: '区委办',
  kindLabel: '正式文件盖章版',
  description: null,
  refersTo: null,
  originalName: '深化改革实施方案.pdf',
  mediaType: 'application/pdf',
  sha256: 'a'.repeat(64),
  size: 10,
  version: 1,
  uploader: '联络员',
  uploadedAt: '2022-05-01 10:00',
  ...overrides,
});

describe('layoutPackage', () => {
  it('puts files in a folder per indicator, named by requirement code, department and title', () => {
    const [entry] = layoutPackage([item({})]);
    expect(entry.path).toBe('01 党委和政府重视、制度健全/1-1 区委办 深化改革实施方案.pdf');
  });

  it('prefers the description as title, uses the real type’s extension, and strips unsafe characters', () => {
    const [entry] = layoutPackage([item({ indicatorCode: '12', indicatorTitle: '科普工作具有特色并形成品牌。', description: '新闻稿/截图 <1>', originalName: 'x.bin', mediaType: 'image/png' })]);
    expect(entry.path).toBe('12 科普工作具有特色并形成品牌/1-1 区委办 新闻稿_截图 _1_.png');
  });

  it('numbers files that would share a name', () => {
    const paths = layoutPackage([item({}), item({}), item({ originalName: '深化改革实施方案.PDF' })]).map((entry) => entry.path);
    expect(paths).toEqual([
      '01 党委和政府重视、制度健全/1-1 区委办 深化改革实施方案.pdf',
      '01 党委和政府重视、制度健全/1-1 区委办 深化改革实施方案 (2).pdf',
      '01 党委和政府重视、制度健全/1-1 区委办 深化改革实施方案 (3).pdf',
    ]);
  });

  it('writes a manifest sha256sum can check', () => {
    expect(manifest(layoutPackage([item({})]))).toBe(`${'a'.repeat(64)}  01 党委和政府重视、制度健全/1-1 区委办 深化改革实施方案.pdf\n`);
    expect(manifest([])).toBe('');
  });
});
