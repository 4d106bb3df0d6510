//! Outbound e-mail: SMTP (STARTTLS, implicit TLS, or plain to a local relay), a folder of
//! `.eml` files for the demo and development, or nothing.

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::platform::settings::MailSettings;
use crate::Error;

/// One message to one person.
#[derive(Debug, Clone)]
pub struct OutboundMail {
    pub to: String,
    pub subject: String,
    pub text: String,
}

#[derive(Debug, Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(PathBuf),
    Disabled,
}

#[derive(Debug, Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
}

impl Mailer {
    pub fn from_settings(settings: &MailSettings) -> Result<Self, Error> {
        let bad =
            |what: &str, e: &dyn std::fmt::Display| Error::Settings(format!("mail.{what}: {e}"));
        let from: Mailbox = settings.from.parse().map_err(|e| bad("from", &e))?;
        let transport = match settings.transport.as_str() {
            "smtp" => {
                let host = settings.smtp_host.as_str();
                let mut builder = match settings.smtp_security.as_str() {
                    "tls" => AsyncSmtpTransport::<Tokio1Executor>::relay(host)
                        .map_err(|e| bad("smtp_host", &e))?,
                    "starttls" => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)
                        .map_err(|e| bad("smtp_host", &e))?,
                    _ => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
                }
                .port(settings.smtp_port)
                .timeout(Some(Duration::from_secs(15)));
                if !settings.smtp_username.is_empty() {
                    builder = builder.credentials(Credentials::new(
                        settings.smtp_username.clone(),
                        settings.smtp_password.expose().to_owned(),
                    ));
                }
                Transport::Smtp(builder.build())
            }
            "folder" => Transport::Folder(PathBuf::from(&settings.folder)),
            _ => Transport::Disabled,
        };
        Ok(Self { from, transport })
    }

    /// The folder messages are written to, when that is the transport.
    pub fn folder(&self) -> Option<&PathBuf> {
        match &self.transport {
            Transport::Folder(dir) => Some(dir),
            _ => None,
        }
    }

    pub fn is_enabled(&self) -> bool {
        !matches!(self.transport, Transport::Disabled)
    }

    pub async fn send(&self, mail: &OutboundMail) -> Result<(), Error> {
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|e| Error::Mail(format!("recipient: {e}")))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&mail.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(mail.text.clone())
            .map_err(|e| Error::Mail(e.to_string()))?;
        match &self.transport {
            Transport::Smtp(smtp) => {
                smtp.send(message)
                    .await
                    .map_err(|e| Error::Mail(e.to_string()))?;
            }
            Transport::Folder(dir) => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|e| Error::Mail(e.to_string()))?;
                let name = format!("{}.eml", uuid::Uuid::now_v7());
                tokio::fs::write(dir.join(name), message.formatted())
                    .await
                    .map_err(|e| Error::Mail(e.to_string()))?;
            }
            Transport::Disabled => {
                tracing::warn!(subject = %mail.subject, "mail.transport is none: message not sent");
            }
        }
        Ok(())
    }
}

/// Development only (`--dev` with the `folder` transport): the newest `limit` messages the
/// folder holds, newest first. `None` when there is no such folder to show.
pub fn dev_messages(app: &crate::App, limit: usize) -> Option<Vec<String>> {
    let folder = app
        .mailer()
        .folder()
        .filter(|_| app.settings().server.dev)?;
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .map(|dir| {
            dir.filter_map(std::result::Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files.reverse();
    Some(
        files
            .iter()
            .take(limit)
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect(),
    )
}
