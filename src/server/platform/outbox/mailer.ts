import nodemailer, { type Transporter } from 'nodemailer';
import type { EmailMessage } from './enqueue';

export interface Mailer {
  send(message: EmailMessage): Promise<void>;
  close(): void;
}

/** SMTP through nodemailer; SMTP_URL like `smtp://user:pass@host:587` or `smtps://host:465`. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport: Transporter = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close() {
      transport.close();
    },
  };
}
