//! Running the HTTP server: bind, serve, stop gracefully.

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::net::TcpListener;

use crate::{router, AppState};

/// How often a node lays the translators' reviews stored by other nodes over its files.
pub const TRANSLATION_REFRESH: Duration = Duration::from_secs(30);

/// Serves until `shutdown` completes, then stops accepting and lets requests under way finish.
/// The translators' reviews are laid over the Fluent files before the first request, and
/// refreshed every [`TRANSLATION_REFRESH`] while serving.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    refresh_translations(&state).await;
    let refresher = tokio::spawn({
        let state = state.clone();
        async move {
            let mut tick = tokio::time::interval(TRANSLATION_REFRESH);
            tick.tick().await;
            loop {
                tick.tick().await;
                refresh_translations(&state).await;
            }
        }
    });
    let follower = tokio::spawn(sportello_app::search::follow(state.app.clone()));
    let app = router(state);
    let served = axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await;
    refresher.abort();
    follower.abort();
    served
}

/// Lays the stored reviews over the files; a failure keeps the reviews in force (logged).
async fn refresh_translations(state: &AppState) {
    match sportello_app::translation::reviews(&state.app).await {
        Ok(reviews) => {
            if state.i18n.apply_reviews(&reviews) {
                tracing::info!(reviews = reviews.len(), "translation reviews applied");
            }
        }
        Err(error) => tracing::warn!(%error, "translation reviews could not be read"),
    }
}

/// Completes on SIGTERM or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutdown signal received, finishing requests under way");
}
