//! `sportello`: the one binary that runs a regional network of information desks.

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context};
use clap::{Args, Parser, Subcommand};
use sportello_app::identity::accounts::{self, AddUser};
use sportello_app::platform::settings::DatabaseUrl;
use sportello_app::{demo, hsds, Settings, SystemClock};
use sportello_core::{Locale, Role, Scope};
use sportello_store::{Backend, Store};
use sportello_web::{server, AppState};

#[derive(Debug, Parser)]
#[command(
    name = "sportello",
    version,
    about = "Information desks for foreign residents: portal, directory, workspace."
)]
struct Cli {
    /// Settings file; defaults to ./sportello.toml when it exists.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// sqlite://PATH or postgres://USER@HOST/DB (overrides settings and SPORTELLO_DATABASE_URL).
    #[arg(long, global = true, value_name = "URL")]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the web server (migrates the database first).
    Serve(ServeArgs),
    /// Apply database migrations and exit.
    Migrate,
    /// Create a fresh demo database from the SISTER and SerTo seeds and serve it.
    Demo(DemoArgs),
    /// Manage operators' accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Check the audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Import data into the directory.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Export the directory.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Show how much of the interface each language translates, and how much of that a
    /// fluent reviewer has checked.
    I18nReport {
        /// Exit non-zero when a locale misses a message or has ids the Italian source does
        /// not.
        #[arg(long)]
        strict: bool,
        /// List the ids of the messages still marked unreviewed, per locale.
        #[arg(long)]
        unreviewed: bool,
    },
    /// Tools for the knowledge base.
    #[command(subcommand)]
    Kb(KbCommand),
    /// Rebuild the search index from the database. With the server running, every node
    /// rebuilds its own aside and swaps it in while it keeps answering; `--here` rebuilds
    /// this node's folder (`search.index_dir`) at once, for a node that is stopped.
    Reindex {
        #[arg(long)]
        here: bool,
    },
}

#[derive(Debug, Subcommand)]
enum KbCommand {
    /// Check an Italian text (Markdown) with the editor's writing aids: the Gulpease index,
    /// long sentences, bureaucratic words and the terms the Carta di Roma asks to avoid.
    /// Exits 1 when publishing it as a sheet would need an override.
    Check {
        /// A Markdown file, or `-` for standard input.
        file: String,
    },
    /// Check the external links of the published sheets and of the norms now (as the
    /// server does once a day) and print what was found.
    CheckLinks,
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// Import HSDS 3.0 tabular data: a data package folder (one CSV per table) or a tabular
    /// JSON file. Every row is checked first; any error and nothing is written.
    Hsds {
        /// A folder of HSDS CSV files, or a JSON file like {"organizations.csv": [rows], …}.
        path: PathBuf,
        /// Check and count the rows, write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Treat warnings (out-of-range coordinates, unknown columns) as errors.
        #[arg(long)]
        strict: bool,
    },
}

#[derive(Debug, Subcommand)]
enum ExportCommand {
    /// Export the directory as HSDS 3.0 tabular data, with our extensions as sportello_* tables.
    Hsds {
        #[arg(long, value_enum, default_value = "datapackage")]
        format: HsdsFormat,
        /// The folder (datapackage) or file (json) to write.
        #[arg(long)]
        out: PathBuf,
        /// Also write what the public API never shows: the street addresses, coordinates
        /// and field history of sensitive desks (shelters). For backups kept safe only.
        #[arg(long)]
        include_sensitive_places: bool,
        /// For opening the CSV files in a spreadsheet: text cells that start with = + - @
        /// get a leading ' so that no formula runs. Such a package is not for importing.
        #[arg(long)]
        spreadsheet_safe: bool,
    },
    /// Write the translators' reviews stored in the database into `.ftl` files (one folder
    /// per locale, as `locales/`): corrections replace the texts, reviewed messages lose
    /// their `# unreviewed` mark. Copy them over `locales/` for the next release.
    Translations {
        /// The folder to write (`<out>/<locale>/<area>.ftl`).
        #[arg(long)]
        out: PathBuf,
        /// Only this locale (a tag such as `ar`); every translated locale by default.
        #[arg(long)]
        locale: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum HsdsFormat {
    /// {"organizations.csv": [rows], …} in one file.
    Json,
    /// A folder with one CSV per table and datapackage.json.
    Datapackage,
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Recompute the hash chain; exit 1 and name the first bad row if a row was changed or removed.
    Verify,
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// Address to listen on (overrides server.bind), e.g. 0.0.0.0:8080.
    #[arg(long)]
    bind: Option<String>,
    /// Development aids: /dev/mail shows the messages of the "folder" mail transport.
    #[arg(long)]
    dev: bool,
}

#[derive(Debug, Args)]
struct DemoArgs {
    /// Add N generated desks (five services and ten knowledge-base articles each) to the
    /// seed, for benchmarks.
    #[arg(long, default_value_t = 0)]
    scale: u32,
    /// Load the data and exit without serving.
    #[arg(long)]
    load_only: bool,
    #[command(flatten)]
    serve: ServeArgs,
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Create an account. The password is read from stdin with --password-stdin, otherwise generated and shown once.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "viewer")]
        role: String,
        /// network, organisation:SLUG, desk:SLUG, theme:SLUG or language:TAG
        #[arg(long, default_value = "network")]
        scope: String,
        #[arg(long, default_value = "it")]
        locale: String,
        #[arg(long)]
        password_stdin: bool,
    },
    /// List accounts and their roles.
    List,
    /// Disable an account and end its sessions.
    Disable { email: String },
    /// Replace an account's roles with one role on one scope.
    SetRole {
        email: String,
        role: String,
        #[arg(long, default_value = "network")]
        scope: String,
    },
}

