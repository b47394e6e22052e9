import { displayName, downloadName, safeFileName } from './file-name';

describe('file names', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\win.ini', 'win.ini'],
    ['C:\\Users\\科协\\Desktop\\通知（盖章版）.pdf', '通知（盖章版）.pdf'],
    ['report..pdf', 'report.pdf'],
    ['a\u0000b\u001fc\u007f.pdf', 'abc.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['zero\u200bwidth\ufeff.png', 'zerowidth.png'],
    ['what?<is>:this*|".pdf', 'what__is__this___.pdf'],
    ['  . hidden .  ', 'hidden'],
    ['NUL', '_NUL'],
    ['com1.txt', '_com1.txt'],
    ['Cafe\u0301.pdf', 'Caf\u00e9.pdf'],
    ['', '未命名文件'],
    ['/', '未命名文件'],
    ['..', '未命名文件'],
  ])('%j → %j', (original, safe) => {
    expect(safeFileName(original)).toBe(safe);
  });

  it('keeps long names under 200 bytes of UTF-8, extension included, without cutting a character', () => {
    const name = safeFileName(`${'材料'.repeat(200)}.pdf`);
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(200);
    expect(name).toMatch(/^(材料)+材?\.pdf$/);
    expect(name).not.toContain('\ufffd');
  });

  it('keeps the original for display, showing invisible characters', () => {
    expect(displayName('../../etc/passwd')).toBe('../../etc/passwd');
    expect(displayName('a\u0000b\u202e.pdf')).toBe('a\ufffdb\ufffd.pdf');
  });

  it('adds the real type’s extension to a download name that lacks it', () => {
    expect(downloadName('passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(downloadName('photo.PNG', 'image/png')).toBe('photo.PNG');
    expect(downloadName('scan.pdf', 'image/jpeg')).toBe('scan.pdf.jpg');
  });
});
