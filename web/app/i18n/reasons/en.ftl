# Why the server refuses, in English: the sources' own reason!(…) sentences,
# written by crates/server/tests/catalogues.rs (TRUCE_BLESS=1 cargo test -p
# truce-server --test catalogues). Do not edit; translate from it.

## crates/domain/src/disclosure.rs

disclosure-unknown-kind = unknown kind "{ $kind }": the log accepts only the kinds of its disclosure table
disclosure-not-object = the body of a { $kind } entry is not a JSON object
disclosure-confidential-in-public = { $kind } is sealed: its entry body may show only { $public } and "sealed", but it shows "{ $field }" (put it in the opening)
disclosure-no-commitment = { $kind } is sealed: its entry body needs a "sealed" commitment (64 hex digits)
disclosure-no-opening = { $kind } is sealed: send its opening beside the envelope
disclosure-not-sealed = { $kind } is public: it carries no "sealed" commitment and no opening
disclosure-opening-shape = the opening is not { $shape }: { $why }
disclosure-salt = the opening's salt must be { $n } bytes of base64
disclosure-too-large = the opening is { $n } bytes; at most { $max }
disclosure-mismatch = the opening does not match the entry's commitment (it hashes to { $got })
disclosure-public-in-opening = the opening may not carry the public field "{ $field }"
disclosure-body-json = the { $kind } body: { $detail }

## crates/domain/src/document.rs

document-json = the document is not valid JSON of the draft shape: { $detail }
document-too-large = the document is { $n } bytes; at most { $max } are accepted
document-no-language = the document names no language
document-language-code = "{ $code }" is not a language code
document-language-twice = language "{ $code }" is listed twice
document-no-authoritative = no language is marked authoritative (mark one, or several as equally authentic)
document-text-unlisted-language = { $what } has text in "{ $code }", which the document does not list
document-text-missing = { $what } has no text in the authoritative language "{ $language }"
document-part-title = the title
document-part-preamble = the preamble
document-no-article = the document has no article
document-article-eid = article id "{ $eid }" is not an eId (lower-case letters, digits, '_')
document-eid-twice = clause id "{ $eid }" is used twice
document-part-heading = the heading of { $eid }
document-no-paragraph = article { $eid } has no paragraph
document-paragraph-eid = paragraph id "{ $eid }" is not an eId (lower-case letters, digits, '_')
document-part-clause = clause { $eid }
document-bracketed-no-alternatives = clause { $eid } is bracketed but lists no alternatives
document-alternatives-not-bracketed = clause { $eid } lists alternatives but is { $status }, not bracketed
document-part-alternative = alternative { $n } of clause { $eid }

## crates/domain/src/fold.rs

territories-no-world = no boundaries to check them against
territories-refused = territories: { $why }

## crates/domain/src/geo.rs

geo-not-topojson = the boundaries are not TopoJSON: { $why }
geo-unknown-country = no country named "{ $name }" in the boundaries
geo-no-border = { $a } and { $b } share no border in the boundaries
geo-not-a-number = { $what } is not a number
geo-arc-reference = an arc reference is not an integer
geo-no-arcs = no arcs
geo-arc-not-array = an arc is not an array
geo-no-geometries = no objects.countries.geometries
geo-no-such-arc = arc { $i } does not exist
geo-frontier-two = a frontier needs exactly two territories

## crates/domain/src/lib.rs

body-invalid = invalid { $kind } body: { $why }
unknown = { $what } "{ $id }" does not exist
duplicate = { $what } "{ $id }" already exists
not-a-member = key { $key } is not a member's key; add it with member.add first
key-retired = key { $key } was retired at entry { $at } (member { $member } { $why }) and signs nothing afterwards
forbidden = { $actor } may not { $act }: { $rule }
round-transition = round "{ $round }" cannot move from { $from } to { $to }
reason-required = a { $state } needs a stated reason
content-missing = the content { $hash } has not been uploaded: POST it to /api/v1/blobs before submitting
bad-document = the content { $hash } is not a valid draft: { $why }
not-with-mediators = version { $version } is not with the mediators for { $to }: it was already relayed to { $to } at entry { $at }
text-changed = the text changed: version { $version } has content { $current }, but this act names { $named }
bracketed = nothing is agreed until everything is agreed: version { $version } still has bracketed clauses ({ $clauses })
retired-removed = was removed
retired-rotated = rotated to a new key
thing-action-report = action report
thing-case = case
thing-clause = clause
thing-comment = comment
thing-commitment = commitment
thing-evidence = evidence
thing-evidence-request = evidence request
thing-finding = finding
thing-import-batch = import batch
thing-incident = incident
thing-member = member
thing-open-invitation = open invitation for member
thing-participant = participant
thing-penalty = penalty
thing-penalty-rule = penalty rule
thing-round = round
thing-version = version
round-state-scheduled = scheduled
round-state-in-session = in_session
round-state-stalled = stalled
round-state-suspended = suspended
round-state-resumed = resumed
round-state-concluded = concluded
blob-hash-mismatch = the bytes given hash to { $got }
import-bad-rows = { $bad } bad rows; the first: { $first }
import-row-count = it holds { $held } rows, not { $rows }
evidence-size = it is { $got } bytes, not the { $size } declared
evidence-type = it is declared { $declared } but its bytes are { $sniffed }
evidence-type-unknown = it is declared { $declared } but its bytes are of no accepted type