const DEMO_DATABASE_URL: &str = "sqlite://sportello-demo.db";

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One readable line, the causes joined; no backtrace.
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = cli.config.clone().or_else(|| {
        let default = PathBuf::from("sportello.toml");
        default.exists().then_some(default)
    });
    if let Some(path) = &cli.config {
        if !path.exists() {
            bail!("settings file {} does not exist", path.display());
        }
    }
    let mut settings = Settings::load(config.as_deref())?;
    if let Some(url) = &cli.database_url {
        settings.database.url = DatabaseUrl::new(url.clone());
    } else if matches!(cli.command, Command::Demo(_))
        && std::env::var_os("SPORTELLO_DATABASE_URL").is_none()
    {
        // The demo never touches the default production file.
        settings.database.url = DatabaseUrl::new(DEMO_DATABASE_URL);
    }
    init_tracing(&settings);

    match cli.command {
        Command::Serve(args) => {
            let store = open_store(&settings).await?;
            store.migrate().await?;
            serve(store, settings, args).await
        }
        Command::Migrate => {
            let store = open_store(&settings).await?;
            store.migrate().await?;
            println!("migrations applied to {}", settings.database.url);
            Ok(())
        }
        Command::Demo(args) => run_demo(settings, args).await,
        Command::User(cmd) => {
            let store = open_store(&settings).await?;
            store.migrate().await?;
            run_user(&store, cmd).await
        }
        Command::Audit(AuditCommand::Verify) => {
            let store = open_store(&settings).await?;
            store.migrate().await?;
            match store.verify_audit().await? {
                sportello_store::AuditVerdict::Intact { rows } => {
                    println!("audit log intact: {rows} rows, hash chain verified");
                    Ok(())
                }
                sportello_store::AuditVerdict::Broken { seq, reason } => {
                    bail!("audit log TAMPERED at row {seq}: {reason}")
                }
            }
        }
        Command::Import(ImportCommand::Hsds {
            path,
            dry_run,
            strict,
        }) => {
            let store = open_store(&settings).await?;
            store.migrate().await?;
            import_hsds(&store, &path, hsds::ImportOptions { dry_run, strict }).await
        }
        Command::Export(ExportCommand::Hsds {
            format,
            out,
            include_sensitive_places,
            spreadsheet_safe,
        }) => {
            let store = open_store(&settings).await?;
            store.migrate().await?;
            let format = match format {
                HsdsFormat::Json => hsds::ExportFormat::Json,
                HsdsFormat::Datapackage => hsds::ExportFormat::Datapackage,
            };
            let scope = if include_sensitive_places {
                eprintln!(
                    "WARNING: --include-sensitive-places writes the street addresses, coordinates \
                     and history of sensitive desks (shelters). Keep {} out of any publication \
                     and store it as securely as the database itself.",
                    out.display()
                );
                hsds::DumpScope::Everything
            } else {
                hsds::DumpScope::Public
            };
            let options = hsds::ExportOptions {
                spreadsheet_safe,
                ..hsds::ExportOptions::new(format, scope)
            };
            let written = hsds::export(&store, &options, &out).await?;
            let rows: u64 = written.iter().map(|(_, n)| n).sum();
            for (file, n) in written.iter().filter(|(_, n)| *n > 0) {
                println!("{file}: {n} rows");
            }
            println!("exported {rows} rows to {}", out.display());
            Ok(())
        }
        Command::Export(ExportCommand::Translations { out, locale }) => {
            let store = open_store(&settings).await?;
            store.migrate().await?;
            let app = sportello_app::App::new(store, settings).await?;
            export_translations(&app, &out, locale.as_deref()).await
        }
        Command::I18nReport { strict, unreviewed } => i18n_report(strict, unreviewed),
        Command::Kb(KbCommand::Check { file }) => kb_check(&file),
        Command::Kb(KbCommand::CheckLinks) => kb_check_links(settings).await,
        Command::Reindex { here } => reindex(settings, here).await,
    }
}

