import { join } from 'node:path';

/** Templates shipped with the product; the first is the default campaign. */
export const TEMPLATES_DIR = join(__dirname, '..', 'templates');
export const SHAPINGBA_TEMPLATE = join(TEMPLATES_DIR, 'shapingba-2021-2025.yaml');
