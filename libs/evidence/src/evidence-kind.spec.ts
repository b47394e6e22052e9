import { EvidenceKind, parseEvidenceKind } from './evidence-kind';

describe('parseEvidenceKind', () => {
  it('reads the key in either case, and the Chinese label', () => {
    expect(parseEvidenceKind('SEALED_DOCUMENT')).toBe(EvidenceKind.SEALED_DOCUMENT);
    expect(parseEvidenceKind('news_article')).toBe(EvidenceKind.NEWS_ARTICLE);
    expect(parseEvidenceKind('截图')).toBe(EvidenceKind.SCREENSHOT);
    expect(parseEvidenceKind(' 图片 ')).toBe(EvidenceKind.PHOTO);
  });

  it('defaults to 其他 and refuses anything else with the choices', () => {
    expect(parseEvidenceKind(undefined)).toBe(EvidenceKind.OTHER);
    expect(() => parseEvidenceKind('发票')).toThrow(/正式文件盖章版、截图、新闻稿、图片、其他/);
  });
});