async fn reindex(settings: Settings, here: bool) -> anyhow::Result<()> {
    let store = open_store(&settings).await?;
    store.migrate().await?;
    let app = sportello_app::App::new(store, settings).await?;
    if here {
        let documents = sportello_app::search::rebuild(&app).await?;
        println!("search index rebuilt: {documents} documents");
    } else {
        sportello_app::search::request_rebuild(&app).await?;
        println!("every running node will rebuild its search index within a few seconds");
    }
    Ok(())
}

async fn kb_check_links(settings: Settings) -> anyhow::Result<()> {
    let store = open_store(&settings).await?;
    store.migrate().await?;
    let app = sportello_app::App::new(store, settings).await?;
    let run = sportello_app::kb::links::check_all(&app).await?;
    println!(
        "checked {} addresses: {} broken, {} unreachable, {} not checked (not public http/https)",
        run.checked, run.broken, run.unreachable, run.refused
    );
    Ok(())
}

fn kb_check(file: &str) -> anyhow::Result<()> {
    use std::io::Read;
    let mut text = String::new();
    if file == "-" {
        std::io::stdin().read_to_string(&mut text)?;
    } else {
        text = std::fs::read_to_string(file)?;
    }
    let report = sportello_app::kb::aids::check_parts([("text".to_owned(), text.as_str())]);
    match report.gulpease {
        Some(g) => println!(
            "Gulpease {:.0} ({}), {} words",
            g.score,
            g.level.code(),
            report.words
        ),
        None => println!("no words to measure"),
    }
    for s in &report.long_sentences {
        println!("long sentence ({} words): {}", s.words, s.text);
    }
    for f in &report.findings {
        let list = if f.respectful {
            "Carta di Roma"
        } else {
            "plain language"
        };
        println!("{list}: \"{}\" -> {}", f.found, f.alternative);
    }
    if report.needs_override {
        anyhow::bail!("publishing this text as a sheet needs an explicit override");
    }
    Ok(())
}

async fn import_hsds(
    store: &Store,
    path: &std::path::Path,
    options: hsds::ImportOptions,
) -> anyhow::Result<()> {
    let report = hsds::import(store, &SystemClock, path, options).await?;
    for issue in &report.issues {
        eprintln!("{issue}");
    }
    let errors = report.errors();
    if errors > 0 {
        bail!(
            "{errors} errors in {}; nothing was imported",
            path.display()
        );
    }
    for table in &report.tables {
        if report.written {
            let c = table.counts;
            println!(
                "{}: {} rows, {} inserted, {} updated, {} unchanged",
                table.file, table.rows, c.inserted, c.updated, c.unchanged
            );
        } else {
            println!("{}: {} rows", table.file, table.rows);
        }
    }
    if report.written {
        println!("import complete");
    } else {
        println!("dry run: the data is valid; nothing was written");
    }
    Ok(())
}

fn init_tracing(settings: &Settings) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .or_else(|_| tracing_subscriber::EnvFilter::try_new(&settings.log.filter))
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

async fn open_store(settings: &Settings) -> anyhow::Result<Store> {
    Ok(sportello_app::platform::context::open_store(settings).await?)
}