## crates/domain/src/monitor/acled.rs

import-row = line { $line }, column { $column }: { $why }
import-no-column = the header has no { $name } column: an ACLED export has these 31 columns: { $columns }
import-value-too-long = is longer than 20000 characters
import-event-id = "{ $id_raw }" is not an event id (letters and digits)
import-value-empty = is empty
import-event-date = "{ $v }" is not a date (YYYY-MM-DD)
import-year = "{ $v }" is not the year of event_date { $date }
import-precision = "{ $v }" is not 1, 2 or 3
import-not-number = "{ $v }" is not a number
import-coordinate-range = { $v } is outside ±{ $limit }
import-not-whole-number = "{ $v }" is not a whole number
import-timestamp = "{ $timestamp }" is not a Unix time
import-actor-type = "{ $v }" is not an ACLED actor type (text, or 0–8)

## crates/domain/src/monitor/rules.rs

mech-not-configured = the monitoring mechanism is not configured yet (mechanism.configure)
mech-not-a-party = { $field } "{ $id }" is not a party to the process
mech-unknown-category = category "{ $c }" is not one the agreement sets: { $categories }
evidence-not-citable = evidence { $h } is not evidence you may cite: submit it (evidence.submit) before citing it, and cite only evidence your participant may read
rule-mediators = only the mediators may
mech-configured = the mechanism is already configured
mech-agreement-not-adopted = version { $version } is not an adopted agreement: commitments are the adopted text's
mech-appeal-body-not-mediator = appeal_body "{ $body }" is not a mediator
mech-commitment-no-clause = commitment { $commitment }: the agreement has no clause "{ $clause }"
mech-commitment-not-before = commitment { $commitment }: "{ $d }" is not a commitment listed before it
mech-prohibition-no-categories = commitment { $commitment }: a prohibition names the violation categories that breach it
mech-quorum-too-large = finding_quorum { $quorum } is more than the { $mediators } mediators
rule-mediators-relay-public = only the mediators relay the public's reports
rule-secretariat = only the secretariat may
import-csv-missing = the import's CSV has not been attached
rule-mediators-and-monitors = only the mediators and monitors may
incident-target-merged = incident { $into } is itself merged into another
incident-merge-self = an incident cannot be merged into itself
incident-already-merged = incident { $x } is already merged into { $t }
rule-evidence-access = there is no such evidence that its submitter, its holder, the mediators or the parties of a case citing it could give you
rule-evidence-holder = only the holder of existing evidence, or the mediators, may
rule-bearer-delegates = only the delegates of the party that bears it may
action-not-obligation = commitment { $commitment } is a { $modality }: only obligations are met by action
case-incident-merged = incident { $i } was merged into { $t }: name { $t } instead
case-action-accused = an action case concerns the party that reported the action
case-team-no-mediator = a verification team includes at least one mediator member
case-team-not-joint = the agreement sets joint teams: the team has no member of { $missing }
rule-team-and-mediators = only the case's team and the mediators may
case-decided = case { $case } is decided
rule-party-delegates = only a party's delegates may
case-decided-replies = case { $case } is decided: the record of replies is closed
rule-team-members = only members of the case's team may
case-decided-assessments = case { $case } is decided: its assessments are closed
rule-mediator-members = only the mediators' members may
case-has-finding = case { $case } already has finding { $f }
rule-mediators-and-team = only the mediators and the case's team may
finding-already-voted = member { $member } has already voted on { $finding }
finding-in-effect = finding { $finding } has already taken effect
rule-publication-mediators = only a mediator participant's mediators may, each for its participant
finding-published = finding { $finding } is already published
finding-already-signed = { $participant } has already signed the publication of finding { $finding } (entry { $at })
finding-statement-differs = the statement differs from the one proposed at entry { $at }: each mediator signs the same text
rule-commission = only the mediators, as the commission, may
penalty-not-confirmed = finding { $finding } is { $outcome }: only a confirmed violation is penalised
penalty-exists = finding { $finding } already has penalty { $penalty }
penalty-wrong-rule = penalty "{ $rule }" is not in the schedule for this finding: violation { $n } of its kind in the window calls for rule { $prescribed } ({ $kind })
penalty-not-prescribed = penalty "{ $rule }" is not in the schedule: the schedule prescribes no penalty for this finding
rule-penalised-party = only the penalised party may
appeal-already = penalty { $penalty } has already been appealed: one appeal only
appeal-penalty-lifted = penalty { $penalty } was lifted
appeal-period-ended = the appeal period ended at { $end }: { $days } days from imposition at { $imposed }
rule-appeal-body = only the agreement's appeal body may
appeal-none = penalty { $penalty } has not been appealed
appeal-decided = the appeal of { $penalty } is already decided
penalty-cannot-serve = penalty { $penalty } is { $status }: it cannot be served
penalty-cannot-lift = penalty { $penalty } is { $status }: it cannot be lifted
finding-not-in-effect = finding { $finding } has not taken effect: it lacks the quorum of { $quorum } concurring mediators
case-outcome-action = case { $case } verifies an action report: its outcome is verified, not_verified or inconclusive
case-outcome-incident = case { $case } concerns incidents: its outcome is confirmed, not_confirmed, no_violation or inconclusive

