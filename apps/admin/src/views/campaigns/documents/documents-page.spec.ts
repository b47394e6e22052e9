import { setLogVerbosity, type Operation } from '@apollo/client/core';
import type { VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../../../composables/use-current-user';
import { CampaignListDocument, CampaignRequiredDocumentsDocument, type CampaignRequiredDocumentsQuery } from '../../../graphql/generated/graphql';
import { OFFICE_ADMIN, answerFor, meAnswer, type Answer } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';

// 创建文件 in the whole admin against a fake API and a fake XMLHttpRequest: the office uploads the
// 自评报告 the workflow asks for (title prefilled, progress), sees who uploaded what; a refused file
// shows the API's Chinese message and a retry does not record a second version; a supervisor reads.

setLogVerbosity('error');

const CAMPAIGN = '沙坪坝区创建全国科普示范区';
const SUPERVISOR: CurrentUser = { ...OFFICE_ADMIN, id: 'u-supervisor', username: 'supervisor', displayName: '督查员', roles: ['supervisor'] };

type Required = CampaignRequiredDocumentsQuery['campaign']['requiredDocuments'][number];
type Recorded = NonNullable<Required['document']>;

interface World {
  user: CurrentUser;
  versions: Recorded[];
}

function requiredOf(world: World): Required {
  return {
    kind: 'self-assessment',
    label: '自评报告',
    neededBy: [
      { event: 'request-city-assessment', label: '申请市级评估', needsFile: false },
      { event: 'submit-for-accreditation', label: '申报认定', needsFile: false },
    ],
    document: world.versions.find((v) => v.hasFile) ?? world.versions[0] ?? null,
    versions: world.versions,
  };
}

function answers(world: World) {
  return (operation: Operation): Answer | undefined => {
    switch (operation.operationName) {
      case 'Me':
        return meAnswer(world.user);
      case 'CampaignList':
        return answerFor(CampaignListDocument, {
          campaigns: [{ id: 'c1', name: CAMPAIGN, state: 'creation.evidence', totalScore: 100, hasParticipants: false, applicantLevel: null, parentCampaignId: null }],
        });
      case 'CampaignRequiredDocuments': {
        const required = requiredOf(world);
        // The fragment on CampaignDocument needs the __typename a server sends ('document' is too common a field for fake-api's table).
        return answerFor(CampaignRequiredDocumentsDocument, {
          campaign: {
            id: 'c1',
            name: CAMPAIGN,
            stateLabel: '完善佐证材料及自评报告',
            requiredDocuments: [{ ...required, document: required.document ? ({ __typename: 'CampaignDocument', ...required.document } as Recorded) : null }],
          },
        });
      }
    }
  };
}

/** What the fake XMLHttpRequest answers to each upload, in order, and what it was sent. */
interface XhrScript {
  replies: Array<{ status: number; body: unknown }>;
  sent: Array<{ url: string; headers: Record<string, string>; fields: Record<string, string>; file: File | null }>;
  /** A file the API accepted: the world records it as the API would. */
  onSuccess?: (sent: { url: string; fields: Record<string, string>; file: File }) => void;
}

function installFakeXhr(script: XhrScript): void {
  class FakeXhr {
    status = 0;
    responseText = '';
    withCredentials = false;
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private url = '';
    private headers: Record<string, string> = {};
    open(_method: string, url: string): void {
      this.url = url;
    }
    setRequestHeader(name: string, value: string): void {
      this.headers[name] = value;
    }
    abort(): void {
      this.onabort?.();
    }
    send(form: FormData): void {
      const file = form.get('file') as File | null;
      const fields = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string>;
      script.sent.push({ url: this.url, headers: this.headers, fields, file });
      const reply = script.replies.shift() ?? { status: 500, body: {} };
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
        setTimeout(() => {
          this.status = reply.status;
          this.responseText = JSON.stringify(reply.body);
          if (reply.status === 201 && file) script.onSuccess?.({ url: this.url, fields, file });
          this.onload?.();
        }, 20);
      }, 0);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
}

/** What the API does with an accepted upload: a new version recorded with its file, or the file of a waiting record. */
function accept(world: World) {
  return ({ url, fields, file }: { url: string; fields: Record<string, string>; file: File }): void => {
    const withFile = { hasFile: true, fileName: file.name, fileSize: file.size, fileMediaType: 'application/pdf', fileUploadedAt: '2026-12-05T02:01:00Z', fileUploadedByName: '王晓梅' };
    const waiting = /\/api\/campaign-documents\/([^/]+)\/file$/.exec(url);
    if (waiting)
      Object.assign(
        world.versions.find((v) => v.id === waiting[1])!,
        withFile,
      );
    else world.versions.unshift({ id: `doc-${world.versions.length + 1}`, kind: fields['kind']!, title: fields['title']!, recordedAt: '2026-12-05T02:00:00Z', recordedByName: '王晓梅', ...withFile });
  };
}

beforeEach(() => {
  // Times shown in the browser's zone: fixed for the assertions.
  vi.stubEnv('TZ', 'Asia/Shanghai');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

async function openPage(world: World, path = '/campaigns/documents') {
  const { w, api } = await mountAdminAt(path, answers(world));
  await vi.waitFor(() => expect(w.find('[data-test="document-self-assessment"]').exists()).toBe(true), { timeout: 10_000 });
  return { w, api };
}

async function chooseFile(w: VueWrapper, file: File): Promise<void> {
  const input = w.get('[data-test="document-file-input"]');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
}

const pdf = (name: string, size = 2048) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });

describe('创建文件', { timeout: 30_000 }, () => {
  it('the office uploads the 自评报告 the workflow asks for, with the title prefilled and progress, then sees the file, who and when', async () => {
    const world: World = { user: OFFICE_ADMIN, versions: [] };
    const script: XhrScript = {
      replies: [{ status: 201, body: { document: { id: 'doc-1', fileName: '自评报告.pdf', fileSize: 2048, mediaType: 'application/pdf' } } }],
      sent: [],
      onSuccess: accept(world),
    };
    installFakeXhr(script);
    const { w } = await openPage(world);

    const card = () => w.get('[data-test="document-self-assessment"]');
    expect(card().get('[data-test="document-status"]').text()).toBe('未上传');
    expect(card().get('[data-test="document-needed"]').text()).toBe('「申请市级评估」「申报认定」等操作需要此文件');
    expect(card().text()).not.toContain('self-assessment');

    await card().get('[data-test="document-upload"]').trigger('click');
    expect((card().get('input[data-test="document-title"]').element as HTMLInputElement).value).toBe(`${CAMPAIGN}自评报告`);
    await chooseFile(w, pdf('自评报告.pdf'));
    await card().get('[data-test="document-form"]').trigger('submit');

    await vi.waitFor(() => expect(w.find('[data-test="document-progress"]').exists()).toBe(true), { timeout: 10_000 });
    await vi.waitFor(() => expect(card().get('[data-test="document-status"]').text()).toBe('已上传'), { timeout: 10_000 });
    // Recorded together with its file (no record without a file if the file were refused).
    expect(script.sent).toHaveLength(1);
    expect(script.sent[0]!.url).toBe('/api/campaign-documents');
    expect(script.sent[0]!.fields).toEqual({ campaignId: 'c1', kind: 'self-assessment', title: `${CAMPAIGN}自评报告` });
    expect(script.sent[0]!.headers['x-accredit-upload']).toBe('1');
    expect(card().get('[data-test="document-file"]').text()).toBe('自评报告.pdf（2 KB）');
    expect(card().get('[data-test="document-by"]').text()).toBe('王晓梅，2026年12月5日 10:01');
    expect(w.find('[data-test="document-form"]').exists()).toBe(false);
    expect(card().get('[data-test="document-upload"]').text()).toBe('替换');
    expect(card().find('[data-test="document-download"]').exists()).toBe(true);
  });

  it('shows the API’s message for a refused file, which records nothing, and a retry goes through', async () => {
    const world: World = { user: OFFICE_ADMIN, versions: [] };
    const refusal = { errors: [{ message: '「自评报告.pdf」实际是可执行程序，不能作为文件上传；请上传 PDF、Word、OFD 或图片。', extensions: { code: 'VALIDATION' } }] };
    const script: XhrScript = {
      replies: [
        { status: 400, body: refusal },
        { status: 201, body: { document: { id: 'doc-1', fileName: '自评报告（盖章）.pdf', fileSize: 4096, mediaType: 'application/pdf' } } },
      ],
      sent: [],
      onSuccess: accept(world),
    };
    installFakeXhr(script);
    const { w } = await openPage(world);
    const card = () => w.get('[data-test="document-self-assessment"]');

    await card().get('[data-test="document-upload"]').trigger('click');
    await chooseFile(w, pdf('自评报告.pdf'));
    await card().get('[data-test="document-form"]').trigger('submit');
    await vi.waitFor(() => expect(w.find('[data-test="document-error"]').exists()).toBe(true), { timeout: 10_000 });
    expect(w.get('[data-test="document-error"]').text()).toContain('实际是可执行程序');
    expect(card().get('[data-test="document-status"]').text()).toBe('未上传');
    // The form stays open for another file; nothing was recorded.
    expect(w.find('[data-test="document-form"]').exists()).toBe(true);
    expect(world.versions).toEqual([]);

    await chooseFile(w, pdf('自评报告（盖章）.pdf', 4096));
    await card().get('[data-test="document-form"]').trigger('submit');
    await vi.waitFor(() => expect(card().get('[data-test="document-status"]').text()).toBe('已上传'), { timeout: 10_000 });
    expect(script.sent.map((s) => s.url)).toEqual(['/api/campaign-documents', '/api/campaign-documents']);
    expect(world.versions).toHaveLength(1);
    expect(card().get('[data-test="document-file"]').text()).toBe('自评报告（盖章）.pdf（4 KB）');
  });

  it('gives a record still without its file (recorded through the API) its file instead of a second record', async () => {
    const world: World = {
      user: OFFICE_ADMIN,
      versions: [
        {
          id: 'doc-1',
          kind: 'self-assessment',
          title: `${CAMPAIGN}自评报告`,
          recordedAt: '2026-12-05T02:00:00Z',
          recordedByName: '王晓梅',
          hasFile: false,
          fileName: null,
          fileSize: null,
          fileMediaType: null,
          fileUploadedAt: null,
          fileUploadedByName: null,
        },
      ],
    };
    const script: XhrScript = {
      replies: [{ status: 201, body: { document: { id: 'doc-1', fileName: '自评报告.pdf', fileSize: 2048, mediaType: 'application/pdf' } } }],
      sent: [],
      onSuccess: accept(world),
    };
    installFakeXhr(script);
    const { w } = await openPage(world);
    const card = () => w.get('[data-test="document-self-assessment"]');
    expect(card().text()).toContain(`已登记「${CAMPAIGN}自评报告」，但还没有上传文件。`);
    expect(card().get('[data-test="document-status"]').text()).toBe('未上传');
    await card().get('[data-test="document-upload"]').trigger('click');
    await chooseFile(w, pdf('自评报告.pdf'));
    await card().get('[data-test="document-form"]').trigger('submit');
    await vi.waitFor(() => expect(card().get('[data-test="document-status"]').text()).toBe('已上传'), { timeout: 10_000 });
    expect(script.sent.map((s) => s.url)).toEqual(['/api/campaign-documents/doc-1/file']);
    expect(world.versions).toHaveLength(1);
  });

  it('a supervisor reads the state and downloads, but is offered no upload', async () => {
    const world: World = {
      user: SUPERVISOR,
      versions: [
        {
          id: 'doc-2',
          kind: 'self-assessment',
          title: `${CAMPAIGN}自评报告（修订稿）`,
          recordedAt: '2026-12-05T03:00:00Z',
          recordedByName: '王晓梅',
          hasFile: true,
          fileName: '修订稿.pdf',
          fileSize: 4096,
          fileMediaType: 'application/pdf',
          fileUploadedAt: '2026-12-05T03:01:00Z',
          fileUploadedByName: '王晓梅',
        },
        {
          id: 'doc-1',
          kind: 'self-assessment',
          title: `${CAMPAIGN}自评报告`,
          recordedAt: '2026-12-05T02:00:00Z',
          recordedByName: '王晓梅',
          hasFile: true,
          fileName: '初稿.pdf',
          fileSize: 2048,
          fileMediaType: 'application/pdf',
          fileUploadedAt: '2026-12-05T02:01:00Z',
          fileUploadedByName: '王晓梅',
        },
      ],
    };
    const { w } = await openPage(world);
    const card = w.get('[data-test="document-self-assessment"]');
    expect(card.get('[data-test="document-status"]').text()).toBe('已上传');
    expect(card.get('[data-test="document-file"]').text()).toBe('修订稿.pdf（4 KB）');
    expect(card.find('[data-test="document-upload"]').exists()).toBe(false);
    expect(card.text()).toContain('仅办公室管理员可以上传或替换');
    expect(card.find('[data-test="document-download"]').exists()).toBe(true);
    expect(card.get('[data-test="document-versions"]').text()).toContain('历史版本（1）');
    expect(card.get('[data-test="document-versions"]').text()).toContain('初稿.pdf');
  });
  it('reads in English: the interface speaks English, the data stays as it is', async () => {
    localStorage.setItem('accredit.locale', 'en');
    const world: World = {
      user: SUPERVISOR,
      versions: [
        {
          id: 'doc-2',
          kind: 'self-assessment',
          title: 'Self-assessment (revised)',
          recordedAt: '2026-12-05T03:00:00Z',
          recordedByName: 'Wang Xiaomei',
          hasFile: true,
          fileName: 'revised.pdf',
          fileSize: 4096,
          fileMediaType: 'application/pdf',
          fileUploadedAt: '2026-12-05T03:01:00Z',
          fileUploadedByName: 'Wang Xiaomei',
        },
        {
          id: 'doc-1',
          kind: 'self-assessment',
          title: 'Self-assessment',
          recordedAt: '2026-12-05T02:00:00Z',
          recordedByName: 'Wang Xiaomei',
          hasFile: true,
          fileName: 'draft.pdf',
          fileSize: 2048,
          fileMediaType: 'application/pdf',
          fileUploadedAt: '2026-12-05T02:01:00Z',
          fileUploadedByName: 'Wang Xiaomei',
        },
      ],
    };
    try {
      const { w } = await openPage(world);
      const card = w.get('[data-test="document-self-assessment"]');
      expect(card.get('[data-test="document-status"]').text()).toBe('Uploaded');
      expect(card.get('[data-test="document-needed"]').text()).toBe('Needed for "申请市级评估" "申报认定" and other steps');
      expect(card.get('[data-test="document-file"]').text()).toBe('revised.pdf (4 KB)');
      expect(card.get('[data-test="document-by"]').text()).toMatch(/^Wang Xiaomei, Dec 5, 2026/);
      expect(card.text()).toContain('Only the lead office admin can upload or replace it');
      expect(card.get('[data-test="document-versions"]').text()).toContain('Earlier versions (1)');
      // What is left in Chinese is data: the campaign's name, its state and the workflow's labels.
      const data = [CAMPAIGN, '完善佐证材料及自评报告', '自评报告', '申请市级评估', '申报认定'];
      const text = data.reduce((t, d) => t.split(d).join(''), w.get('.layout__main').text());
      expect(text.match(/.{0,12}[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]+.{0,12}/gu) ?? []).toEqual([]);
    } finally {
      localStorage.clear();
    }
  });
});

describe('创建文件 opened for one document (?document=, the dashboard’s 「去上传自评报告」)', { timeout: 30_000 }, () => {
  it('marks that card, brings it into view and opens its upload for the office when it is missing', async () => {
    const scrolled: Element[] = [];
    const scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    Element.prototype.scrollIntoView = scrollIntoView;
    try {
      const { w } = await openPage({ user: OFFICE_ADMIN, versions: [] }, '/campaigns/documents?campaign=c1&document=self-assessment');
      const card = () => w.get('[data-test="document-self-assessment"]');
      expect(card().classes()).toContain('is-focused');
      expect(card().attributes('aria-current')).toBe('true');
      await vi.waitFor(() => expect(card().find('[data-test="document-form"]').exists()).toBe(true), { timeout: 10_000 });
      expect((card().get('input[data-test="document-title"]').element as HTMLInputElement).value).toBe(`${CAMPAIGN}自评报告`);
      await vi.waitFor(() => expect(scrolled).toContain(card().element));
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it('only marks an uploaded document, and marks nothing without the parameter', async () => {
    const uploaded: Recorded = {
      id: 'doc-1',
      kind: 'self-assessment',
      title: `${CAMPAIGN}自评报告`,
      recordedAt: '2026-12-05T02:00:00Z',
      recordedByName: '王晓梅',
      hasFile: true,
      fileName: '自评报告.pdf',
      fileSize: 2048,
      fileMediaType: 'application/pdf',
      fileUploadedAt: '2026-12-05T02:01:00Z',
      fileUploadedByName: '王晓梅',
    };
    const focused = await openPage({ user: OFFICE_ADMIN, versions: [uploaded] }, '/campaigns/documents?document=self-assessment');
    expect(focused.w.get('[data-test="document-self-assessment"]').classes()).toContain('is-focused');
    expect(focused.w.find('[data-test="document-form"]').exists()).toBe(false);
    focused.w.unmount();

    const plain = await openPage({ user: OFFICE_ADMIN, versions: [] });
    expect(plain.w.get('[data-test="document-self-assessment"]').classes()).not.toContain('is-focused');
    expect(plain.w.find('[data-test="document-form"]').exists()).toBe(false);
  });
});
