import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Actor, notLoggedIn } from '@accredit/api-kit';
import { ChangeListener } from './change-listener.service';
import { hears } from './live-audience';
import type { LiveChange } from './live-change';
import { LiveUpdatesRefusal, liveUpdatesError } from './live-updates.exception';

type ActorRequest = Request & { actor?: Actor };

/** A comment line often enough that proxies and phones do not drop a quiet stream. */
const HEARTBEAT_MS = 25_000;
/** A stream ends after this and the browser reconnects with its session checked again. */
const STREAM_LIFETIME_MS = 10 * 60_000;
const STREAMS_PER_SESSION = 6;
const STREAMS_IN_ALL = 5000;

/** What a browser is told: which campaign and tasks changed, never whose departments. */
const toClient = (change: LiveChange) => {
  if (change.kind === 'notification') return { kind: change.kind };
  // Which participants, not where they sit in the tree.
  if (change.kind === 'participant') return { kind: change.kind, campaignId: change.campaignId, participantIds: change.participantIds };
  return { kind: change.kind, campaignId: change.campaignId, taskIds: change.taskIds };
};

/**
 * `GET /api/live`: a server-sent event stream of the changes this session may hear of, for
 * screens to ask the API again within a second or two instead of waiting for a click.
 */
@Controller('api/live')
export class LiveUpdatesController {
  private readonly perSession = new Map<string, number>();
  private open = 0;

  constructor(private readonly changes: ChangeListener) {}

  @Get()
  stream(@Req() req: ActorRequest, @Res() res: Response): void {
    const actor = req.actor;
    if (!actor) throw notLoggedIn();
    const mine = this.perSession.get(actor.sessionId) ?? 0;
    if (mine >= STREAMS_PER_SESSION || this.open >= STREAMS_IN_ALL) {
      throw liveUpdatesError(LiveUpdatesRefusal.TooManyStreams, '打开的页面过多，实时更新暂不可用：请关闭多余的页面后刷新');
    }
    this.perSession.set(actor.sessionId, mine + 1);
    this.open += 1;

    res.status(200);
    res.setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-accel-buffering', 'no');
    res.flushHeaders();
    res.write(`retry: 3000\nevent: ready\ndata: {}\n\n`);

    const viewer = { roles: actor.roles, organisationId: actor.organisationId, organisationPath: actor.organisationPath ?? null, departmentId: actor.departmentId };
    const unsubscribe = this.changes.subscribe((change, campaign) => {
      if (hears(viewer, change, campaign)) res.write(`data: ${JSON.stringify(toClient(change))}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': ♥\n\n'), HEARTBEAT_MS);
    const lifetime = setTimeout(() => res.end(), STREAM_LIFETIME_MS);
    let closed = false;
    const close = (): void => {
      if (closed) return;
      closed = true;
      unsubscribe();
      clearInterval(heartbeat);
      clearTimeout(lifetime);
      this.open -= 1;
      const left = (this.perSession.get(actor.sessionId) ?? 1) - 1;
      if (left > 0) this.perSession.set(actor.sessionId, left);
      else this.perSession.delete(actor.sessionId);
    };
    res.on('close', close);
    res.on('finish', close);
  }
}