## crates/domain/src/monitor/wire.rs

body-not-one-of = { $field } "{ $v }" is not one of { $all }
body-not-a-time = { $field } "{ $v }" is not a time
body-at-missing = at is missing
body-at-not-a-time = at is not a time
mech-deadline-shape = commitment { $id }: deadline "{ $s }" is not "continuing", { $date } or { $days }
mech-condition-no-categories = commitment { $id }: a condition names no categories
mech-penalty-rule-no-categories = penalty rule { $rule }: names no categories
mech-penalty-rule-nth = penalty rule { $rule }: nth counts from 1
incident-coordinate-range = { $field } { $v } is outside ±{ $limit }
incident-casualties-order = casualties must have low ≤ best ≤ high, not { $low } / { $best } / { $high }
incident-channel = channel "{ $other }": only "public" may be given (a mediator relaying the public's report); otherwise the channel is the reporter's
mech-quorum-zero = finding_quorum must be at least 1
mech-categories-empty = categories is empty
import-no-rows = rows is 0: an import carries at least one row
incident-merged-empty = merged is empty
evidence-media-type = media_type "{ $media_type }" is not one of { $types }
evidence-size-range = size { $size } is not between 1 and { $max } bytes
case-incidents-or-action = a case concerns either incidents or one action report: give exactly one of incidents and action
case-team-empty = team is empty
case-confidence-range = confidences are percentages, 0 to 100
finding-confirmed-fields = a confirmed violation names the party it is attributed to, its category and its severity
finding-vote-value = vote "{ $v }" is not one of concur, dissent
finding-dissent-reason = a dissent states its reason

## crates/domain/src/publication.rs

body-publication-agreement-report = an agreement is published by its version id alone: drop report
body-publication-period = the report's period ends ({ $to }) before it starts ({ $from })
body-publication-size = report.size must be the log size the report was made at
body-publication-no-report = a report is published with report: { $shape }
body-publication-object = object "{ $object }" is not one of agreement, report (a finding is published by finding.publish)
publication-report-json = it is not a report's JSON: { $detail }
publication-report-schema = its schema is not { $schema }
publication-report-not-public = it is not the public report: only what was already published may be
publication-report-period = its period is not { $from } to { $to } as signed
publication-report-size = it was not made at log size { $size } as signed
publication-not-adopted = version { $version } is not an adopted agreement: only the agreement is published
publication-report-unchecked = report { $id }'s data twin was not checked against what is signed
publication-report-differs = report { $id } was proposed with another hash, period, size or title: sign that one, or publish this under another id
publication-done = { $object } { $id } is already published (entry { $at })
publication-signed-twice = { $mediator } has already signed the publication of { $object } { $id } (entry { $at })

## crates/domain/src/report/mod.rs

report-period-date = { $name } "{ $date }" is not a date (YYYY-MM-DD)
report-period-reversed = the period ends ({ $to }) before it starts ({ $from })
report-period-too-long = a period is at most ten years
report-recount-grouping = incidents.{ $name } does not match the incidents listed
report-recount-summary = summary.{ $key } is { $got } but { $n } items are listed
report-recount-period = incident { $id } is in period { $period }, not current or previous
report-recount-restrictions = restrictions_on_monitors does not match the incidents listed
report-recount-commitments = summary.commitments.{ $state } is { $got } but { $n } commitments are listed so
report-recount-casualties = summary.casualties is { $got } but the incidents listed add up to { $casualties }
report-items-not-list = items.{ $section } is not a list
report-item-unnamed = an item of { $section } has no id or entry: { $item }
report-item-twice = { $section } item { $id } is listed twice

## crates/domain/src/state.rs

invitation-unknown = no invitation has this code
invitation-used = the invitation was already used, at entry { $at }
invite-withdrawn = the invitation was withdrawn by the secretariat at entry { $at }
invite-expired = the invitation expired at { $expired } (the log's time is { $now })
enrol-other-key = the enrolment is signed by { $signer } but enrols key { $key }
clock-not-later = log.time { $unix } is not later than the log's time { $t } (entry { $at })
process-defined = the process is already defined
invitation-exists = an invitation with this code exists already
invite-no-clock = valid_hours is judged on the log's time, and this log keeps none yet
invite-open = member { $member } already has an open invitation (entry { $at })
rule-member-or-secretariat = only the member itself or the secretariat may
party-unknown = "{ $party }" is not a party to the process
rule-mediators-or-delegates = only the mediators and the parties' delegates may
rule-party-delegates-or-mediators = only a party's delegates and the mediators may
rule-unattributed-bridging = only the mediators' bridging text goes unattributed; a party's draft is always its own
draft-needs-parent = draft { $draft } already has versions: name the parent this version amends
draft-parent-elsewhere = parent { $parent } belongs to draft { $owner }, not { $draft }
draft-parent-not-relayed = version { $parent } has not been relayed to { $party }: a party amends only what the mediators relayed to it
rule-mediators-relay = only the mediators relay; parties never send to each other directly
draft-relay-twice = { $to } is named twice
draft-relay-not-party = "{ $to }" is not a party: drafts are relayed to parties
draft-relay-own = version { $version } is { $to }'s own draft; it is relayed to the other parties
comment-not-relayed = version { $version } has not been relayed to { $party }
comment-shared-by-party = a party's comment is internal or for the mediators; parties never send to each other directly
rule-parties-delegates-or-mediators = only the parties' delegates and the mediators may
rule-signatory = only a party's authorised signatory may
agreement-adopted = version { $version } is already adopted
agreement-signed-twice = { $party } already signed version { $version } at entry { $at }
rule-witness = only a mediator's member with the witness or mediator role may
agreement-unsigned = the mediators witness signatures: version { $version } still lacks the signature of { $missing }
agreement-witnessed-twice = { $mediator } already witnessed version { $version } at entry { $at }
agreement-not-with-every-party = version { $version } has not been relayed to { $missing }: every party must hold the text it signs
member-removed = member { $id } was removed at entry { $at }
member-role-unfit = role { $role } does not fit a member of { $participant }, which is a { $kind }
member-key-taken = key { $key } already belongs to member { $member }
member-key-retired = key { $key } was retired from member { $member } at entry { $at } and cannot be reused

## crates/domain/src/wire.rs

body-not-an-id = { $field } "{ $v }" is not an id (1–64 lower-case letters, digits, '.', '_', '-')
body-no-role = a member needs at least one role
body-empty = { $field } is empty
body-too-long = { $field } is longer than { $max } characters
body-not-sha256 = { $field } "{ $v }" is not a SHA-256 in lower-case hex
body-not-a-date = { $field } "{ $v }" is not a date (YYYY-MM-DD)
body-not-date-or-time = { $field } "{ $v }" is neither a date (YYYY-MM-DD) nor a UTC time (YYYY-MM-DDTHH:MM:SSZ)
body-at-not-utc = at "{ $v }" is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)
body-witness-quorum = witness_quorum must be at least 1
code-hash-hex = code_sha256 must be 64 hex digits
body-valid-hours = valid_hours must be from 1 to 8784 (a year)
body-key = key: { $detail }
body-round-reversed = the round ends ({ $ends }) before it starts ({ $starts })
body-time-range = time is out of range
body-relay-no-party = to names no party

## crates/ledger/src/authority.rs

key-already-revoked = key { $id } is already revoked
time-not-log-key = only the log key signs log.time, not { $key }
founding-invitation-expired = the founding invitation expired at unix time { $expired } (the log's time is { $now })
time-body = the body is not a time in unix seconds: { $detail }
time-backwards = time { $time } is not later than the log's time { $last } (entry { $at }): the log's clock only moves forward
genesis-no-name = the process name is empty
genesis-no-founder = at least one founding key or founding invitation is required
genesis-invitation-twice = founding invitation { $hash } is listed twice
genesis-founder-twice = founding key { $key } is listed twice or is the log key
key-unparsable = key "{ $key }": { $detail }
key-not-ed25519 = key { $key } is not an Ed25519 signing key (type 0x01)

## crates/ledger/src/entry.rs

entry-too-large = the entry is { $n } bytes; an entry is at most 65535 bytes (store larger content as a blob and reference its SHA-256)
entry-not-dsse = the entry is not a DSSE JSON envelope: { $detail }
entry-payload-base64 = the envelope payload is not valid base64
entry-signature-count = the envelope carries { $n } signatures; Truce entries carry exactly one
entry-signature-encoding = the signature is not 64 bytes of base64
entry-payload-type = payload type "{ $t }" is not application/vnd.truce.<kind>+json
entry-not-statement = the payload is not a Truce statement: { $detail }
entry-wrong-origin = the statement is for log "{ $got }", this log is "{ $want }"
entry-zero-seq = sequence number 0 is not allowed; a signer's first entry has seq 1
entry-unknown-key = unknown key { $key }: it was never registered in this log
entry-revoked-key = key { $key } was revoked at entry { $at } and signs nothing afterwards
entry-replay = replayed or out-of-order entry: key { $key } already used seq { $last }, this entry has seq { $got }
entry-bad-signature = the signature does not verify against key { $key }
entry-not-genesis = the first entry of a log must be its genesis
entry-second-genesis = a log has exactly one genesis, at index 0
entry-genesis-signer = the genesis must be signed by the log key { $key }
entry-genesis = invalid genesis: { $why }
entry-not-registrar = key { $key } may not register or revoke keys
entry-registration = invalid key registration: { $why }
entry-already-registered = key { $key } is already registered
entry-log-key-misuse = the log key signs only the genesis, log.time entries and checkpoints
entry-time = invalid log.time: { $why }

## crates/ledger/src/reason.rs

detail = { $detail }
id = English with { $name } and "{ $other }"

## crates/server/src/engine/mod.rs

entry-log-time-reserved = log.time is the sequencer's own record of its clock: nobody submits it
entry-none = no entry { $index }
report-no-checkpoint-yet = no checkpoint to check the report against yet: try again in a moment
report-stale-size = report { $id } was made at log size { $made } but the latest checkpoint is at { $size }: make it again and sign that
report-not-the-public-one = report { $id } is not the public report of { $from } to { $to } at log size { $size }: only that may be published
content-check-unfinished = checking the content did not finish: { $detail }
log-shutting-down = the log is shutting down
entry-stored-unreadable = stored entry { $index }: { $detail }
time-ahead-of-clock = { $field } { $text } is { $ahead } s ahead of the server's clock: a claimed time may not lie in the future (more than { $skew } s)

## crates/server/src/engine/quota.rs

quota-entries-per-minute = entries per minute
quota-blob-bytes-per-hour = blob bytes per hour
quota-diffs-per-minute = diffs per minute
quota-refusals-per-minute = refused requests per minute
holder-participant = participant { $participant }
holder-key = key { $key }
holder-address = address { $address }
holder-public = the public
quota-over = { $holder } is over its quota of { $amount } { $what }: retry in { $retry } s

## crates/server/src/engine/sequencer.rs

store-foreign-entries = the store holds entries this server cannot accept: { $detail }
storage-failed = storage failed: { $detail }

## crates/server/src/http/acts.rs

body-check-invalid = the check is not valid: { $detail }
check-not-an-act = { $kind } is not an act of the process
check-founding-key-only = only a founding key may sign { $kind }
check-content-checked-on-submit = this act names the content { $hash }, which is checked when it is submitted

## crates/server/src/http/app.rs

quota-exports-per-minute = exports per minute

## crates/server/src/http/auth.rs

auth-members-only = only members may do this: sign the request with your key (nothing of its body was read)
auth-header-not-text = header { $name } is not text
session-expired-sign-in = the session has expired or was signed out: sign in again
auth-created-not-seconds = { $header } is not Unix seconds
auth-signature-not-base64 = { $header } is not base64
auth-signed-too-far-from-now = the request was signed at { $created }, more than { $skew } s from the server's time { $now }
auth-signature-does-not-verify = the request signature does not verify under key { $key } (sign "{ $message }")
auth-key-revoked = key { $key } was revoked at entry { $at }
auth-key-of-no-member = key { $key } is retired or belongs to no member of this process
auth-header-needs = { $header } needs { $needed }
auth-unknown-key = unknown key { $key }
session-csrf-mismatch = the X-Truce-CSRF token does not match this session's
session-csrf-missing = a signed-in change needs the session's X-Truce-CSRF header

## crates/server/src/http/conn.rs

body-too-large = the body is { $n } bytes; this endpoint takes at most { $limit }
request-cross-site = a request sent by another site's page is refused: Truce acts come from its own page or a client
request-timeout = the request was not completed within { $secs } s: send it whole and promptly

## crates/server/src/http/error.rs

storage-unavailable = storage unavailable: { $detail }

## crates/server/src/http/mod.rs

endpoint-none = no such endpoint

## crates/server/src/http/monitoring.rs

mech-members-only = the mechanism's terms and compliance are for members: sign the request with your key
mech-none-configured = the monitoring mechanism is not configured
mech-entry-unreadable = the mechanism's entry: { $detail }
query-not-a-time = { $field } "{ $value }" is neither YYYY-MM-DD nor YYYY-MM-DDTHH:MM:SSZ
query-bbox-not-numbers = bbox "{ $bbox }" is not four numbers
query-bbox-not-four = bbox "{ $bbox }" is not min_lon,min_lat,max_lon,max_lat
query-bbox-not-a-box = bbox "{ $bbox }" is not a box in WGS84 degrees with min ≤ max
query-status-unknown = status "{ $status }" is not one of { $all }
query-side-no-border = side: the mechanism names no two territories with a border
query-limit-range = limit { $n } is not between 1 and 10000
query-cell-range = cell { $cell } is not between 0.01 and 10 degrees
incident-none-readable = no incident { $id } that you may read
incident-duplicates-mediators-only = duplicate proposals are for the mediators, who merge reports
query-duplicates-range = km must be between 0 and 500, hours between 0 and 720
border-none = the mechanism names no two territories with a border
query-lon-lat-range = lon and lat must be WGS84 degrees
query-lon-lat-both = give both lon and lat, or neither
evidence-none-readable = no evidence { $h } that you may read
evidence-hash-malformed = "{ $h }" is not a SHA-256 in hex
evidence-members-only = evidence is read by members, each read on the record: sign the request
evidence-access-not-recorded = reading evidence { $h } is on the record: sign an evidence.access entry for it first (truce evidence get does)
case-none-readable = no case { $id } that you may read

## crates/server/src/http/negotiation.rs

version-none-readable = no version "{ $id }" that you may read
version-none-readable-sign = no version "{ $id }" that you may read (sign the request: drafts are confidential)
blob-stored-hash-malformed = "{ $hash }" is not a SHA-256
blob-missing-from-store = blob { $hash } is missing from the store
blob-stored-not-json = stored blob { $hash } is not JSON: { $detail }
slot-what-diffs = diffs
diff-failed = the diff failed

## crates/server/src/http/pace.rs

pace-public-reads-taken = the public's allowance of { $per_second } reads a second is taken: try again in { $secs } s (members who sign in are not held; the static site, `truce publish-site`, serves the public record from anywhere)

## crates/server/src/http/reminders.rs

reminder-settings-invalid = the reminder settings are not valid: { $detail }
reminder-feed-none = no such calendar feed (a rotated key or a removed member ends it)

## crates/server/src/http/reports.rs

report-typesetter-busy = the typesetter is busy with other reports: try again in a moment
report-renderer-failed = the report's renderer failed: { $detail }
report-none-published = no published report { $h }
blob-hash-malformed = "{ $h }" is not a hex SHA-256
report-published-not-json = the published report is not JSON: { $detail }
report-id-malformed = id: 1 to 100 of A-Z a-z 0-9 - _ .
report-no-checkpoint-cosigned = no checkpoint is cosigned yet: try again in a moment
report-checkpoint-being-cosigned = the next checkpoint is being cosigned: try again in a moment
public-record-being-made = the public record is being made: try again in a moment
public-record-failed = the public record could not be made: { $detail }
public-list-none = no public list "{ $list }": the lists are { $lists }
public-list-offset-malformed = offset "{ $offset }" is not a place in the list (0, 1, 2, …)

## crates/server/src/http/session.rs

session-not-signed-in = not signed in
session-expired = the session has expired or was signed out
session-sign-in-body-invalid = the sign-in body is not valid: { $detail }
session-signature-not-base64 = signature is not base64
session-challenge-unknown = the challenge is unknown, used or expired: ask for a new one
session-signature-does-not-verify = the signature does not verify under key { $key } (sign "{ $message }")
session-bad-cookie = bad cookie
invite-code-hash-malformed = code_sha256 must be 64 hex digits (the SHA-256 of the code)
invite-no-such-code = no invitation has this code

## crates/server/src/http/sessions.rs

session-too-many-attempts = too many sign-in attempts from { $ip }: at most { $limit } per { $window } s; try again later

## crates/server/src/http/slots.rs

slot-upload-one-at-a-time = { $holder } has an upload being received already: one at a time
slot-what-blob-uploads = blob uploads
slot-batch-one-at-a-time = address { $address } has a batch being received already: one at a time
slot-what-batches = batches
slot-busy = the server is busy with other { $what }: retry in a moment
slot-sends-per-reader = { $holder } has { $count } files or exports being sent already: at most { $most } at once
slot-sending-budget = the server is sending its { $mib } MiB of files already: retry in a moment
slot-what-exports = exports

## crates/server/src/http/tlog.rs

body-sealed-submission-invalid = a sealed submission is { $shape }: { $detail }
body-batch-too-many = a batch holds at most { $max } entries
body-batch-invalid = a batch is a JSON array of DSSE envelopes: { $detail }
entry-index-malformed = "{ $s }" is not an entry index
entry-none-of-size = no entry { $index }: the log has { $size } entries
entry-no-opening = no opening of entry { $index } that you may read
entry-no-opening-sign = no opening of entry { $index } that you may read (sign the request)
entry-not-yet-published = entry { $index } is not yet in a published checkpoint
proof-index-outside = index { $index } is outside a tree of size { $size }
proof-sizes-reversed = size { $old } is larger than size { $new }
proof-size-too-large = size { $size } is larger than the tree ({ $available } entries)
key-unknown = unknown key { $id }
blob-empty = an empty blob is not stored
blob-hashing-unfinished = hashing did not finish: { $detail }
blob-none-readable = no blob { $h } that you may read
blob-none-readable-sign = no blob { $h } that you may read (sign the request)
blob-none = no blob { $h }
checkpoint-none-yet = no checkpoint has been published yet
tile-path-malformed = malformed tile path: { $why }
tile-none = tile { $path } does not exist in a tree of { $size } entries

## crates/server/src/http/web.rs

web-ui-not-built = the web UI was not built in
web-asset-none = no asset { $url }
stream-public-full = the public's { $streams } live streams are all open: the page works without one (reload it to see new entries); a member who signs in has its own

## crates/server/src/http/work.rs

work-unfinished = the work did not finish: { $detail }

## crates/server/src/reminders.rs

reminder-address-invalid = the e-mail address "{ $address }" is not valid: { $why }
reminder-not-a-member = reminders are for members: this key is no member's
reminder-smtp-failed = mailing through { $relay }: { $why }
reminder-address-too-long = longer than 254 bytes
reminder-address-control-character = it holds a control character
reminder-address-not-ascii = only ASCII addresses are mailed (the relay may not speak SMTPUTF8)
reminder-address-domain = the domain must be a name with a dot, not an address or a single label

## crates/server/src/report.rs

report-entry-missing = entry { $index } is not in the store
report-no-inclusion-proof = no inclusion proof for entry { $index }: { $detail }
report-format-unknown = format "{ $format }" is not one of { $all }
