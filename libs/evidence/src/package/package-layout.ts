import { safeFileName } from '../upload/file-name';
import { EXTENSIONS } from '../upload/content-type';

/** One current evidence file of a campaign, as the package lists it. */
export interface PackageItem {
  evidenceId: string;
  indicatorCode: string;
  indicatorTitle: string;
  requirementCode: string;
  department: string;
  kindLabel: string;
  description: string | null;
  refersTo: string | null;
  originalName: string;
  mediaType: string;
  sha256: string;
  size: number;
  version: number;
  uploader: string;
  uploadedAt: string;
}

export interface PackageEntry extends PackageItem {
  /** Path inside the zip: 指标文件夹/文件名. */
  path: string;
}

const stem = (name: string) => (name.lastIndexOf('.') > 0 ? name.slice(0, name.lastIndexOf('.')) : name);

/**
 * Where each file goes: one folder per top-level indicator (`01 党委和政府重视、制度健全`), files
 * named `requirement code department title.ext` (`1-1 区委办 深化改革实施方案.pdf`), made safe,
 * and numbered when two would share a name. Pure: the same items give the same layout.
 */
export function layoutPackage(items: PackageItem[]): PackageEntry[] {
  const used = new Set<string>();
  return items.map((item) => {
    const folder = safeFileName(`${item.indicatorCode.padStart(2, '0')} ${item.indicatorTitle.replace(/[。.]+$/, '')}`);
    const extension = EXTENSIONS[item.mediaType]?.[0] ?? (item.originalName.includes('.') ? item.originalName.slice(item.originalName.lastIndexOf('.') + 1) : 'bin');
    // A slash in a description is text, not a folder: safeFileName would keep only what follows it.
    const title = (item.description?.trim() || stem(item.originalName)).replace(/[/\\]/g, '_').slice(0, 60);
    const base = safeFileName(`${item.requirementCode} ${item.department} ${title}`).replace(/\.+$/, '');
    let path = `${folder}/${base}.${extension}`;
    for (let n = 2; used.has(path.toLowerCase()); n++) path = `${folder}/${base} (${n}).${extension}`;
    used.add(path.toLowerCase());
    return { ...item, path };
  });
}

/** `sha256sum -c` can check the unpacked package against this. */
export function manifest(entries: PackageEntry[]): string {
  return entries.map((entry) => `${entry.sha256}  ${entry.path}`).join('\n') + (entries.length ? '\n' : '');
}