async fn serve(store: Store, mut settings: Settings, args: ServeArgs) -> anyhow::Result<()> {
    if let Some(bind) = args.bind {
        settings.server.bind = bind;
    }
    if args.dev {
        settings.server.dev = true;
    }
    let listener = tokio::net::TcpListener::bind(&settings.server.bind)
        .await
        .with_context(|| format!("cannot listen on {}", settings.server.bind))?;
    let address = listener.local_addr()?;
    let grace = Duration::from_secs(settings.server.shutdown_grace_secs);
    let settings_for_housekeeping = settings.clone();
    let app = sportello_app::App::new(store.clone(), settings).await?;
    // The link checker, once a day (`kb.link_check_hours`), looked at on the housekeeping timer.
    let links_app = app.clone();
    let link_checker = tokio::spawn(async move {
        let mut tick = tokio::time::interval(sportello_app::platform::housekeeping::INTERVAL);
        // Not at start-up: the first look comes one interval after.
        tick.tick().await;
        loop {
            tick.tick().await;
            match sportello_app::kb::links::when_due(&links_app).await {
                Ok(Some(run)) => tracing::info!(?run, "links checked"),
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "link check failed"),
            }
        }
    });
    let state = AppState::new(app).map_err(anyhow::Error::msg)?;
    println!("sportello is listening on http://{address}/");
    tracing::info!(%address, backend = store.backend().as_str(), "serving");

    // Retention: expired sessions, stale throttles and old audit rows go away on a timer.
    let housekeeping_store = store.clone();
    let housekeeping_settings = settings_for_housekeeping;
    let housekeeping = tokio::spawn(async move {
        let mut tick = tokio::time::interval(sportello_app::platform::housekeeping::INTERVAL);
        loop {
            tick.tick().await;
            match sportello_app::platform::housekeeping::run_once(
                &housekeeping_store,
                &SystemClock,
                &housekeeping_settings,
            )
            .await
            {
                Ok(report) => tracing::debug!(?report, "housekeeping done"),
                Err(e) => tracing::warn!(error = %e, "housekeeping failed"),
            }
        }
    });
    let stop = Arc::new(tokio::sync::Notify::new());
    let stop_server = stop.clone();
    let mut server = tokio::spawn(server::serve(listener, state, async move {
        stop_server.notified().await;
    }));
    tokio::select! {
        result = &mut server => {
            result.context("server task failed")?.context("server failed")?;
            return Ok(());
        }
        () = server::shutdown_signal() => {}
    }
    stop.notify_one();
    if let Ok(result) = tokio::time::timeout(grace, server).await {
        result
            .context("server task failed")?
            .context("server failed")?;
    } else {
        tracing::warn!(
            ?grace,
            "requests still under way after the grace period; stopping anyway"
        );
    }
    housekeeping.abort();
    link_checker.abort();
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

async fn run_demo(mut settings: Settings, args: DemoArgs) -> anyhow::Result<()> {
    // A newcomer signs in with the printed password at once; `serve` keeps 2FA required.
    settings.auth.require_2fa_for_admins = false;
    // Mail (password reset links) lands in a folder unless SMTP is configured.
    if settings.mail.transport == "none" {
        settings.mail.transport = "folder".into();
        settings.mail.folder = "sportello-demo-mail".into();
    }
    let url = settings.database.url.expose().to_owned();
    let mut store = open_store(&settings).await?;
    store.migrate().await?;
    let has_data = store.count_organisations().await? > 0 || !store.list_users().await?.is_empty();
    let is_demo = store.meta(demo::DEMO_META_KEY).await?.is_some();
    if has_data {
        if !is_demo {
            bail!(
                "{} already holds data that is not demo data; the demo needs an empty database (or the default {DEMO_DATABASE_URL})",
                settings.database.url
            );
        }
        if store.backend() != Backend::Sqlite {
            bail!(
                "{} already holds demo data; drop and create the database to reload it",
                settings.database.url
            );
        }
        // A previous demo file: start afresh.
        store.close().await;
        remove_sqlite_files(&url)?;
        store = open_store(&settings).await?;
        store.migrate().await?;
    }
    let loaded = demo::load(&store, &SystemClock, args.scale).await?;
    println!(
        "demo data loaded into {}: {} organisations, {} desks, the SerTo catalogue and {} generated services, {} knowledge-base articles and {} generated ones",
        settings.database.url,
        loaded.organisations,
        loaded.desks,
        loaded.generated_services,
        loaded.articles,
        loaded.generated_articles
    );
    println!(
        "demo admin login: {}  password: {}",
        loaded.admin_email, loaded.admin_password
    );
    if args.load_only {
        store.close().await;
        return Ok(());
    }
    serve(store, settings, args.serve).await
}

fn remove_sqlite_files(url: &str) -> anyhow::Result<()> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:")
        .split('?')
        .next()
        .unwrap_or_default();
    for suffix in ["", "-wal", "-shm"] {
        let file = format!("{path}{suffix}");
        match std::fs::remove_file(&file) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("cannot remove {file}")),
        }
    }
    Ok(())
}

