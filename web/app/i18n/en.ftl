### Truce: the interface in English (en).
### One catalogue per language, the same messages as en.ftl (crates/server/tests/catalogues.rs
### checks it); terms as in web/GLOSSARY.md. Text from the log is never translated.

## The header, the router and the log watch (app.js, index.html)

app-skip = Skip to content
app-nav-main = Main
app-nav-overview = Overview
app-nav-process = Process
app-nav-negotiation = Negotiation
app-nav-map = Incident map
app-nav-verification = Verification
app-nav-compliance = Compliance
app-nav-ledger = Ledger
app-language = Language
app-title-overview = Overview
app-title-process = The process
app-title-negotiation = Negotiation room
app-title-map = Incident map
app-title-verification = Verification board
app-title-compliance = Compliance
app-title-ledger = Ledger explorer
app-title-enrol = Enrol
app-title-signin = Sign in
app-not-found = Not found
app-no-page = No page { $path }
app-signed-in-as = Signed in as
app-sign-out = Sign out
app-public-view = Public view
app-sign-in = Sign in
app-enrol = Enrol
app-live = Ledger: { $n } entries
app-live-updated = Ledger: { $n } entries · updated
app-watch-first = Log watch: checkpoint of size { $size } verified and remembered by this browser.
app-watch-same = Log watch: size { $size }, as this browser saw it before.
app-watch-extends = Log watch: size { $size } extends size { $seen } that this browser saw (consistency proof checked here).
app-watch-unverified = Log watch: this checkpoint proves nothing ({ $why }).
app-alarm = ALARM ({ $kind }): { $what }.
app-alarm-kind-fork = fork
app-alarm-kind-rollback = rollback
app-alarm-kind-inconsistent = inconsistent history
app-alarm-kind-keys = keys changed
app-alarm-advice = This log has shown this browser two histories, or hidden part of one. Keep the evidence and tell the mediators and the other party.
app-alarm-checkpoints = The two signed checkpoints
app-alarm-download = Download the evidence
app-alarm-check = (check it with { $command })
app-dismiss = Dismiss

## Shared by every page (core.js)

core-list-sep = ,
core-sign-and-submit = Sign and submit
core-act-done = { $what }: entry { $index }
core-act-refused = { $what } refused: { $why }
core-no-key-yet = this browser holds no key yet: enrol with an invitation code first
core-no-key = this browser holds no key: enrol first
core-unknown-kind = the log accepts no acts of kind { $kind }
core-file-too-big = the file is { $size } bytes; a file is at most { $max } bytes (64 MiB)
core-proof-index = index { $index } is not below size { $size }
core-proof-long = the proof is longer than the tree is deep
core-proof-short = the proof is shorter than the tree is deep
core-not-a-note = not a signed note
core-bad-sig-line = bad signature line { $line }
core-no-sig-by-key = no signature by this key
core-unknown-key-type = unknown key type { $type }

## The log watch's findings (watch.js)

watch-no-answer = the log did not answer ({ $why })
watch-bad-log-sig = the log's signature on its checkpoint does not verify
watch-under-quorum = { $n } cosignatures by the witnesses first seen, the quorum is { $quorum }
watch-keys-log-key = the log now names another log key, not what this browser first saw
watch-keys-witnesses = the log now names without witnesses { $names }, not what this browser first saw
watch-keys-quorum = the log now names a quorum of { $now } instead of { $was }, not what this browser first saw
watch-fork = two checkpoints of size { $size } with different roots
watch-rollback = the log served size { $size } after size { $old }: { $lost ->
    [one] { $lost } entry
   *[other] { $lost } entries
} rolled back
watch-no-proof = no consistency proof from size { $old } ({ $why })
watch-bad-proof = the log's proof that its tree of size { $size } extends the one of size { $old } this browser saw does not verify
watch-not-extended = the log's tree of size { $size } does not extend the tree of size { $old } it showed this browser before

## Process overview (web/app/pages/overview.js)

ov-title = Process overview
ov-agreement = Agreement
ov-rounds = Rounds
ov-participants = Participants
ov-removed = (removed)

## The agreement's status

ov-adopted = adopted
ov-not-adopted = not adopted
ov-adopted-unpublished = An agreement is adopted; its text is for the members until it is published.
ov-no-agreement = No agreement has been adopted yet.
ov-version-content = Version { $version }, content
ov-signed-by = Signed by { $member } ({ $participant }) at { $at }
ov-witnessed-by = Witnessed by { $member } ({ $participant }) at { $at }
ov-receipt = receipt

## What needs the signed-in member's action

