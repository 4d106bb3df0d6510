//! The `sportello` binary as an operator uses it.

#![allow(clippy::unwrap_used, clippy::case_sensitive_file_extension_comparisons)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn sportello(dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sportello"));
    cmd.current_dir(dir)
        .env_remove("SPORTELLO_DATABASE_URL")
        .env_remove("RUST_LOG")
        .env("RUST_BACKTRACE", "1")
        .stdin(Stdio::null());
    cmd
}

fn run(dir: &std::path::Path, args: &[&str]) -> Output {
    sportello(dir).args(args).output().expect("run sportello")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn version_is_printed() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["--version"]);
    assert!(out.status.success());
    assert_eq!(
        stdout(&out).trim(),
        format!("sportello {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn a_database_that_cannot_be_opened_is_one_readable_line() {
    let dir = tempfile::tempdir().unwrap();
    for url in [
        "postgres://someone:hunter2@127.0.0.1:1/db",
        "sqlite:///no/such/dir/x.db",
        "mysql://x/y",
    ] {
        let out = run(dir.path(), &["--database-url", url, "migrate"]);
        assert_eq!(out.status.code(), Some(1), "{url}");
        let err = stderr(&out);
        let lines: Vec<_> = err.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 1, "{url}: {err}");
        assert!(lines[0].starts_with("error: "), "{err}");
        assert!(
            !err.contains("panicked") && !err.contains("backtrace") && !err.contains("hunter2"),
            "{err}"
        );
    }
}