async fn run_user(store: &Store, cmd: UserCommand) -> anyhow::Result<()> {
    match cmd {
        UserCommand::Add {
            email,
            name,
            role,
            scope,
            locale,
            password_stdin,
        } => {
            let role = Role::parse(&role)?;
            let scope = Scope::parse(&scope)?;
            let locale = Locale::from_tag(&locale)?;
            let (password, generated) = if password_stdin {
                let stdin = std::io::stdin();
                if stdin.is_terminal() {
                    eprintln!("type the password and press Enter:");
                }
                let mut line = String::new();
                stdin
                    .lock()
                    .read_line(&mut line)
                    .context("cannot read the password from stdin")?;
                (line.trim_end_matches(['\r', '\n']).to_owned(), false)
            } else {
                (accounts::generate_password(), true)
            };
            accounts::add_user(
                store,
                &SystemClock,
                AddUser {
                    email: &email,
                    display_name: &name,
                    locale,
                    password: &password,
                    role,
                    scope: scope.clone(),
                },
            )
            .await?;
            println!("account {email} created with role {role} on {scope}");
            if generated {
                println!("password (shown once): {password}");
            }
        }
        UserCommand::List => {
            let users = accounts::list_users(store).await?;
            if users.is_empty() {
                println!("no accounts");
            }
            for u in users {
                let roles: Vec<String> = u
                    .grants
                    .iter()
                    .map(|g| format!("{}@{}", g.role, g.scope))
                    .collect();
                let state = if u.disabled { " (disabled)" } else { "" };
                println!(
                    "{}\t{}\t{}\t{}{}",
                    u.email,
                    u.display_name,
                    u.locale,
                    roles.join(","),
                    state
                );
            }
        }
        UserCommand::Disable { email } => {
            accounts::disable_user(store, &SystemClock, &email).await?;
            println!("{email} is disabled and signed out everywhere");
        }
        UserCommand::SetRole { email, role, scope } => {
            let role = Role::parse(&role)?;
            let scope = Scope::parse(&scope)?;
            accounts::set_role(store, &SystemClock, &email, role, scope.clone()).await?;
            println!("{email} now has role {role} on {scope}");
        }
    }
    Ok(())
}

async fn export_translations(
    app: &sportello_app::App,
    out: &std::path::Path,
    only: Option<&str>,
) -> anyhow::Result<()> {
    let i18n = sportello_web::I18n::load().map_err(anyhow::Error::msg)?;
    let reviews = sportello_app::translation::reviews(app).await?;
    i18n.apply_reviews(&reviews);
    let locales: Vec<sportello_core::Locale> = match only {
        Some(tag) => vec![sportello_core::Locale::from_tag(tag)?],
        None => sportello_core::Locale::ALL
            .into_iter()
            .filter(|l| *l != sportello_core::Locale::FALLBACK)
            .collect(),
    };
    for locale in locales {
        let dir = out.join(locale.tag());
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create {}", dir.display()))?;
        for (file, text) in i18n.export(locale) {
            let path = dir.join(format!("{file}.ftl"));
            std::fs::write(&path, text)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
    }
    println!("wrote {} reviews into {}", reviews.len(), out.display());
    Ok(())
}

fn i18n_report(strict: bool, list_unreviewed: bool) -> anyhow::Result<()> {
    let i18n = sportello_web::I18n::load().map_err(anyhow::Error::msg)?;
    println!(
        "{:<6} {:<12} {:>10} {:>5}  {:>10}  status",
        "locale", "language", "translated", "%", "reviewed"
    );
    let mut problems = 0;
    for c in i18n.coverage() {
        let source = c.locale == sportello_core::Locale::FALLBACK;
        let coverage = if source {
            "source".to_owned()
        } else if c.is_complete() {
            "complete".to_owned()
        } else {
            format!("FALLBACK to Italian for {} messages", c.missing.len())
        };
        let status = match c.unreviewed.len() {
            0 => coverage,
            n => format!("{coverage}, {n} unreviewed"),
        };
        println!(
            "{:<6} {:<12} {:>4}/{:<5} {:>4}%  {:>4}/{:<5}  {status}",
            c.locale.tag(),
            c.locale.endonym(),
            c.translated,
            c.total,
            c.percent(),
            c.reviewed(),
            c.translated,
        );
        if !c.missing.is_empty() {
            problems += 1;
            println!("       missing: {}", c.missing.join(", "));
        }
        if !c.unknown.is_empty() {
            problems += 1;
            println!(
                "       UNKNOWN ids (not in the Italian source): {}",
                c.unknown.join(", ")
            );
        }
        if list_unreviewed && !c.unreviewed.is_empty() {
            println!("       unreviewed: {}", c.unreviewed.join(", "));
        }
    }
    if strict && problems > 0 {
        bail!("{problems} locale(s) miss messages or define ids the Italian source does not have");
    }
    Ok(())
}