ov-todo = Needs my action
ov-sign-in-to-see = Sign in to see what needs your action.
ov-nothing-waits = Nothing waits on you now.
ov-wait-sign = Sign version { $id } if your delegation accepts it
ov-wait-sign-titled = Sign version { $id } (“{ $title }”) if your delegation accepts it
ov-wait-witness = Witness version { $id }
ov-wait-witness-titled = Witness version { $id } (“{ $title }”)
ov-wait-relay = Relay version { $id } to the parties that do not hold it
ov-wait-relay-titled = Relay version { $id } (“{ $title }”) to the parties that do not hold it
ov-wait-reply = Reply in case { $id }
ov-wait-reply-titled = Reply in case { $id }: { $title }
ov-wait-assess = Assess case { $id }
ov-wait-propose = Propose a finding on case { $id }
ov-wait-vote = Vote on finding { $id }
ov-wait-appeal = Appeal penalty { $id } if your delegation contests it
ov-wait-decide = Decide the appeal of penalty { $id }
ov-wait-serve = Serve penalty { $id }
ov-wait-deadline = Deadline: { $title }
# An act the page has no sentence for: its kind, the object's type and id.
ov-wait-other = { $kind } on { $type } { $id }
# Before the due time: " — due <time>".
ov-due = due
ov-overdue = (overdue)

## Reminders

ov-reminders = Reminders by e-mail and calendar
ov-calendar-feed = Calendar feed (keep it private; rotating your key ends it):
ov-subscribe = subscribe
ov-email-label = E-mail reminders to (empty: none)
ov-email-hint = Each reminder says what waits and by when, with ids, never any text of the process.
ov-save = Save
ov-reminders-go-to = Reminders go to { $email }.
ov-reminders-off = Reminders are no longer mailed.

## A round's state (tv: ov-round-state)

ov-round-state-scheduled = scheduled
ov-round-state-in-session = in session
ov-round-state-stalled = stalled
ov-round-state-suspended = suspended
ov-round-state-resumed = resumed
ov-round-state-concluded = concluded

## A participant's kind (tv: ov-kind)

ov-kind-party = party
ov-kind-mediator = mediator
ov-kind-monitor = monitor
ov-kind-observer = observer

## A member's role (tv: ov-role)

ov-role-signatory = signatory
ov-role-delegate = delegate
ov-role-mediator = mediator
ov-role-witness = witness
ov-role-secretariat = secretariat
ov-role-monitor = monitor
ov-role-observer = observer

## The process page (web/app/pages/process.js)

proc-heading = The process
# Fields and table columns used in several forms of the page.
proc-id = Id
proc-field-title = Title
proc-name = Name
proc-participant = Participant
proc-roles = Roles
proc-status = Status
proc-acts = Acts

## Definition

proc-definition = Definition
# After the process's title (in bold).
proc-def-summary = ({ $id }); adoption needs { $n ->
    [one] { $n } mediator witness
   *[other] { $n } mediator witnesses
}.
proc-not-defined = The process is not defined yet.
proc-define = Define the process
proc-quorum = Mediator witnesses adoption needs (all when empty)

## Participants

proc-participants = Participants
proc-add-participant = Add a participant
proc-kind = Kind

## Members

proc-members = Members
proc-members-signed-in = Members are listed to signed-in members.
proc-key-placeholder = name+hex+base64 verifier key
proc-rotate = Rotate { $member }'s key
proc-new-key = New verifier key
proc-remove = Remove { $member }
proc-remove-reason = Reason (sealed: members of the process read it)
proc-removed-at = removed at entry { $entry }
proc-removed-at-reason = removed at entry { $entry }: { $reason }
proc-active = active
proc-key = Key
proc-add-member = Add a member with a key they hold
proc-member-id = Member id
proc-their-key = Their verifier key

## Invitations

