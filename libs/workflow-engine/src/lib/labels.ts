// Chinese wording shared by validation and evaluation messages.

/** Roles used across the product; a definition may add its own under `roles`. */
export const BUILTIN_ROLE_LABELS: Readonly<Record<string, string>> = {
  office_admin: '办公室管理员',
  liaison: '部门联络员',
  supervisor: '督查',
  expert: '评审专家',
  system_admin: '系统管理员',
};

export function quote(text: string): string {
  return `"${text}"`;
}

/** `a、b、c` */
export function joinList(items: readonly string[]): string {
  return items.join('、');
}

/** `a、b或c` */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}或${items[items.length - 1]}`;
}

export function labelOf(labels: Readonly<Record<string, string>>, key: string): string {
  return Object.hasOwn(labels, key) ? labels[key] : key;
}
