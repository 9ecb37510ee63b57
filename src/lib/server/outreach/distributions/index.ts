// Personal invitations by e-mail: a distribution sends a published survey to an audience of the
// directory, now or later, with reminders to those who have not answered. Each e-mail carries a
// fresh single-use link (160 random bits; only its SHA-256 is kept) that expires with the
// distribution. Sending is a durable job; each recipient's e-mail is claimed under a lease before
// it goes out and marked sent once the SMTP server took it, so neither a restart nor a second
// instance sends it twice. Only an instance killed in the instant between the SMTP server's
// answer and the mark can send one again, and then with the same Message-ID.

export * from './create';
export * from './invites';
export * from './send';
export * from './status';
