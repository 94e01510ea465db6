//! The OpenAPI 3.1 document of the HTTP API, generated from the handlers'
//! annotations (utoipa) and served at `/openapi.json`.

use axum::Json;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Truce",
        description = "The signed, witnessed ledger a mediated ceasefire runs on. Writes are signed DSSE envelopes posted to /api/v1/entries; reads are signed by the member's key (X-Truce-Key, X-Truce-Created, X-Truce-Signature) and filtered by the confidentiality rules; unsigned reads see what the public may. Browsers sign in by challenge-response with their own WebCrypto key and carry a session cookie instead (changes also need X-Truce-CSRF)."
    ),
    paths(
        super::tlog::submit,
        super::tlog::submit_batch,
        super::tlog::entry,
        super::tlog::receipt,
        super::tlog::opening,
        super::tlog::disclosure,
        super::tlog::inclusion,
        super::tlog::consistency,
        super::tlog::key,
        super::tlog::info,
        super::tlog::put_blob,
        super::tlog::get_blob,
        super::tlog::checkpoint,
        super::tlog::tile,
        super::negotiation::process,
        super::negotiation::whoami,
        super::negotiation::versions,
        super::negotiation::version,
        super::negotiation::comments,
        super::negotiation::diff,
        super::negotiation::export_md,
        super::negotiation::export_akn,
        super::negotiation::agreement,
        super::negotiation::calendar,
        super::acts::acts,
        super::acts::check,
        super::reminders::settings,
        super::reminders::set_settings,
        super::reminders::feed,
        super::monitoring::mechanism,
        super::monitoring::compliance_now,
        super::monitoring::incidents,
        super::monitoring::incident,
        super::monitoring::incidents_geojson,
        super::monitoring::incidents_csv,
        super::monitoring::duplicates,
        super::monitoring::border,
        super::monitoring::evidence,
        super::monitoring::custody,
        super::monitoring::cases,
        super::monitoring::case,
        super::monitoring::findings,
        super::monitoring::penalties,
        super::monitoring::record,
        super::reports::report,
        super::reports::public_record,
        super::reports::public_list,
        super::reports::feed,
        super::reports::published_report,
        super::monitoring::clusters,
        super::session::challenge,
        super::session::sign_in,
        super::session::current,
        super::session::sign_out,
        super::session::invitation,
        super::web::events,
    ),
    tags(
        (name = "ledger", description = "entries, proofs, receipts, keys, blobs"),
        (name = "tiles", description = "C2SP tlog-tiles read API"),
        (name = "negotiation", description = "process, versions, comments, diff, adoption, exports"),
        (name = "monitoring", description = "commitments, compliance, incidents, evidence, cases, findings, penalties"),
        (name = "reports", description = "compliance reports with their proofs, the public record and its Atom feed"),
        (name = "session", description = "browser sign-in: invitations, challenge-response sessions, sign-out"),
        (name = "web", description = "live updates for the web UI"),
    )
)]
pub struct ApiDoc;

/// The document as JSON, with the refusals every operation can give made
/// explicit: a 400 wherever there is input to get wrong, and a 401 wherever
/// a signed request or session is read (a bad signature, a retired key).
pub fn document() -> utoipa::openapi::OpenApi {
    use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
    let mut doc = ApiDoc::openapi();
    let error = |what: &str| {
        RefOr::T(
            ResponseBuilder::new()
                .description(what)
                .content(
                    "application/json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("ErrorJson")))
                        .build(),
                )
                .build(),
        )
    };
    for (path, item) in doc.paths.paths.iter_mut() {
        let ops = [
            item.get.as_mut(),
            item.post.as_mut(),
            item.put.as_mut(),
            item.delete.as_mut(),
        ];
        for op in ops.into_iter().flatten() {
            let params = op.parameters.as_deref().unwrap_or_default();
            let signed = params
                .iter()
                .any(|p| p.name.eq_ignore_ascii_case("X-Truce-Key"));
            let has_input = !params.is_empty() || op.request_body.is_some() || path.contains('{');
            let responses = &mut op.responses.responses;
            if has_input && path.starts_with("/api/") && !responses.contains_key("400") {
                responses.insert(
                    "400".into(),
                    error("the request is malformed; the error names what is wrong"),
                );
            }
            if signed && !responses.contains_key("401") {
                responses.insert(
                    "401".into(),
                    error("the request's signature or session does not hold"),
                );
            }
        }
    }
    doc
}

pub async fn serve() -> Json<utoipa::openapi::OpenApi> {
    Json(document())
}
