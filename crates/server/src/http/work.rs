//! Work whose cost grows with the input (a map query over every incident,
//! clusters, duplicate candidates, a version's export), run on a blocking
//! thread over the snapshot the request began with, so the async workers
//! keep answering everyone else.

use super::error::ApiError;

/// Run `work` on a blocking thread.
pub async fn off_workers<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(work).await.map_err(|e| {
        ApiError::unavailable(truce_ledger::reason!(
            "work-unfinished",
            "the work did not finish: {detail}",
            detail = e
        ))
    })?
}