proc-invitations = Invitations
proc-member = Member
proc-invited = Invited
proc-expires = Expires
proc-entry = entry { $entry }
proc-entry-paren = (entry { $entry })
proc-no-invitation = No invitation yet.
proc-invite = Invite a member
proc-invite-link = Give this one-time link to the invitee by a channel you trust; it is shown only now.
proc-valid-days = Valid for (days, on the log's clock; empty: until used or withdrawn)
proc-withdraw = Withdraw { $member }'s invitation
proc-sign-withdraw = Sign: withdraw
proc-withdrawn = Invitation withdrawn
proc-reason-public = Reason (public)

## Rounds

proc-rounds = Rounds
proc-move = Move { $round }
proc-to = To
proc-transition-reason = Reason (needed to stall or suspend)
proc-outcome = Outcome
proc-walked-out = Delegation that walked out (for a suspension)
proc-schedule = Schedule a round
proc-place = Place
proc-starts = Starts
proc-ends = Ends

## Deadlines

proc-deadlines = Deadlines
proc-no-deadline = No deadline set.
proc-set-deadline = Set a deadline
proc-what-due = What is due
proc-due = Due
proc-round = Round

## Communiqués

proc-communiques = Communiqués
proc-none-issued = None issued.
proc-issue = Issue a communiqué
proc-text-public = Text (public)

## A round's state (tv: proc-round-state)

proc-round-state-scheduled = scheduled
proc-round-state-in-session = in session
proc-round-state-stalled = stalled
proc-round-state-suspended = suspended
proc-round-state-resumed = resumed
proc-round-state-concluded = concluded

## A participant's kind (tv: proc-participant-kind)

proc-participant-kind-party = party
proc-participant-kind-mediator = mediator
proc-participant-kind-monitor = monitor
proc-participant-kind-observer = observer

## A member's role (tv: proc-role)

proc-role-signatory = signatory
proc-role-delegate = delegate
proc-role-mediator = mediator
proc-role-witness = witness
proc-role-secretariat = secretariat
proc-role-monitor = monitor
proc-role-observer = observer

## An invitation's status (tv: proc-inv-status)

proc-inv-status-pending = pending
proc-inv-status-used = used
proc-inv-status-revoked = revoked
proc-inv-status-expired = expired

## Negotiation room (pages/negotiation.js)

neg-title = Negotiation room
neg-drafts-confidential = Drafts are confidential: sign in to see the versions your delegation holds. The public sees only the adopted agreement.
neg-no-version = No version you may read yet.
# A version in the picker: id — title (author's participant, or the mediators)
neg-version-option = { $id } — { $title } ({ $author })
neg-mediators = mediators
neg-compare-none = — none —
neg-langs-side-by-side = Languages side by side
neg-authentic = (authentic)
neg-version = Version
neg-compare-with = Compare with
neg-text-heading = { $title } — version { $id }
# Followed by the content hash.
neg-submitted-by = Submitted by { $member } ({ $participant }) at { $at }; content
neg-the-mediators = the mediators
neg-unattributed = unattributed
neg-changes-from-to = Changes from { $from } to { $to }
neg-clause-status = Clause status:
neg-col-clause = Clause
neg-col-status = Status
neg-article = Article { $num }.
# Opens a bracketed alternative text: "[alternative 1: … ]"
neg-alternative = [alternative { $n }:
neg-comments-on = Comments on { $eid }
neg-no-clause-changed = No clause changed.
neg-col-change = Change
neg-col-words = Words

## Shuttle history

neg-hist-submitted = { $id } submitted
neg-hist-mediators-unattributed = mediators (unattributed)
neg-hist-relayed = { $id } relayed
neg-hist-signed = { $id } signed
neg-hist-witnessed = { $id } witnessed
neg-shuttle-history = Shuttle history
neg-col-entry = Entry
neg-col-when = When
neg-col-what = What
neg-col-by = By
neg-col-to = To

## Acts on a version

neg-act = Act
neg-sign-in-to-act = Sign in to act.
neg-imported = Imported { $articles } articles, { $clauses } clauses: check them before sending.
neg-docx-unreadable = The .docx could not be read: { $why }
# The three paragraphs of the paste box's placeholder. The importer knows a
# line starting "Article" or "#" as an article: keep one of them first.
neg-paste-ph-article = Article 1 …
neg-paste-ph-first = First clause.
neg-paste-ph-second = Second clause.
neg-pasted = Pasted { $articles } articles, { $clauses } clauses: check them before sending.
neg-paste-into-clauses = Paste into clauses
neg-import-summary = Import a draft: a .docx file or pasted text
neg-import-docx = A .docx (each heading an article, each paragraph a clause)
neg-import-in-language = in language
# “Article” is the word the importer looks for: keep it in English.
neg-import-paste = Or paste text (a line starting “Article” starts an article; blank lines part clauses)
neg-changes-against = What this version changes against { $id }
neg-new-draft-by-clause = The new draft, clause by clause
neg-show-changes = Show what this version changes
neg-submit-amended-title = Submit an amended version of { $id } to the mediators
neg-submit-new-title = Submit a new draft to the mediators
neg-submit-draft = Submit draft
neg-submit-new-draft = Submit new draft
neg-draft-submitted = Draft submitted
neg-languages-codes = Languages (codes; the first is authentic)
neg-new-version-id = New version id
neg-draft = Draft
neg-bridging-text = Bridging text without attribution
neg-relay-to = To
neg-relay-title = Relay { $id }
neg-relay = Relay
neg-relayed = Relayed
neg-note = Note
neg-vis-choice-internal = internal (my delegation)
neg-vis-choice-mediators = for the mediators
neg-vis-choice-shared = shared (everyone holding the text)
neg-comment-title = Comment on { $id }
neg-add-comment = Add comment
neg-comment-added = Comment added
neg-clause = Clause
neg-visibility = Visibility
neg-comment = Comment
neg-sign-title = Sign { $id }
neg-sign-this-version = Sign this version
neg-signed = Signed
# Followed by the content hash.
neg-content = Content
neg-sign-binds = Signing binds your delegation to exactly this text.
neg-witness-title = Witness { $id }
neg-witness-this-version = Witness this version
neg-witnessed = Witnessed
neg-witness-binds = The mediators witness the parties' signatures on exactly this text.
neg-nothing-to-do = Nothing you may do on this version now.
neg-copy-title = The text of { $id } to keep or sign
neg-print = Print
neg-show-signing-copy = Show the signing copy
neg-download-docx = Download .docx

## Clause statuses (tv "neg-status")

neg-status-proposed = proposed
neg-status-bracketed = bracketed
neg-status-agreed-ad-referendum = agreed ad referendum
neg-status-agreed = agreed

## Clause changes between versions (tv "neg-change")

neg-change-added = added
neg-change-removed = removed
neg-change-changed = changed
neg-change-moved = moved
neg-change-moved-and-changed = moved and changed
neg-change-unchanged = unchanged

## Who may read a comment (tv "neg-visibility")

neg-visibility-internal = internal
neg-visibility-mediators = mediators
neg-visibility-shared = shared

## Clause editor, pre-send changes, signing copy and .docx export (editor.js)

ed-title = Title
ed-article = Article { $num }
ed-add-paragraph = Add a paragraph to article { $num }
ed-add-article = Add an article
ed-status = Status
ed-remove = Remove
ed-alternative = Alternative { $n }
ed-remove-alternative = remove
ed-add-alternative = Add an alternative
ed-no-changes = This version changes nothing against its parent.
ed-col-clause = Clause
ed-col-change = Change
ed-col-status = Status
ed-col-before = Before
ed-col-after = After
# Signing copy and .docx export; followed by the content hash.
ed-version-of-draft = Version { $id } of draft { $draft }. Content SHA-256:
ed-signature-binds = A signature binds to exactly this content: check the hash against the ledger's entry before signing.
ed-cannot-load = cannot load { $file }
# Before an alternative text in the .docx export.
ed-alternative-docx = [alternative { $n }]

## Clause statuses (tv "ed-status")

ed-status-proposed = proposed
ed-status-bracketed = bracketed
ed-status-agreed-ad-referendum = agreed ad referendum
ed-status-agreed = agreed

## Changes before sending (tv "ed-change")

ed-change-added = added
ed-change-changed = changed
ed-change-removed = removed

## Incident map: filters and the map

map-title = Incident map
map-filters = Filters
map-any = any
map-from = From
map-to = To
map-category = Category
map-alleged-party = Alleged party
map-status = Status
map-region = Map of reported incidents
map-list = Incidents in view
map-legend-status = Status:
map-attribution = Boundaries: Natural Earth
map-list-item = { $when } · { $category } · { $place } ({ $status })
map-summary-points = { $n ->
    [one] { NUMBER($n, useGrouping: 0) } incident in view
   *[other] { NUMBER($n, useGrouping: 0) } incidents in view
}
map-summary-clusters = { NUMBER($n, useGrouping: 0) } incidents in view, in { NUMBER($clusters, useGrouping: 0) } clusters: zoom in for single reports
map-cluster-title = { NUMBER($n, useGrouping: 0) } incidents, mostly { $category }
map-list-summary = Incidents in view (list)

## Incident map: a report's popup

map-popup-when-where = { $when }, { $where }
map-popup-point = { $lat }, { $lon }
map-popup-alleged = Alleged: { $party }.
map-popup-border = { $km } km from the border, on the { $side } side.
map-popup-footer = { $id } · reported by { $reporter } ({ $channel }) · entry { $index }

## Incident map: the report form

map-report-title = Report an incident
map-report-not-now = You may not file a report now.
map-report-sign-in = Sign in to file a report.
map-unknown-party = unknown
map-report-pick = Click the map to pick the point, or type it.
map-lat = Latitude
map-lon = Longitude
map-occurred = When it happened (UTC)
map-place = Place
map-narrative = What happened
map-source = Source
map-casualties = Casualties (best estimate)
map-evidence-files = Evidence files
map-evidence-files-hint = Photos, video, documents: each is stored by its SHA-256 and entered into the chain of custody.
map-public-channel = Relayed from the public channel
map-report-submit = Sign and file report
map-reported-point = Reported point
map-report-filed = Report { $id } filed at entry { $index }.
map-evidence-entered = Evidence { $name } ({ $hash }…) entered at entry { $index }.
map-report-refused = Report refused: { $why }

## Incident map: evidence, merging and import

map-evidence-title = Submit evidence
map-evidence-submit = Sign and submit evidence
map-file = File
map-for-report = For the report
map-merge-title = Merge duplicate reports
map-merge-submit = Sign merge
map-merge-keep = Keep
map-merge-merged = Merge into it
map-merge-reason = Why they are one incident
map-import-title = Import ACLED events (CSV)
map-import-submit = Sign import
map-import-file = ACLED export
map-import-hint = Each row becomes a report, placed against the border; the file is kept by its hash.

## Incident status (as the reader may know it)

map-status-reported = reported
map-status-under-verification = under verification
map-status-confirmed = confirmed
map-status-not-confirmed = not confirmed
map-status-merged = merged

## Incident categories (the defaults; an agreement may name others)

map-cat-armed-clash = armed clash
map-cat-air-drone-strike = air drone strike
map-cat-shelling = shelling
map-cat-cross-border-raid = cross border raid
map-cat-ied = ied
map-cat-attack-on-civilians = attack on civilians
map-cat-movement-of-forces = movement of forces
map-cat-obstruction-of-monitors = obstruction of monitors
map-cat-hostile-propaganda = hostile propaganda
map-cat-other = other

## The channel a report came through

map-channel-monitor = monitor
map-channel-party = party
map-channel-mediator = mediator
map-channel-public = public

## Verification board (web/app/pages/verification.js)

ver-title = Verification board
ver-public-notice = The public sees published findings only. Sign in to see the cases that concern you.
ver-col-open = Open: evidence and replies ({ $n })
ver-col-awaiting-quorum = Finding awaiting quorum ({ $n })
ver-col-decided = Decided ({ $n })

## A case's card

ver-case-title = Case { $id }
ver-incidents = Incidents
ver-action-ref = action { $id }
ver-accused = Accused
ver-team = Team
ver-reply-due = Reply due
ver-overdue = (overdue)
ver-replied = replied
ver-requests = Evidence requested
ver-request-item = { $from }: { $what } — due { $due }
ver-replies = Replies
ver-late = late
ver-assessments = Assessments
ver-assessment = { $member }: { $outcome } — happened { $happened }%, responsible { $responsible }%. { $note }
ver-assessment-attributed = { $member }: { $outcome } — happened { $happened }%, responsible { $responsible }% ({ $party }). { $note }
ver-finding = Finding
ver-quorum = Quorum: { $concur } of { $quorum } concurring
ver-in-effect = in effect at entry { $index }
ver-published = published
ver-vote-concurs = { $member } ({ $participant }): concurs
ver-vote-dissents = { $member } ({ $participant }): dissents
ver-prescribes = The schedule prescribes: { $penalty } (rule { $rule }, violation no. { $count }).

## A case's acts

ver-request-title = Request evidence
ver-request-sign = Sign request
ver-request-done = Evidence requested
ver-from = From
ver-what = What
ver-due = Due (18:00 UTC)
ver-reply-title = Your delegation's reply
ver-reply-sign = Sign and file reply
ver-reply-done = Reply filed
ver-reply-to-case = — (the reply to the case)
ver-answering = Answering the request
ver-assess-title = Assess
ver-assess-sign = Sign assessment
ver-assess-done = Assessment filed
ver-happened = Happened (%)
ver-responsible = Responsible (%)
ver-outcome = Outcome
ver-attributed-to = Attributed to
ver-note = Note
ver-commitments-breached = Commitments breached (all its category breaches when none)
ver-propose-title = Propose a finding
ver-propose-sign = Sign and propose
ver-propose-done = Finding proposed
ver-party = Party
ver-category = Category
ver-severity = Severity
ver-summary = Summary
ver-vote-title = Vote
ver-vote-sign = Sign vote
ver-vote-done = Vote cast
ver-i-dissent = I dissent
ver-dissent-reason = Reason (needed to dissent)
ver-publish-title = Publish
ver-publish-sign = Publish finding
ver-publish-done = Published
ver-public-statement = Public statement
ver-impose-title = Impose the penalty
ver-impose-sign = Impose the prescribed penalty ({ $penalty })
ver-impose-done = Penalty imposed
ver-detail = Detail (optional)

## Penalties and appeals

ver-penalty-line = Penalty { $id }: { $kind } on { $party }
ver-appeal-until = appeal possible until { $at }
ver-appealed = appealed: { $grounds }
ver-appeal-title = Appeal this penalty
ver-appeal-sign = Sign and appeal
ver-appeal-done = Appeal filed
ver-appeal-note = One appeal only, until { $at }.
ver-grounds = Grounds
ver-decide-title = Decide the appeal
ver-decide-sign = Sign decision
ver-decide-done = Appeal decided
ver-decision = Decision
ver-reason = Reason
ver-serve-title = Serve the penalty
ver-serve-sign = Sign: served
ver-serve-done = Penalty served
ver-lift-title = Lift the penalty
ver-lift-sign = Sign: lifted
ver-lift-done = Penalty lifted

## Opening a case

ver-incident-filter = Filter by id, place, category or date
ver-open-title = Open a case
ver-open-sign = Sign and open case
ver-open-done = Case opened
ver-find-reports = Find reports
ver-pick-reports = Reports (pick one or more)
ver-accused-party = Accused party
ver-joint-team-hint = Under joint teams, include a member of each party.
ver-hours-to-reply = Hours to reply
ver-verify-action = Verify action report { $id }

## Evidence and its chain of custody

ver-evidence = Evidence
ver-access-title = Access (recorded in the chain of custody)
ver-access-sign = Sign access
ver-access-done = Access recorded
ver-purpose = Purpose
ver-transfer-title = Transfer custody
ver-transfer-sign = Sign transfer
ver-transfer-done = Custody transferred
ver-to = To

## Outcomes of an assessment or a finding (tv)

ver-outcome-confirmed = confirmed
ver-outcome-not-confirmed = not confirmed
ver-outcome-no-violation = no violation
ver-outcome-inconclusive = inconclusive
ver-outcome-verified = verified
ver-outcome-not-verified = not verified

## Incident categories: the defaults when the agreement names none (tv)

ver-category-armed-clash = armed clash
ver-category-air-drone-strike = air drone strike
ver-category-shelling = shelling
ver-category-cross-border-raid = cross border raid
ver-category-ied = ied
ver-category-attack-on-civilians = attack on civilians
ver-category-movement-of-forces = movement of forces
ver-category-obstruction-of-monitors = obstruction of monitors
ver-category-hostile-propaganda = hostile propaganda
ver-category-other = other

## Severities (tv)

ver-severity-minor = minor
ver-severity-moderate = moderate
ver-severity-serious = serious
ver-severity-grave = grave

## Kinds of penalty (tv)

ver-penalty-kind-formal-notice = formal notice
ver-penalty-kind-public-attribution = public attribution
ver-penalty-kind-fine = fine
ver-penalty-kind-benefit-suspension = benefit suspension
ver-penalty-kind-referral = referral

## A penalty's status (tv)

ver-penalty-status-imposed = imposed
ver-penalty-status-appealed = appealed
ver-penalty-status-overturned = overturned
ver-penalty-status-served = served
ver-penalty-status-lifted = lifted

## Decisions on an appeal: the picker (tv)

ver-decision-upheld = upheld
ver-decision-overturned = overturned
ver-decision-varied = varied

## Decisions on an appeal: in a penalty's line (tv)

ver-appeal-result-upheld = appeal upheld
ver-appeal-result-overturned = appeal overturned
ver-appeal-result-varied = appeal varied

## Compliance dashboard (web/app/pages/compliance.js)

comp-title = Compliance
comp-members-only = The mechanism's terms and compliance are for members: sign in.
comp-not-configured = The monitoring mechanism is not configured yet.
comp-as-of = As of ledger entry (exclusive)
comp-show = Show
comp-latest = Latest
comp-as-of-note = State over the first { $upto } entries, at { $at }.

## Commitments table

comp-commitment = Commitment
comp-clause = Clause
comp-bearer = Bearer
comp-state = State
comp-why = Why
comp-entry-ref = [entry { $index }]
comp-action-title = Report action on this commitment
comp-action-sign = Sign action report
comp-action-what = What your party did

## Charts and penalties

comp-chart-violations = Confirmed violations per party, by month
comp-chart-penalties = Penalties per party, by month
comp-penalties = Penalties
comp-none = None.

## Configuring the mechanism

comp-not-json = the terms are not JSON: { $why }
comp-check-ok = The log would take these terms.
comp-check-refused = The log would refuse these terms: { $reason }
comp-check = Check against the rules
comp-configure-title = Configure the monitoring mechanism
comp-configure-sign = Sign the mechanism's terms
comp-agreement = Adopted agreement
comp-terms = Terms (commitments, penalty schedule, procedure)
comp-territories-hint = Territories: each party's country by its ISO name, e.g. { $example }; the border between them is computed from the built-in Natural Earth data.
comp-rule-no-commitment = no commitment: this rule penalises no breach
comp-schedule-caption = What each rule of the penalty schedule penalises
comp-rule = Rule
comp-penalty = Penalty
comp-categories = Categories
comp-commitments-penalised = Commitments it penalises
comp-schedule-empty = The schedule has no rule.

## A commitment's state (tv)

comp-state-pending = pending
comp-state-in-force = in force
comp-state-suspended = suspended
comp-state-met = met
comp-state-overdue = overdue
comp-state-breached = breached

## Kinds of penalty (tv)

comp-penalty-kind-formal-notice = formal notice
comp-penalty-kind-public-attribution = public attribution
comp-penalty-kind-fine = fine
comp-penalty-kind-benefit-suspension = benefit suspension
comp-penalty-kind-referral = referral

## A penalty's status (tv)

comp-penalty-status-imposed = imposed
comp-penalty-status-appealed = appealed
comp-penalty-status-overturned = overturned
comp-penalty-status-served = served
comp-penalty-status-lifted = lifted

## Decisions on an appeal (tv)

comp-appeal-result-upheld = appeal upheld
comp-appeal-result-overturned = appeal overturned
comp-appeal-result-varied = appeal varied

## Ledger explorer: the latest checkpoint

led-title = Ledger explorer
led-checkpoint-title = Latest checkpoint
led-sig-log-ok = log { $origin }: signature verified
led-sig-log-bad = log { $origin }: signature does NOT verify
led-sig-witness-ok = witness { $name }: cosigned at { $at }
led-sig-witness-bad = witness { $name }: { $why }
led-does-not-verify = does NOT verify
led-origin = Origin
led-size = Size
led-root = Root
led-witnesses = Witnesses
led-quorum = { $n } of { $total } cosigned (quorum { $quorum })
led-signed-note = The signed note

## Ledger explorer: an entry and its inclusion proof

led-entry-title = An entry and its proof
led-entry-index = Entry index
led-show-verify = Show and verify
led-not-yet = entry { $index } is not yet in the latest checkpoint (size { $size })
led-proof-ok = Entry { $index } is included in the checkpoint of size { $size }: its { $hashes }-hash proof leads to the cosigned root (checked in this browser).
led-proof-bad = Entry { $index }: the proof does NOT lead to the checkpoint's root.
led-kind = Kind
led-signed-by = Signed by
led-seq = Signer's sequence number
led-leaf-hash = Leaf hash
led-public-part = Public part (the rest is sealed)
led-body = Body
led-download-receipt = Download the tlog-proof receipt

## Ledger explorer: a sealed entry's opening

led-sealed-closed = Sealed: you are not among those who may open this entry. The commitment above binds its content all the same.
led-opening-bad = The opening the server gave does NOT match the entry's commitment.
led-opening-ok = Opened: the sealed part matches the entry's commitment (checked in this browser).
led-sealed-part = Sealed part
led-download-opening = Download the opening

## Enrolment with an invitation

enr-title = Enrol with an invitation
enr-intro = The secretariat gave you a one-time invitation code. This browser makes your signing key; the key never leaves it, and every act you take here is signed with it.
enr-code = Invitation code
enr-look-up = Look up invitation
enr-used = This invitation was already used (entry { $index }).
enr-revoked = The secretariat withdrew this invitation: ask it for a new one.
enr-expired = This invitation expired at { $at }: ask the secretariat for a new one.
enr-create-key = Create my key and enrol
enr-member = Member
enr-for = For
enr-roles = Roles
enr-founding = A founding invitation: this browser's key will be the process's first secretariat key. It may define the process, add its participants and invite its members.
enr-list-sep = ,
enr-enrolled = Enrolled at entry { $index } with key { $key }. You are signed in.
enr-refused = Enrolment refused: { $why }
enr-no-such-code = No invitation has this code.

## Sign-in with this browser's key

enr-signin-title = Sign in
enr-no-key = This browser holds no key yet.
enr-enrol-link = Enrol with an invitation code
enr-signin-button = Sign in with this browser's key
enr-this-key = This browser's key:
enr-signed-in-as = Signed in as { $who }.
enr-forget-confirm = Forget this browser's key? You will need a new invitation to sign in here again.
enr-forget = Forget this key
enr-signin-refused = Sign-in refused: { $why }

## Members' roles

enr-role-signatory = signatory
enr-role-delegate = delegate
enr-role-mediator = mediator
enr-role-witness = witness
enr-role-secretariat = secretariat
enr-role-monitor = monitor
enr-role-observer = observer

## Who is signed in, when not a member

enr-viewer-public = public
enr-viewer-secretariat = secretariat
enr-viewer-member = member

## The mechanism's structured editor (mechanism.js)

mech-procedure = Procedure
mech-force = Entry into force
mech-quorum = Finding quorum (mediators)
mech-quorum-hint = How many mediator participants must concur before a finding takes effect
mech-reply-hours = Hours for a party's reply
mech-appeal-days = Days to appeal a penalty
mech-joint = Every verification team includes a member of each party
mech-appeal-body = Mediators who decide appeals
mech-territory = Territory of { $party }
mech-territory-hint = The country's name as the map's boundaries spell it in English, e.g. Afghanistan
mech-categories = Incident categories
mech-categories-hint = Comma-separated ids; the defaults if left as they are
mech-commitments = Commitments
mech-commitment-n = Commitment { $n }
mech-id = Id
mech-clause = Clause of the agreement
mech-modality = Modality
mech-modality-prohibition = prohibition
mech-modality-obligation = obligation
mech-modality-permission = permission
mech-bearer = Borne by
mech-beneficiary = For the benefit of
mech-action = What the party does or refrains from
mech-verification = How it is verified
mech-breached-by = Incidents that breach it
mech-due = Due
mech-due-continuing = continuing
mech-due-date = on a date
mech-due-days = days after entry into force
mech-due-date-label = Date
mech-due-days-label = Days after entry into force
mech-more = More terms: scope, period, condition, links
mech-concerns = Forces or groups concerned
mech-area = Area
mech-within-km = Within (km of the border)
mech-from = From
mech-until = Until
mech-reciprocal = Reciprocal of
mech-depends-on = Depends on
mech-has-condition = Conditional: suspended by a confirmed violation of the other party
mech-condition-text = Condition, in words
mech-condition-by = Violation by
mech-condition-categories = Categories that suspend it
mech-suspends-days = Suspended for (days)
mech-suspends-hint = Empty: until further notice
mech-remove-commitment = Remove this commitment
mech-add-commitment = Add a commitment
mech-schedule = Penalty schedule
mech-rule-n = Rule { $n }
mech-rule-categories = Categories it counts
mech-min-severity = From severity
mech-nth = Nth confirmed violation
mech-nth-hint = 1 for the first, 2 for the second within the window…
mech-window = Window (days)
mech-cure = Days to cure
mech-penalty = Penalty
mech-detail = Detail
mech-amount = Amount
mech-benefit = Benefit suspended
mech-remove-rule = Remove this rule
mech-add-rule = Add a rule
mech-severity-minor = minor
mech-severity-moderate = moderate
mech-severity-serious = serious
mech-severity-grave = grave
mech-penalty-formal-notice = formal notice
mech-penalty-public-attribution = public attribution
mech-penalty-fine = fine
mech-penalty-benefit-suspension = suspension of a benefit
mech-penalty-referral = referral
mech-category-armed-clash = armed clash
mech-category-air-drone-strike = air or drone strike
mech-category-shelling = shelling
mech-category-cross-border-raid = cross-border raid
mech-category-ied = improvised explosive device
mech-category-attack-on-civilians = attack on civilians
mech-category-movement-of-forces = movement of forces
mech-category-obstruction-of-monitors = obstruction of monitors
mech-category-hostile-propaganda = hostile propaganda
mech-category-other = other
comp-json-from-form = Write the form as JSON
comp-json-to-form = Read this JSON into the form

## The process's timeline (pages/process.js)

proc-tl-caption = Rounds and deadlines from { $from } to { $to }; the line marks today, { $today }
proc-tl-round = { $title }: { $from } to { $to } ({ $state })
proc-tl-deadline = Deadline: { $title }, due { $due }

## The mechanism editor: defaults kept as defaults

mech-yes = yes
mech-no = no
mech-default = — (the rules' default)
mech-default-hint = Empty: the rules' default, { $value }
mech-appeal-body-hint = None checked: any mediator decides appeals
mech-lines-hint = One per line
comp-json-not-read = The JSON differs from the form: read it into the form first, or close it

## The public record (pages/public.js)

app-nav-public = Public record
app-title-public = Public record
pub-title = The public record
pub-at-size = at log size { $size }
pub-feed = Atom feed of publications
pub-check = Check it
pub-checking = Checking in this browser…
pub-loading = Loading…
pub-check-checkpoint-ok = The log's signature on the checkpoint at size { $size } verifies
pub-check-checkpoint-bad = The log's signature on the checkpoint at size { $size } does not verify
pub-check-included = Entry { $index } ({ $kind }) is in the checkpoint's tree
pub-check-not-included = Entry { $index } ({ $kind }) is NOT in the checkpoint's tree
pub-check-opening-ok = The disclosed part of entry { $index } matches its commitment on the log
pub-check-opening-bad = The disclosed part of entry { $index } does NOT match its commitment on the log
pub-check-text-ok = The text shown hashes to { $hash }
pub-check-text-bad = The text shown does NOT hash to { $hash }
pub-check-commits-ok = Entry { $index } committed to this text
pub-check-commits-bad = Entry { $index } did NOT commit to this text
pub-check-signed-ok = The signatory of { $party } signed this text
pub-check-signed-bad = The signatory of { $party } did NOT sign this text
pub-check-finding-ok = The finding's entry records finding { $id } with this outcome
pub-check-finding-bad = The finding's entry does NOT record finding { $id } with this outcome
pub-check-statement-ok = Entry { $index } published this statement
pub-check-statement-bad = Entry { $index } did NOT publish this statement
pub-check-report-ok = Entry { $index } published this report's hash
pub-check-report-bad = Entry { $index } did NOT publish this report's hash
pub-agreement = The agreement
pub-agreement-facts = Version { $version }, published { $published } at entry { $entry }. Content hash:
pub-no-agreement = The mediators have not published an agreement.
pub-rounds = Rounds and communiqués
pub-findings = Published findings
pub-finding-title = Finding { $id }: { $outcome }
pub-finding-facts = Party: { $party } · dissents on record: { $dissents } · published { $published } at entry { $entry }
pub-penalty = Penalty { $id }: { $kind } on { $party }, { $status }.
pub-appeal = Appealed { $at }: { $decision }.
pub-undecided = not yet decided
pub-no-findings = No finding is published.
pub-reports = Published reports
pub-report-period = ({ $from } to { $to })
pub-report-data = Data with proofs (JSON)
pub-no-reports = No report is published.
pub-older = Show older ({ $n } more)
pub-verify-offline = Each report's data carries the cosigned checkpoint and every entry it counts with its inclusion proof: truce verify-report checks it offline.
pub-commitments = The commitments, as the public knows them
pub-col-commitment = Commitment
pub-col-clause = Clause
pub-col-bearer = Borne by
pub-col-state = State

## Publishing, at the mediators' quorum

neg-publish-title = Publish the agreement { $id }
neg-publish-sign = Sign its publication
neg-publish-done = Publication signed
neg-publish-note = Each mediator signs; the text becomes public at the quorum of mediators, with its signatures, for anyone to check.
comp-reports-title = Reports
comp-report-download = Your report of the period:
comp-report-from = From
comp-report-to = To
comp-report-propose-title = Propose the public report of this period for publication
comp-report-propose-sign = Sign and propose
comp-report-proposed = Report proposed for publication
comp-report-id = Report id
comp-report-title-field = Title (optional)
comp-report-cosign-title = Publish report { $id }
comp-report-cosign = Sign its publication
comp-report-cosigned = Publication signed
comp-report-proposal = { $title } ({ $from } to { $to }), signed so far by { $signers }. Its data:
ver-publish-signed-by = Signed so far by { $signers }; it is published when { $quorum } mediators have signed.
ov-wait-publish-finding = Sign the publication of finding { $id }
ov-wait-publish-agreement = Sign the publication of the agreement { $id }
ov-wait-publish-report = Sign the publication of report { $id }