#[test]
fn users_are_added_listed_and_given_roles() {
    let dir = tempfile::tempdir().unwrap();
    let db = ["--database-url", "sqlite://users.db"];
    let out = run(
        dir.path(),
        &[
            &db[..],
            &[
                "user",
                "add",
                "--email",
                "Anna@Example.org",
                "--name",
                "Anna Rossi",
                "--role",
                "l2-operator",
                "--scope",
                "desk:bologna-stranieri",
            ],
        ]
        .concat(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("password (shown once): "));

    let out = run(dir.path(), &[&db[..], &["user", "list"]].concat());
    let listing = stdout(&out);
    assert!(
        listing.contains("anna@example.org\tAnna Rossi\tit\tl2_operator@desk:bologna-stranieri"),
        "{listing}"
    );

    let out = run(
        dir.path(),
        &[
            &db[..],
            &[
                "user",
                "set-role",
                "anna@example.org",
                "coordinator",
                "--scope",
                "organisation:regione-toscana",
            ],
        ]
        .concat(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let listing = stdout(&run(dir.path(), &[&db[..], &["user", "list"]].concat()));
    assert!(
        listing.contains("coordinator@organisation:regione-toscana")
            && !listing.contains("l2_operator"),
        "{listing}"
    );

    for (args, expected) in [
        (
            vec![
                "user",
                "add",
                "--email",
                "anna@example.org",
                "--name",
                "Again",
            ],
            "exists already",
        ),
        (
            vec!["user", "add", "--email", "not-an-email", "--name", "X"],
            "not an e-mail address",
        ),
        (
            vec![
                "user",
                "add",
                "--email",
                "b@example.org",
                "--name",
                "B",
                "--role",
                "root",
            ],
            "unknown role",
        ),
        (
            vec!["user", "set-role", "ghost@example.org", "viewer"],
            "not found",
        ),
    ] {
        let out = run(dir.path(), &[&db[..], &args[..]].concat());
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&out).contains(expected),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn password_from_stdin_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = sportello(dir.path())
        .args([
            "--database-url",
            "sqlite://pw.db",
            "user",
            "add",
            "--email",
            "c@example.org",
            "--name",
            "C",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"short\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("at least 12 characters"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn i18n_report_shows_every_locale_complete_and_unreviewed_counts() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["i18n-report", "--strict", "--unreviewed"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = stdout(&out);
    let line = |tag: &str| {
        report
            .lines()
            .find(|l| l.starts_with(&format!("{tag} ")))
            .unwrap_or_else(|| panic!("{tag} missing from\n{report}"))
            .to_owned()
    };
    for tag in [
        "en", "fr", "es", "ar", "zh", "sq", "ro", "uk", "ur", "bn", "fa", "pa", "tl",
    ] {
        let l = line(tag);
        assert!(l.contains("complete") && l.contains("100%"), "{l}");
        // Every translation so far is a machine draft: the report says so.
        assert!(l.contains(" unreviewed"), "{l}");
    }
    assert!(line("it").contains("source"), "{}", line("it"));
    assert!(!line("it").contains("unreviewed"), "{}", line("it"));
    assert!(
        report.contains("unreviewed: ") && report.contains("nav-desks"),
        "--unreviewed lists the ids:\n{report}"
    );
}

#[test]
fn translations_export_writes_every_locale_as_locales_has_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["export", "translations", "--out", "exported"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("wrote 0 reviews"), "{}", stdout(&out));
    let locales = std::fs::read_dir(dir.path().join("exported"))
        .unwrap()
        .count();
    assert_eq!(locales, 13, "every locale but Italian, the source");
    let ar = std::fs::read_to_string(dir.path().join("exported/ar/platform.ftl")).unwrap();
    assert!(
        ar.contains("# unreviewed\nsite-name = "),
        "no review: marks stay"
    );
    let refused = run(
        dir.path(),
        &["export", "translations", "--out", "x", "--locale", "xx"],
    );
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("unsupported locale"),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn demo_loads_and_reloads_but_never_overwrites_real_data() {
    let dir = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let out = run(dir.path(), &["demo", "--load-only", "--scale", "20"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.contains("demo admin login: admin@demo.sportello.invalid  password: "),
            "{text}"
        );
    }
    assert!(
        dir.path().join("sportello-demo.db").exists(),
        "the demo uses its own file"
    );
    assert!(
        !dir.path().join("sportello.db").exists(),
        "the default database is untouched"
    );

    let real = ["--database-url", "sqlite://real.db"];
    assert!(run(
        dir.path(),
        &[
            &real[..],
            &["user", "add", "--email", "r@example.org", "--name", "R"]
        ]
        .concat()
    )
    .status
    .success());
    let out = run(dir.path(), &[&real[..], &["demo", "--load-only"]].concat());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not demo data"), "{}", stderr(&out));
}

fn http_get(addr: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

#[cfg(unix)]
#[test]
fn serve_migrates_answers_and_stops_gracefully_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = sportello(dir.path())
        .args([
            "--database-url",
            "sqlite://serve.db",
            "serve",
            "--bind",
            "127.0.0.1:0",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("sportello is listening on http://")
        .and_then(|s| s.strip_suffix('/'))
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .to_owned();
    assert!(
        http_get(&addr, "/readyz").starts_with("HTTP/1.1 200"),
        "ready after migrating"
    );

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let started = Instant::now();
    loop {
        if let Some(exit) = child.try_wait().unwrap() {
            assert!(exit.success(), "exit after SIGTERM: {exit:?}");
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "did not stop within 10 s of SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn accounts_can_be_disabled_and_the_audit_log_verified() {
    let dir = tempfile::tempdir().unwrap();
    let db = ["--database-url", "sqlite://audit.db"];
    assert!(run(
        dir.path(),
        &[
            &db[..],
            &["user", "add", "--email", "d@example.org", "--name", "D"]
        ]
        .concat()
    )
    .status
    .success());
    let out = run(
        dir.path(),
        &[&db[..], &["user", "disable", "d@example.org"]].concat(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let listing = stdout(&run(dir.path(), &[&db[..], &["user", "list"]].concat()));
    assert!(listing.contains("(disabled)"), "{listing}");
    let out = run(dir.path(), &[&db[..], &["audit", "verify"]].concat());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("audit log intact: 2 rows"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn kb_check_measures_a_file_and_stdin_and_fails_on_what_needs_an_override() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.md");
    std::fs::write(
        &plain,
        "# Il medico\n\nIl medico di base ti cura. Non costa nulla. Lo scegli alla ASL.\n",
    )
    .unwrap();
    let out = run(dir.path(), &["kb", "check", plain.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("Gulpease "), "{}", stdout(&out));

    let mut child = sportello(dir.path())
        .args(["kb", "check", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Qualora i cittadini extracomunitari intendano ottemperare.".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        !out.status.success(),
        "a Carta di Roma term fails the check"
    );
    let text = stdout(&out);
    assert!(
        text.contains("Carta di Roma: \"extracomunitari\""),
        "{text}"
    );
    assert!(text.contains("plain language: \"Qualora\""), "{text}");
    assert!(stderr(&out).contains("needs an explicit override"));
}
