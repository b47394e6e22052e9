import yauzl from 'yauzl';

/**
 * For specs only (`@accredit/table-io/testing`, not the library's index): reads inside the
 * documents the exports write (.docx and .xlsx are ZIP files) with yauzl, the one ZIP reader.
 */
export async function readZipEntry(archive: Buffer, name: string): Promise<Buffer | null> {
  const zip = await yauzl.fromBufferPromise(archive, { lazyEntries: true });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== name) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
    return null;
  } finally {
    zip.close();
  }
}

/** The visible text of a .docx, paragraph by paragraph. */
export async function docxParagraphs(docx: Buffer): Promise<string[]> {
  const xml = (await readZipEntry(docx, 'word/document.xml'))?.toString('utf8');
  if (!xml) return [];
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
    .map((text) =>
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .filter((text) => text.length > 0);
}
