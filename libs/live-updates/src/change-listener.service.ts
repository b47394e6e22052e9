import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { campaignPlaceOf } from '@accredit/campaigns';
import { parseLiveChange, type LiveChange } from './live-change';
import type { CampaignPlace } from './live-audience';

export const LIVE_CHANNEL = 'live_changes';

type Listener = (change: LiveChange, campaign: CampaignPlace | null) => void;

/**
 * One PostgreSQL connection of its own (not the request pool's) LISTENing on the channel the
 * database's triggers announce changes on, handing each change to the open event streams.
 * A lost database is reconnected to with growing waits; streams stay open meanwhile.
 */
@Injectable()
export class ChangeListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LiveUpdates');
  private readonly listeners = new Set<Listener>();
  private readonly places = new Map<string, CampaignPlace>();
  private client: Client | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  /** The connection attempt under way, if any: the app may close before it ends. */
  private connecting: Promise<void> | null = null;
  private retryDelayMs = 1000;
  private stopped = false;

  constructor(private readonly orm: MikroORM) {}

  onApplicationBootstrap(): void {
    void this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    // An attempt still on its way (the app closed right after it started) ends its own connection.
    await this.connecting;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Registers a stream's listener; returns the function that removes it. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listening(): boolean {
    return this.client !== null;
  }

  private connect(): Promise<void> {
    this.connecting = this.connectOnce().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connectOnce(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.orm.config.get('clientUrl'), connectionTimeoutMillis: 5000 });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload) void this.deliver(message.payload);
    });
    try {
      await client.connect();
      await client.query(`listen ${LIVE_CHANNEL}`);
      if (this.stopped) {
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      this.retryDelayMs = 1000;
    } catch {
      await client.end().catch(() => undefined);
      this.lost(client);
    }
  }

  private lost(client: Client): void {
    if (this.client === client) this.client = null;
    if (this.stopped || this.retryTimer || this.client) return;
    this.logger.warn(`实时更新的数据库连接中断，${Math.round(this.retryDelayMs / 1000)} 秒后重连`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, this.retryDelayMs);
    this.retryTimer.unref();
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, 15_000);
  }

  private async deliver(payload: string): Promise<void> {
    const change = parseLiveChange(payload);
    if (!change || this.listeners.size === 0) return;
    const campaign = change.kind === 'notification' ? null : await this.placeOf(change.campaignId);
    for (const listener of this.listeners) listener(change, campaign);
  }

  /** A campaign's organisation never changes: asked once per campaign. */
  private async placeOf(campaignId: string): Promise<CampaignPlace | null> {
    const known = this.places.get(campaignId);
    if (known) return known;
    try {
      // The campaigns module's reading, on a fork of its own: this runs outside any request.
      const place = await campaignPlaceOf(this.orm.em.fork(), campaignId);
      if (!place) return null;
      if (this.places.size > 50_000) this.places.clear();
      this.places.set(campaignId, place);
      return place;
    } catch {
      return null;
    }
  }
}
