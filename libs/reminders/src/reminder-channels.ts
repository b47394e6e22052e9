import { Inject, Injectable } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { REMINDER_SETTINGS, type ReminderSettings } from './reminder-settings';

/** Sends one message on one channel; throws with a readable reason when it cannot. */
@Injectable()
export class ReminderChannels {
  private transporter: Transporter | null = null;

  constructor(@Inject(REMINDER_SETTINGS) private readonly settings: ReminderSettings) {}

  get emailEnabled(): boolean {
    return this.settings.smtpUrl !== null;
  }

  get webhookEnabled(): boolean {
    return this.settings.webhookUrl !== null;
  }

  async sendEmail(recipients: string[], subject: string, body: string): Promise<void> {
    if (!this.settings.smtpUrl) throw new Error('未配置 SMTP_URL');
    // nodemailer is loaded with the first e-mail, not with every start of the API (cold start ≤ 3 s).
    this.transporter ??= (await import('nodemailer')).default.createTransport(this.settings.smtpUrl);
    await this.transporter.sendMail({ from: this.settings.smtpFrom, to: recipients, subject, text: body });
  }

  /** WeCom and DingTalk group robots both take {msgtype: 'text', text: {content}}. */
  async sendWebhook(subject: string, body: string): Promise<void> {
    if (!this.settings.webhookUrl) throw new Error('未配置 REMINDER_WEBHOOK_URL');
    const response = await fetch(this.settings.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ msgtype: 'text', text: { content: `${subject}\n${body}` } }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`群机器人返回 HTTP ${response.status}`);
    const answer = (await response.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
    if (answer.errcode) throw new Error(`群机器人返回错误 ${answer.errcode}：${answer.errmsg ?? ''}`);
  }
}
