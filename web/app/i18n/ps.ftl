### Truce: the interface in Pashto (ps).
### One catalogue per language, the same messages as en.ftl (crates/server/tests/catalogues.rs
### checks it); terms as in web/GLOSSARY.md. Text from the log is never translated.

## The header, the router and the log watch (app.js, index.html)

app-skip = منځپانګې ته ورشئ
app-nav-main = اصلي مینو
app-nav-overview = عمومي کتنه
app-nav-process = بهیر
app-nav-negotiation = خبرې اترې
app-nav-map = د پېښو نقشه
app-nav-verification = تصدیق
app-nav-compliance = پابندي
app-nav-ledger = ثبت کتاب
app-language = ژبه
app-title-overview = عمومي کتنه
app-title-process = بهیر
app-title-negotiation = د خبرو اترو خونه
app-title-map = د پېښو نقشه
app-title-verification = د تصدیق تخته
app-title-compliance = پابندي
app-title-ledger = د ثبت کتاب لټونګر
app-title-enrol = نوم لیکنه
app-title-signin = ننوتل
app-not-found = ونه موندل شو
app-no-page = په { $path } پته کومه پاڼه نشته
app-signed-in-as = په دې نوم ننوتي یاست:
app-sign-out = وتل
app-public-view = عامه بڼه
app-sign-in = ننوتل
app-enrol = نوم لیکنه
app-live =
    ثبت کتاب: { $n ->
        [one] { $n } ثبت
       *[other] { $n } ثبتونه
    }
app-live-updated =
    ثبت کتاب: { $n ->
        [one] { $n } ثبت
       *[other] { $n } ثبتونه
    } · تازه شو
app-watch-first = د ثبت کتاب څارنه: د { $size } اندازې د کتنې ټکی تصدیق شو او په دې براوزر کې خوندي شو.
app-watch-same = د ثبت کتاب څارنه: اندازه { $size }، لکه څنګه چې دې براوزر مخکې لیدلې وه.
app-watch-extends = د ثبت کتاب څارنه: اندازه { $size } د هغې اندازې { $seen } دوام دی چې دې براوزر لیدلې وه (د سازګارۍ ثبوت همدلته وکتل شو).
app-watch-unverified = د ثبت کتاب څارنه: د کتنې دا ټکی هېڅ شی نه ثابتوي ({ $why }).
app-alarm = خبرداری ({ $kind }): { $what }.
app-alarm-kind-fork = د ثبت کتاب ښاخونه
app-alarm-kind-rollback = د ثبت کتاب شاته تګ
app-alarm-kind-inconsistent = نه سمون لرونکی تاریخ
app-alarm-kind-keys = د کیليو بدلون
app-alarm-advice = دې ثبت کتاب دې براوزر ته د خپل تاریخ دوه بېلې بڼې ښودلې دي، یا یې د یوې یوه برخه پټه کړې ده. شواهد وساتئ او منځګړو او بل اړخ ته خبر ورکړئ.
app-alarm-checkpoints = د کتنې دوه لاسلیک شوي ټکي
app-alarm-download = شواهد ښکته کړئ
app-alarm-check = (د څېړلو لپاره یې دا کمانډ وکاروئ: { $command })
app-dismiss = بندول

## Shared by every page (core.js)

core-list-sep = ،
core-sign-and-submit = لاسلیک او سپارل
core-act-done = { $what }: د ثبت شمېره { $index }
core-act-refused = { $what } — غوښتنه رد شوه: { $why }
core-no-key-yet = په دې براوزر کې لا تر اوسه کیلي نشته: لومړی د بلنې په کوډ نوم لیکنه وکړئ
core-no-key = په دې براوزر کې کیلي نشته: لومړی نوم لیکنه وکړئ
core-unknown-kind = ثبت کتاب د { $kind } ډول هېڅ اقدام نه مني
core-file-too-big = د فایل اندازه { $size } بایټه ده؛ د هر فایل تر ټولو زیاته اندازه { $max } بایټه (64 MiB) ده
core-proof-index = شاخص { $index } له { $size } اندازې څخه کم نه دی
core-proof-long = ثبوت د ونې له ژوروالي څخه اوږد دی
core-proof-short = ثبوت د ونې له ژوروالي څخه لنډ دی
core-not-a-note = لاسلیک شوی یادښت نه دی
core-bad-sig-line = د لاسلیک ناسمه کرښه: { $line }
core-no-sig-by-key = په دې کیلي هېڅ لاسلیک نشته
core-unknown-key-type = د کیلي نامعلوم ډول: { $type }

## The log watch's findings (watch.js)

watch-no-answer = ثبت کتاب ځواب ور نه کړ ({ $why })
watch-bad-log-sig = د ثبت کتاب لاسلیک د هغه د کتنې پر ټکي نه تصدیقېږي
watch-under-quorum =
    { $n ->
        [one] { $n } ګډ لاسلیک
       *[other] { $n } ګډ لاسلیکونه
    } د هغو شاهدانو له خوا چې دې براوزر لومړی لیدلي وو؛ نصاب { $quorum } دی
watch-keys-log-key = ثبت کتاب اوس بله کیلي د خپلې کیلي په توګه ښيي، نه هغه چې دې براوزر لومړی لیدلې وه
watch-keys-witnesses = ثبت کتاب اوس د شاهدانو داسې لېست ښيي چې { $names } پکې نشته، نه هغه چې دې براوزر لومړی لیدلی و
watch-keys-quorum = ثبت کتاب اوس نصاب د { $was } پر ځای { $now } ښيي، نه هغه چې دې براوزر لومړی لیدلی و
watch-fork = د { $size } اندازې د کتنې دوه ټکي له بېلابېلو ریښو سره
watch-rollback =
    ثبت کتاب د { $old } اندازې وروسته { $size } اندازه وړاندې کړه: { $lost ->
        [one] { $lost } ثبت بېرته واخیستل شو
       *[other] { $lost } ثبتونه بېرته واخیستل شول
    }
watch-no-proof = له { $old } اندازې څخه د سازګارۍ ثبوت نشته ({ $why })
watch-bad-proof = د ثبت کتاب دا ثبوت نه تصدیقېږي چې د { $size } اندازې ونه یې د { $old } اندازې د هغې ونې دوام دی چې دې براوزر لیدلې وه
watch-not-extended = د ثبت کتاب د { $size } اندازې ونه د { $old } اندازې د هغې ونې دوام نه دی چې مخکې یې دې براوزر ته ښودلې وه

## Process overview (web/app/pages/overview.js)

ov-title = د بهیر عمومي کتنه
ov-agreement = تړون
ov-rounds = پړاوونه
ov-participants = ګډونوال
ov-removed = (لرې شوی)

## The agreement's status

ov-adopted = تصویب شوی
ov-not-adopted = نه دی تصویب شوی
ov-adopted-unpublished = یو تړون تصویب شوی دی؛ تر خپرېدو پورې یې متن یوازې د غړو لپاره دی.
ov-no-agreement = تر اوسه هېڅ تړون نه دی تصویب شوی.
ov-version-content = نسخه { $version }، منځپانګه
ov-signed-by = د { $member } ({ $participant }) لخوا په { $at } لاسلیک شوی
ov-witnessed-by = د { $member } ({ $participant }) لخوا په { $at } شاهدي ورکړل شوې
ov-receipt = رسید

## What needs the signed-in member's action

ov-todo = هغه څه چې زما اقدام ته اړتیا لري
ov-sign-in-to-see = ننوځئ ترڅو وګورئ چې کوم څه ستاسو اقدام ته اړتیا لري.
ov-nothing-waits = اوس هېڅ شی ستاسو په تمه نه دی.
ov-wait-sign = که ستاسو پلاوی نسخه { $id } مني، لاسلیک یې کړئ
ov-wait-sign-titled = که ستاسو پلاوی نسخه { $id } («{ $title }») مني، لاسلیک یې کړئ
ov-wait-witness = پر نسخه { $id } شاهدي ورکړئ
ov-wait-witness-titled = پر نسخه { $id } («{ $title }») شاهدي ورکړئ
ov-wait-relay = نسخه { $id } هغو اړخونو ته ولېږئ چې دا نسخه نه لري
ov-wait-relay-titled = نسخه { $id } («{ $title }») هغو اړخونو ته ولېږئ چې دا نسخه نه لري
ov-wait-reply = په دوسیه { $id } کې ځواب ورکړئ
ov-wait-reply-titled = په دوسیه { $id } کې ځواب ورکړئ: { $title }
ov-wait-assess = دوسیه { $id } وارزوئ
ov-wait-propose = د دوسیې { $id } په اړه یوه موندنه وړاندیز کړئ
ov-wait-vote = پر موندنه { $id } رایه ورکړئ
ov-wait-appeal = که ستاسو پلاوی پر جریمه { $id } اعتراض لري، استیناف وکړئ
ov-wait-decide = د جریمې { $id } د استیناف په اړه پرېکړه وکړئ
ov-wait-serve = د جریمې { $id } رسمي خبرتیا ورکړئ
ov-wait-deadline = وروستۍ نېټه: { $title }
# An act the page has no sentence for: its kind, the object's type and id.
ov-wait-other = پر { $type } { $id } باندې { $kind }
# Before the due time: " — due <time>".
ov-due = وروستۍ نېټه
ov-overdue = (وخت یې تېر شوی)

## Reminders

ov-reminders = د برېښنالیک او جنتري له لارې یادونې
ov-calendar-feed = د جنتري فیډ (پټ یې وساتئ؛ ستاسو د کیلي په بدلولو سره پای ته رسېږي):
ov-subscribe = ګډون وکړئ
ov-email-label = یادونې دې برېښنالیک ته ولېږل شي (تش: هېڅ)
ov-email-hint = هره یادونه له پېژندنو سره وايي چې څه په تمه دي او تر کومه وخته؛ د بهیر هېڅ متن پکې نه راځي.
ov-save = خوندي کول
ov-reminders-go-to = یادونې { $email } ته لېږل کېږي.
ov-reminders-off = یادونې نور په برېښنالیک نه لېږل کېږي.

## A round's state (tv: ov-round-state)

ov-round-state-scheduled = مهالوېش شوی
ov-round-state-in-session = په غونډه کې
ov-round-state-stalled = درېدلی
ov-round-state-suspended = ځنډول شوی
ov-round-state-resumed = بیا پیل شوی
ov-round-state-concluded = پای ته رسېدلی

## A participant's kind (tv: ov-kind)

ov-kind-party = اړخ
ov-kind-mediator = منځګړی
ov-kind-monitor = نظارت کوونکی
ov-kind-observer = څارونکی

## A member's role (tv: ov-role)

ov-role-signatory = لاسلیک کوونکی
ov-role-delegate = استازی
ov-role-mediator = منځګړی
ov-role-witness = شاهد
ov-role-secretariat = دارالانشا
ov-role-monitor = نظارت کوونکی
ov-role-observer = څارونکی

## The process page (web/app/pages/process.js)

proc-heading = بهیر
# Fields and table columns used in several forms of the page.
proc-id = پېژند
proc-field-title = سرلیک
proc-name = نوم
proc-participant = ګډونوال
proc-roles = رولونه
proc-status = حالت
proc-acts = اقدامونه

## Definition

proc-definition = تعریف
# After the process's title (in bold).
proc-def-summary = ({ $id })؛ تصویب ته د { $n ->
        [one] { $n } منځګړي
       *[other] { $n } منځګړو
    } شاهدي اړینه ده.
proc-not-defined = بهیر لا نه دی تعریف شوی.
proc-define = بهیر تعریف کړئ
proc-quorum = د تصویب لپاره د منځګړو د اړینو شاهدیو شمېر (تش: ټول)

## Participants

proc-participants = ګډونوال
proc-add-participant = ګډونوال ور زیات کړئ
proc-kind = ډول

## Members

proc-members = غړي
proc-members-signed-in = د غړو لېست یوازې هغو غړو ته ښودل کېږي چې ننوتي وي.
proc-key-placeholder = د تصدیق کیلي د name+hex+base64 په بڼه
proc-rotate = د { $member } کیلي بدله کړئ
proc-new-key = د تصدیق نوې کیلي
proc-remove = { $member } لرې کړئ
proc-remove-reason = لامل (مهر شوی: د بهیر غړي یې لولي)
proc-removed-at = په ثبت { $entry } کې لرې شوی
proc-removed-at-reason = په ثبت { $entry } کې لرې شوی: { $reason }
proc-active = فعال
proc-key = کیلي
proc-add-member = داسې غړی ور زیات کړئ چې خپله کیلي لري
proc-member-id = د غړي پېژند
proc-their-key = د غړي د تصدیق کیلي

## Invitations

proc-invitations = بلنې
proc-member = غړی
proc-invited = بلنه
proc-expires = پای نېټه
proc-entry = ثبت { $entry }
proc-entry-paren = (ثبت { $entry })
proc-no-invitation = تر اوسه بلنه نشته.
proc-invite = یو غړی وبلئ
proc-invite-link = دا یو ځلي لینک د باور وړ لارې بلل شوي کس ته ورکړئ؛ یوازې همدا اوس ښودل کېږي.
proc-valid-days = د اعتبار موده (په ورځو، د ثبت کتاب د ساعت له مخې؛ تش: تر کارولو یا بېرته اخیستلو پورې)
proc-withdraw = د { $member } بلنه بېرته واخلئ
proc-sign-withdraw = لاسلیک: بېرته اخیستل
proc-withdrawn = بلنه بېرته واخیستل شوه
proc-reason-public = لامل (عامه)

## Rounds

proc-rounds = پړاوونه
proc-move = د { $round } حالت بدل کړئ
proc-to = نوی حالت
proc-transition-reason = لامل (د درېدو یا ځنډولو لپاره اړین دی)
proc-outcome = پایله
proc-walked-out = هغه پلاوی چې غونډه یې پرېښوده (د ځنډولو لپاره)
proc-schedule = یو پړاو مهالوېش کړئ
proc-place = ځای
proc-starts = پیل
proc-ends = پای

## Deadlines

proc-deadlines = وروستۍ نېټې
proc-no-deadline = هېڅ وروستۍ نېټه نه ده ټاکل شوې.
proc-set-deadline = وروستۍ نېټه وټاکئ
proc-what-due = څه باید ترسره شي
proc-due = وروستۍ نېټه
proc-round = پړاو

## Communiqués

proc-communiques = اعلامیې
proc-none-issued = هېڅ اعلامیه نه ده خپره شوې.
proc-issue = اعلامیه خپره کړئ
proc-text-public = متن (عامه)

## A round's state (tv: proc-round-state)

proc-round-state-scheduled = مهالوېش شوی
proc-round-state-in-session = په غونډه کې
proc-round-state-stalled = درېدلی
proc-round-state-suspended = ځنډول شوی
proc-round-state-resumed = بیا پیل شوی
proc-round-state-concluded = پای ته رسېدلی

## A participant's kind (tv: proc-participant-kind)

proc-participant-kind-party = اړخ
proc-participant-kind-mediator = منځګړی
proc-participant-kind-monitor = نظارت کوونکی
proc-participant-kind-observer = څارونکی

## A member's role (tv: proc-role)

proc-role-signatory = لاسلیک کوونکی
proc-role-delegate = استازی
proc-role-mediator = منځګړی
proc-role-witness = شاهد
proc-role-secretariat = دارالانشا
proc-role-monitor = نظارت کوونکی
proc-role-observer = څارونکی

## An invitation's status (tv: proc-inv-status)

proc-inv-status-pending = په تمه
proc-inv-status-used = کارول شوې
proc-inv-status-revoked = بېرته اخیستل شوې
proc-inv-status-expired = پای ته رسېدلې

## Negotiation room (pages/negotiation.js)

neg-title = د خبرو اترو خونه
neg-drafts-confidential = مسودې محرمې دي: د هغو نسخو د لیدو لپاره چې ستاسو پلاوی یې لري، ننوځئ. خلک یوازې تصویب شوی تړون ویني.
neg-no-version = تر اوسه داسې نسخه نشته چې تاسو یې ولولئ.
neg-version-option = { $id } — { $title } ({ $author })
neg-mediators = منځګړي
neg-compare-none = — هېڅ —
neg-langs-side-by-side = ژبې څنګ په څنګ
neg-authentic = (معتبره)
neg-version = نسخه
neg-compare-with = ورسره پرتله
neg-text-heading = { $title } — نسخه { $id }
neg-submitted-by = د { $member } ({ $participant }) له خوا په { $at } وړاندې شوې؛ منځپانګه
neg-the-mediators = منځګړي
neg-unattributed = بې نسبته
neg-changes-from-to = له { $from } څخه تر { $to } پورې بدلونونه
neg-clause-status = د بند حالت:
neg-col-clause = بند
neg-col-status = حالت
neg-article = ماده { $num }.
neg-alternative = [بدیل { $n }:
neg-comments-on = پر { $eid } تبصرې
neg-no-clause-changed = هېڅ بند نه دی بدل شوی.
neg-col-change = بدلون
neg-col-words = کلمې

## Shuttle history

neg-hist-submitted = { $id } وړاندې شوه
neg-hist-mediators-unattributed = منځګړي (بې نسبته)
neg-hist-relayed = { $id } ولېږدول شوه
neg-hist-signed = { $id } لاسلیک شوه
neg-hist-witnessed = پر { $id } شاهدي وشوه
neg-shuttle-history = د تګ راتګ منځګړیتوب تاریخچه
neg-col-entry = ثبت
neg-col-when = کله
neg-col-what = څه
neg-col-by = د چا له خوا
neg-col-to = چا ته

## Acts on a version

neg-act = اقدام
neg-sign-in-to-act = د اقدام لپاره ننوځئ.
neg-imported = { $articles ->
        [one] { $articles } ماده
       *[other] { $articles } مادې
    } او { $clauses ->
        [one] { $clauses } بند
       *[other] { $clauses } بندونه
    } راوړل شول: د لېږلو مخکې یې وګورئ.
neg-docx-unreadable = د ‎.docx فایل ونه لوستل شو: { $why }
neg-paste-ph-article = # ماده 1 …
neg-paste-ph-first = لومړی بند.
neg-paste-ph-second = دوهم بند.
neg-pasted = { $articles ->
        [one] { $articles } ماده
       *[other] { $articles } مادې
    } او { $clauses ->
        [one] { $clauses } بند
       *[other] { $clauses } بندونه
    } ولګول شول: د لېږلو مخکې یې وګورئ.
neg-paste-into-clauses = په بندونو کې یې ولګوئ
neg-import-summary = مسوده راوړئ: د ‎.docx فایل یا لګول شوی متن
neg-import-docx = د ‎.docx فایل (هر سرلیک یوه ماده، هر پاراګراف یو بند)
neg-import-in-language = په ژبه
neg-import-paste = یا متن ولګوئ (هغه کرښه چې په “Article” یا “#” پیلېږي نوې ماده پیلوي؛ تشې کرښې بندونه سره جلا کوي)
neg-changes-against = دا نسخه د { $id } په پرتله څه بدلوي
neg-new-draft-by-clause = نوې مسوده، بند په بند
neg-show-changes = وښایاست چې دا نسخه څه بدلوي
neg-submit-amended-title = د { $id } تعدیل شوې نسخه منځګړو ته وړاندې کړئ
neg-submit-new-title = نوې مسوده منځګړو ته وړاندې کړئ
neg-submit-draft = مسوده وړاندې کړئ
neg-submit-new-draft = نوې مسوده وړاندې کړئ
neg-draft-submitted = مسوده وړاندې شوه
neg-languages-codes = ژبې (کوډونه؛ لومړۍ ژبه معتبره ده)
neg-new-version-id = د نوې نسخې پېژند
neg-draft = مسوده
neg-bridging-text = بې نسبته پخلاینیز متن
neg-relay-to = چا ته
neg-relay-title = د { $id } لېږد
neg-relay = لېږد
neg-relayed = ولېږدول شوه
neg-note = یادښت
neg-vis-choice-internal = داخلي (زما پلاوی)
neg-vis-choice-mediators = منځګړو ته
neg-vis-choice-shared = شریک (ټول هغه کسان چې متن لري)
neg-comment-title = پر { $id } تبصره
neg-add-comment = تبصره زیاته کړئ
neg-comment-added = تبصره زیاته شوه
neg-clause = بند
neg-visibility = لاسرسی
neg-comment = تبصره
neg-sign-title = د { $id } لاسلیک
neg-sign-this-version = دا نسخه لاسلیک کړئ
neg-signed = لاسلیک شوه
neg-content = منځپانګه
neg-sign-binds = لاسلیک ستاسو پلاوی دقیقاً همدې متن ته ژمن کوي.
neg-witness-title = پر { $id } شاهدي
neg-witness-this-version = پر دې نسخه شاهدي ورکړئ
neg-witnessed = شاهدي وشوه
neg-witness-binds = منځګړي دقیقاً پر همدې متن د اړخونو پر لاسلیکونو شاهدي ورکوي.
neg-nothing-to-do = اوس مهال پر دې نسخه داسې څه نشته چې تاسو یې وکړای شئ.
neg-copy-title = د { $id } متن، د ساتلو یا لاسلیک لپاره
neg-print = چاپ
neg-show-signing-copy = د لاسلیک متن وښایاست
neg-download-docx = ‎.docx ښکته کړئ

## Clause statuses (tv "neg-status")

neg-status-proposed = وړاندیز شوی
neg-status-bracketed = په قوسونو کې
neg-status-agreed-ad-referendum = د وروستي تایید په شرط موافقه شوی
neg-status-agreed = موافقه شوی

## Clause changes between versions (tv "neg-change")

neg-change-added = زیات شوی
neg-change-removed = لرې شوی
neg-change-changed = بدل شوی
neg-change-moved = ځای پر ځای شوی
neg-change-moved-and-changed = ځای پر ځای او بدل شوی
neg-change-unchanged = نه دی بدل شوی

## Who may read a comment (tv "neg-visibility")

neg-visibility-internal = داخلي
neg-visibility-mediators = منځګړو ته
neg-visibility-shared = شریک

## Clause editor, pre-send changes, signing copy and .docx export (editor.js)

ed-title = سرلیک
ed-article = ماده { $num }
ed-add-paragraph = مادې { $num } ته یو بند زیات کړئ
ed-add-article = یوه ماده زیاته کړئ
ed-status = حالت
ed-remove = لرې کړئ
ed-alternative = بدیل { $n }
ed-remove-alternative = لرې کړئ
ed-add-alternative = یو بدیل زیات کړئ
ed-no-changes = دا نسخه د خپلې مخکینۍ نسخې په پرتله هېڅ نه بدلوي.
ed-col-clause = بند
ed-col-change = بدلون
ed-col-status = حالت
ed-col-before = مخکې
ed-col-after = وروسته
ed-version-of-draft = د { $draft } مسودې نسخه { $id }. د منځپانګې SHA-256:
ed-signature-binds = لاسلیک دقیقاً همدې منځپانګې پورې تړلی دی: د لاسلیک نه مخکې هش د ثبت کتاب له ثبت سره پرتله کړئ.
ed-cannot-load = { $file } بار نه شو
ed-alternative-docx = [بدیل { $n }]

## Clause statuses (tv "ed-status")

ed-status-proposed = وړاندیز شوی
ed-status-bracketed = په قوسونو کې
ed-status-agreed-ad-referendum = د وروستي تایید په شرط موافقه شوی
ed-status-agreed = موافقه شوی

## Changes before sending (tv "ed-change")

ed-change-added = زیات شوی
ed-change-changed = بدل شوی
ed-change-removed = لرې شوی

## Incident map: filters and the map

map-title = د پېښو نقشه
map-filters = فلټرونه
map-any = ټول
map-from = له
map-to = تر
map-category = کټګوري
map-alleged-party = ادعا شوی اړخ
map-status = حالت
map-region = د راپور شویو پېښو نقشه
map-list = په لید کې پېښې
map-legend-status = حالت:
map-attribution = پولې: Natural Earth
map-list-item = { $when } · { $category } · { $place } ({ $status })
map-summary-points = { $n ->
    [one] په لید کې { $n } پېښه
   *[other] په لید کې { $n } پېښې
}
map-summary-clusters = په لید کې { $n } پېښې، په { $clusters ->
    [one] { $clusters } ډله
   *[other] { $clusters } ډلو
} کې: د جلا جلا راپورونو لیدلو لپاره نقشه لویه کړئ
map-cluster-title = { $n ->
    [one] { $n } پېښه
   *[other] { $n } پېښې
}، ډېری یې { $category }
map-list-summary = په لید کې پېښې (لړلیک)

## Incident map: a report's popup

map-popup-when-where = { $when }، { $where }
map-popup-point = { $lat }، { $lon }
map-popup-alleged = ادعا شوی اړخ: { $party }.
map-popup-border = له پولې { $km } کیلومتره، د { $side } په لوري.
map-popup-footer = { $id } · راپور ورکوونکی: { $reporter } ({ $channel }) · ثبت { $index }

## Incident map: the report form

map-report-title = د یوې پېښې راپور ورکړئ
map-report-not-now = تاسو اوس راپور نه شئ ثبتولی.
map-report-sign-in = د راپور ثبتولو لپاره ننوځئ.
map-unknown-party = نامعلوم
map-report-pick = د ټکي ټاکلو لپاره پر نقشه کلیک وکړئ، یا یې ولیکئ.
map-lat = جغرافیایي عرض
map-lon = جغرافیایي طول
map-occurred = د پېښې وخت (UTC)
map-place = ځای
map-narrative = څه پېښ شول
map-source = سرچینه
map-casualties = مرګ ژوبله (غوره اټکل)
map-evidence-files = د شواهدو فایلونه
map-evidence-files-hint = انځورونه، ویډیو، اسناد: هر یو د خپل SHA-256 هش له مخې ساتل کېږي او د شواهدو د ساتنې په لړۍ کې ثبتېږي.
map-public-channel = له عامه چینل څخه لېږدول شوی
map-report-submit = لاسلیک او د راپور ثبتول
map-reported-point = راپور شوی ټکی
map-report-filed = راپور { $id } په ثبت { $index } کې درج شو.
map-evidence-entered = شواهد { $name } ({ $hash }…) په ثبت { $index } کې درج شول.
map-report-refused = راپور رد شو: { $why }

## Incident map: evidence, merging and import

map-evidence-title = د شواهدو سپارل
map-evidence-submit = لاسلیک او د شواهدو سپارل
map-file = فایل
map-for-report = اړوند راپور
map-merge-title = د تکراري راپورونو یوځای کول
map-merge-submit = د یوځای کولو لاسلیک
map-merge-keep = پاتې کېدونکی راپور
map-merge-merged = په هغه کې یوځای کېدونکي راپورونه
map-merge-reason = ولې دا یوه پېښه ده
map-import-title = د ACLED پېښو راوړل (CSV)
map-import-submit = د راوړلو لاسلیک
map-import-file = د ACLED صادر شوی فایل
map-import-hint = هر قطار په یو راپور بدلېږي چې ځای یې د پولې په نسبت ټاکل کېږي؛ فایل د خپل هش له مخې ساتل کېږي.

## Incident status (as the reader may know it)

map-status-reported = راپور شوې
map-status-under-verification = تر تصدیق لاندې
map-status-confirmed = تایید شوې
map-status-not-confirmed = نه ده تایید شوې
map-status-merged = یوځای شوې

## Incident categories (the defaults; an agreement may name others)

map-cat-armed-clash = وسله واله نښته
map-cat-air-drone-strike = هوايي یا ډرون برید
map-cat-shelling = د توپونو ډزې
map-cat-cross-border-raid = له پولې پورې برید
map-cat-ied = لاسي جوړ شوی بم
map-cat-attack-on-civilians = پر ملکي وګړو برید
map-cat-movement-of-forces = د ځواکونو خوځښت
map-cat-obstruction-of-monitors = د نظارت ټیمونو په کار کې خنډ
map-cat-hostile-propaganda = خصمانه تبلیغات
map-cat-other = نور

## The channel a report came through

map-channel-monitor = د نظارت ټیم
map-channel-party = اړخ
map-channel-mediator = منځګړی
map-channel-public = عام خلک

## Verification board (web/app/pages/verification.js)

ver-title = د تصدیق تخته
ver-public-notice = خلک یوازې خپرې شوې موندنې ویني. د هغو دوسیو د لیدو لپاره چې تاسو پورې اړه لري، ننوځئ.
ver-col-open = پرانیستې: شواهد او ځوابونه ({ $n })
ver-col-awaiting-quorum = د نصاب په تمه موندنه ({ $n })
ver-col-decided = پرېکړه شوې ({ $n })

## A case's card

ver-case-title = دوسیه { $id }
ver-incidents = پېښې
ver-action-ref = اقدام { $id }
ver-accused = تورن اړخ
ver-team = ټیم
ver-reply-due = د ځواب وروستۍ نېټه
ver-overdue = (نېټه تېره شوې)
ver-replied = ځواب ورکړل شوی
ver-requests = غوښتل شوي شواهد
ver-request-item = { $from }: { $what } — وروستۍ نېټه { $due }
ver-replies = ځوابونه
ver-late = ناوخته
ver-assessments = ارزونې
ver-assessment = { $member }: { $outcome } — پېښېدل { $happened }٪، مسؤلیت { $responsible }٪. { $note }
ver-assessment-attributed = { $member }: { $outcome } — پېښېدل { $happened }٪، مسؤلیت { $responsible }٪ ({ $party }). { $note }
ver-finding = موندنه
ver-quorum = نصاب: له { $quorum } څخه { $concur } موافق
ver-in-effect = له { $index } ثبت راهیسې نافذ
ver-published = خپره شوې
ver-vote-concurs = { $member } ({ $participant }): موافق
ver-vote-dissents = { $member } ({ $participant }): مخالف
ver-prescribes = جدول دا ټاکي: { $penalty } (قاعده { $rule }، د سرغړونې شمېره { $count }).

## A case's acts

ver-request-title = د شواهدو غوښتنه
ver-request-sign = په غوښتنه لاسلیک
ver-request-done = شواهد وغوښتل شول
ver-from = له چا
ver-what = څه
ver-due = وروستۍ نېټه (18:00 UTC)
ver-reply-title = ستاسو د پلاوي ځواب
ver-reply-sign = لاسلیک او د ځواب سپارل
ver-reply-done = ځواب وسپارل شو
ver-reply-to-case = — (دوسیې ته ځواب)
ver-answering = د غوښتنې په ځواب کې
ver-assess-title = ارزونه
ver-assess-sign = په ارزونه لاسلیک
ver-assess-done = ارزونه وسپارل شوه
ver-happened = پېښېدل (٪)
ver-responsible = مسؤلیت (٪)
ver-outcome = پایله
ver-attributed-to = چا ته منسوب
ver-note = یادښت
ver-commitments-breached = هغه ژمنې چې سرغړونه ترې شوې (که هېڅ و نه ټاکل شي: ټولې هغه چې دا کټګوري یې ماتوي)
ver-propose-title = د موندنې وړاندیز
ver-propose-sign = لاسلیک او وړاندیز
ver-propose-done = موندنه وړاندیز شوه
ver-party = اړخ
ver-category = کټګوري
ver-severity = جدیت
ver-summary = لنډیز
ver-vote-title = رایه
ver-vote-sign = په رایه لاسلیک
ver-vote-done = رایه ورکړل شوه
ver-i-dissent = زه مخالف یم
ver-dissent-reason = دلیل (د مخالفت لپاره اړین دی)
ver-publish-title = خپرول
ver-publish-sign = موندنه خپرول
ver-publish-done = خپره شوه
ver-public-statement = عامه بیانیه
ver-impose-title = د جریمې لګول
ver-impose-sign = ټاکل شوې جریمه لګول ({ $penalty })
ver-impose-done = جریمه ولګول شوه
ver-detail = جزئیات (اختیاري)

## Penalties and appeals

ver-penalty-line = جریمه { $id }: { $kind } پر { $party }
ver-appeal-until = تر { $at } پورې استیناف ممکن دی
ver-appealed = استیناف شوی: { $grounds }
ver-appeal-title = د دې جریمې پر وړاندې استیناف
ver-appeal-sign = لاسلیک او استیناف
ver-appeal-done = استیناف وسپارل شو
ver-appeal-note = یوازې یو استیناف، تر { $at } پورې.
ver-grounds = دلایل
ver-decide-title = د استیناف پرېکړه
ver-decide-sign = په پرېکړه لاسلیک
ver-decide-done = د استیناف پرېکړه وشوه
ver-decision = پرېکړه
ver-reason = دلیل
ver-serve-title = د جریمې پلي کول
ver-serve-sign = لاسلیک: پلي شوه
ver-serve-done = جریمه پلي شوه
ver-lift-title = د جریمې لرې کول
ver-lift-sign = لاسلیک: لرې شوه
ver-lift-done = جریمه لرې شوه

## Opening a case

ver-incident-filter = د پېژند، ځای، کټګورۍ یا نېټې له مخې چاڼ کړئ
ver-open-title = دوسیه پرانیستل
ver-open-sign = لاسلیک او دوسیه پرانیستل
ver-open-done = دوسیه پرانیستل شوه
ver-find-reports = راپورونه ولټوئ
ver-pick-reports = راپورونه (یو یا څو وټاکئ)
ver-accused-party = تورن اړخ
ver-joint-team-hint = په ګډو ټیمونو کې د هر اړخ یو غړی شامل کړئ.
ver-hours-to-reply = د ځواب موده (ساعتونه)
ver-verify-action = د اقدام راپور { $id } تصدیق کړئ

## Evidence and its chain of custody

ver-evidence = شواهد
ver-access-title = لاسرسی (د ساتنې په لړۍ کې ثبتېږي)
ver-access-sign = په لاسرسي لاسلیک
ver-access-done = لاسرسی ثبت شو
ver-purpose = موخه
ver-transfer-title = د ساتنې سپارل
ver-transfer-sign = په سپارلو لاسلیک
ver-transfer-done = ساتنه وسپارل شوه
ver-to = چا ته

## Outcomes of an assessment or a finding (tv)

ver-outcome-confirmed = تایید شوې
ver-outcome-not-confirmed = نه ده تایید شوې
ver-outcome-no-violation = سرغړونه نشته
ver-outcome-inconclusive = بې پایلې
ver-outcome-verified = تصدیق شوې
ver-outcome-not-verified = نه ده تصدیق شوې

## Incident categories: the defaults when the agreement names none (tv)

ver-category-armed-clash = وسله واله نښته
ver-category-air-drone-strike = هوايي یا ډرون برید
ver-category-shelling = ګوله باري
ver-category-cross-border-raid = له پولې اخوا برید
ver-category-ied = لاسي جوړه چاودېدونکې وسیله
ver-category-attack-on-civilians = پر ملکي وګړو برید
ver-category-movement-of-forces = د ځواکونو خوځښت
ver-category-obstruction-of-monitors = د څارونکو د کار خنډول
ver-category-hostile-propaganda = خصمانه تبلیغات
ver-category-other = نور

## Severities (tv)

ver-severity-minor = کوچنۍ
ver-severity-moderate = منځنۍ
ver-severity-serious = جدي
ver-severity-grave = ډېره جدي

## Kinds of penalty (tv)

ver-penalty-kind-formal-notice = رسمي خبرتیا
ver-penalty-kind-public-attribution = په عامه توګه د مسؤلیت منسوبول
ver-penalty-kind-fine = نغدي جریمه
ver-penalty-kind-benefit-suspension = د امتیازاتو ځنډول
ver-penalty-kind-referral = لوړو مراجعو ته راجع کول

## A penalty's status (tv)

ver-penalty-status-imposed = لګول شوې
ver-penalty-status-appealed = استیناف شوې
ver-penalty-status-overturned = لغوه شوې
ver-penalty-status-served = پلي شوې
ver-penalty-status-lifted = لرې شوې

## Decisions on an appeal: the picker (tv)

ver-decision-upheld = د جریمې تایید
ver-decision-overturned = د جریمې لغوه کول
ver-decision-varied = د جریمې تعدیل

## Decisions on an appeal: in a penalty's line (tv)

ver-appeal-result-upheld = استیناف: د جریمې تایید
ver-appeal-result-overturned = استیناف: د جریمې لغوه کول
ver-appeal-result-varied = استیناف: د جریمې تعدیل

## Compliance dashboard (web/app/pages/compliance.js)

comp-title = پابندي
comp-members-only = د میکانیزم شرطونه او پابندي یوازې د غړو لپاره دي: ننوځئ.
comp-not-configured = د څارنې میکانیزم لا نه دی تنظیم شوی.
comp-as-of = د ثبت کتاب تر دې ثبت پورې (پرته له دې)
comp-show = ښودل
comp-latest = وروستی
comp-as-of-note = د لومړیو { $upto } ثبتونو له مخې حالت، په { $at }.

## Commitments table

comp-commitment = ژمنه
comp-clause = بند
comp-bearer = مکلف اړخ
comp-state = حالت
comp-why = دلیل
comp-entry-ref = [ثبت { $index }]
comp-action-title = د دې ژمنې په اړه د اقدام راپور ورکړئ
comp-action-sign = د اقدام په راپور لاسلیک
comp-action-what = ستاسو اړخ څه وکړل

## Charts and penalties

comp-chart-violations = د هر اړخ تایید شوې سرغړونې، د میاشتې له مخې
comp-chart-penalties = پر هر اړخ جریمې، د میاشتې له مخې
comp-penalties = جریمې
comp-none = هېڅ.

## Configuring the mechanism

comp-not-json = شرطونه JSON نه دي: { $why }
comp-check-ok = ثبت کتاب به دا شرطونه ومني.
comp-check-refused = ثبت کتاب به دا شرطونه رد کړي: { $reason }
comp-check = د قواعدو له مخې یې وڅېړئ
comp-configure-title = د څارنې میکانیزم تنظیمول
comp-configure-sign = د میکانیزم په شرطونو لاسلیک
comp-agreement = تصویب شوی تړون
comp-terms = شرطونه (ژمنې، د جریمو جدول، کړنلاره)
comp-territories-hint = سیمې: د هر اړخ هېواد د هغه د ISO نوم له مخې، د بېلګې په توګه { $example }؛ د دوی ترمنځ پوله له دننه شوي Natural Earth معلوماتو څخه محاسبه کېږي.
comp-rule-no-commitment = هېڅ ژمنه نشته: دا قاعده پر هېڅ سرغړونې جریمه نه لګوي
comp-schedule-caption = د جریمو د جدول هره قاعده پر څه جریمه لګوي
comp-rule = قاعده
comp-penalty = جریمه
comp-categories = کټګورۍ
comp-commitments-penalised = هغه ژمنې چې د هغو پر سرغړونې جریمه لګوي
comp-schedule-empty = جدول هېڅ قاعده نه لري.

## A commitment's state (tv)

comp-state-pending = په تمه
comp-state-in-force = نافذ
comp-state-suspended = ځنډول شوې
comp-state-met = پوره شوې
comp-state-overdue = نېټه یې تېره شوې
comp-state-breached = سرغړونه ترې شوې

## Kinds of penalty (tv)

comp-penalty-kind-formal-notice = رسمي خبرتیا
comp-penalty-kind-public-attribution = په عامه توګه د مسؤلیت منسوبول
comp-penalty-kind-fine = نغدي جریمه
comp-penalty-kind-benefit-suspension = د امتیازاتو ځنډول
comp-penalty-kind-referral = لوړو مراجعو ته راجع کول

## A penalty's status (tv)

comp-penalty-status-imposed = لګول شوې
comp-penalty-status-appealed = استیناف شوې
comp-penalty-status-overturned = لغوه شوې
comp-penalty-status-served = پلي شوې
comp-penalty-status-lifted = لرې شوې

## Decisions on an appeal (tv)

comp-appeal-result-upheld = استیناف: د جریمې تایید
comp-appeal-result-overturned = استیناف: د جریمې لغوه کول
comp-appeal-result-varied = استیناف: د جریمې تعدیل

## Ledger explorer: the latest checkpoint

led-title = د ثبت کتاب کتونکی
led-checkpoint-title = وروستی د کتنې ټکی
led-sig-log-ok = ثبت کتاب { $origin }: لاسلیک تصدیق شو
led-sig-log-bad = ثبت کتاب { $origin }: لاسلیک نه تصدیقېږي
led-sig-witness-ok = شاهد { $name }: په { $at } یې ګډ لاسلیک کړی
led-sig-witness-bad = شاهد { $name }: { $why }
led-does-not-verify = نه تصدیقېږي
led-origin = اصل
led-size = اندازه
led-root = رېښه
led-witnesses = شاهدان
led-quorum = له { $total } څخه { $n } ګډ لاسلیک کړی (نصاب { $quorum })
led-signed-note = لاسلیک شوی یادښت

## Ledger explorer: an entry and its inclusion proof

led-entry-title = یو ثبت او د هغه ثبوت
led-entry-index = د ثبت شمېره
led-show-verify = ښودل او تصدیق
led-not-yet = ثبت { $index } لا په وروستي د کتنې ټکي کې نه دی (اندازه { $size })
led-proof-ok = ثبت { $index } د { $size } اندازې د کتنې په ټکي کې شامل دی: د هغه { $hashes } هشه ثبوت ګډ لاسلیک شوې رېښې ته رسېږي (په همدې براوزر کې وکتل شو).
led-proof-bad = ثبت { $index }: ثبوت د کتنې د ټکي رېښې ته نه رسېږي.
led-kind = ډول
led-signed-by = لاسلیکوونکی
led-seq = د لاسلیکوونکي ترتیبي شمېره
led-leaf-hash = د پاڼې هش
led-public-part = عامه برخه (پاتې یې مهر شوې ده)
led-body = متن
led-download-receipt = د tlog-proof رسید ښکته کړئ

## Ledger explorer: a sealed entry's opening

led-sealed-closed = مهر شوی: تاسو له هغو کسانو څخه نه یاست چې دا ثبت پرانیستلی شي. بیا هم پورته کریپټوګرافیک ژمنه د هغه منځپانګه تړلې ساتي.
led-opening-bad = هغه پرانیستنه چې سرور ورکړې د ثبت له کریپټوګرافیک ژمنې سره سمون نه لري.
led-opening-ok = پرانیستل شو: مهر شوې برخه د ثبت له کریپټوګرافیک ژمنې سره سمون لري (په همدې براوزر کې وکتل شو).
led-sealed-part = مهر شوې برخه
led-download-opening = پرانیستنه ښکته کړئ

## Enrolment with an invitation

enr-title = د بلنې له لارې نوم لیکنه
enr-intro = دارالانشا تاسو ته د یو ځل کارونې د بلنې کوډ درکړی دی. دا براوزر ستاسو د لاسلیک کیلي جوړوي؛ کیلي هېڅکله له دې نه وځي، او هر اقدام چې تاسو دلته کوئ په همدې کیلي لاسلیکېږي.
enr-code = د بلنې کوډ
enr-look-up = بلنه ولټوئ
enr-used = دا بلنه دمخه کارول شوې ده (ثبت { $index }).
enr-revoked = دارالانشا دا بلنه بېرته اخیستې ده: له هغې نه نوې بلنه وغواړئ.
enr-expired = د دې بلنې موده په { $at } پای ته رسېدلې: له دارالانشا نه نوې بلنه وغواړئ.
enr-create-key = زما کیلي جوړه کړئ او نوم مې ولیکئ
enr-member = غړی
enr-for = اړوند لوری
enr-roles = رولونه
enr-founding = بنسټیزه بلنه: د دې براوزر کیلي به د دې بهیر د دارالانشا لومړۍ کیلي وي. کولی شي بهیر تعریف کړي، ګډونوال ور زیات کړي او غړي وبولي.
enr-list-sep = ،
enr-enrolled = په ثبت { $index } کې د { $key } کیلي سره نوم لیکنه وشوه. تاسو ننوتي یاست.
enr-refused = نوم لیکنه رد شوه: { $why }
enr-no-such-code = په دې کوډ هېڅ بلنه نشته.

## Sign-in with this browser's key

enr-signin-title = ننوتل
enr-no-key = دا براوزر لا تر اوسه کیلي نه لري.
enr-enrol-link = د بلنې د کوډ له لارې نوم لیکنه
enr-signin-button = د دې براوزر په کیلي ننوتل
enr-this-key = د دې براوزر کیلي:
enr-signed-in-as = د { $who } په توګه ننوتي یاست.
enr-forget-confirm = د دې براوزر کیلي هېره شي؟ دلته د بیا ننوتلو لپاره به نوې بلنې ته اړتیا ولرئ.
enr-forget = دا کیلي هېره کړئ
enr-signin-refused = ننوتل رد شول: { $why }

## Members' roles

enr-role-signatory = لاسلیکوونکی
enr-role-delegate = استازی
enr-role-mediator = منځګړی
enr-role-witness = شاهد
enr-role-secretariat = دارالانشا
enr-role-monitor = نظارت کوونکی
enr-role-observer = څارونکی

## Who is signed in, when not a member

enr-viewer-public = عام خلک
enr-viewer-secretariat = دارالانشا
enr-viewer-member = غړی

## The mechanism's structured editor (mechanism.js)

mech-procedure = کړنلاره
mech-force = نافذېدل
mech-quorum = د موندنې نصاب (منځګړي)
mech-quorum-hint = د یوې موندنې له اغېزمنېدو مخکې باید څو منځګړي ګډونوال موافق وي
mech-reply-hours = د اړخ د ځواب موده (ساعتونه)
mech-appeal-days = د جریمې پر وړاندې د استیناف موده (ورځې)
mech-joint = د تصدیق په هر ټیم کې د هر اړخ یو غړی شامل وي
mech-appeal-body = هغه منځګړي چې د استینافونو پرېکړه کوي
mech-territory = د { $party } سیمه
mech-territory-hint = د هېواد نوم لکه څنګه چې د نقشې په پولو کې په انګرېزي لیکل شوی، د بېلګې په توګه Afghanistan
mech-categories = د پېښو کټګورۍ
mech-categories-hint = په کامې بېل شوي پېژندونه؛ که همداسې پرېښودل شي، اصلي کټګورۍ پلي کېږي
mech-commitments = ژمنې
mech-commitment-n = ژمنه { $n }
mech-id = پېژند
mech-clause = د تړون بند
mech-modality = د حکم ډول
mech-modality-prohibition = منع
mech-modality-obligation = مکلفیت
mech-modality-permission = اجازه
mech-bearer = مکلف اړخ
mech-beneficiary = ګټه اخیستونکی اړخ
mech-action = اړخ څه کوي یا له څه ډډه کوي
mech-verification = څنګه تصدیقېږي
mech-breached-by = هغه پېښې چې له دې ژمنې سرغړونه ګڼل کېږي
mech-due = وروستۍ نېټه
mech-due-continuing = دوامداره
mech-due-date = په ټاکلې نېټه
mech-due-days = له نافذېدو څو ورځې وروسته
mech-due-date-label = نېټه
mech-due-days-label = له نافذېدو وروسته ورځې
mech-more = نور شرطونه: ساحه، موده، شرط، اړیکې
mech-concerns = اړوند ځواکونه یا ډلې
mech-area = ساحه
mech-within-km = د فاصلې حد (له پولې km)
mech-from = له
mech-until = تر
mech-reciprocal = د دې ژمنې متقابله
mech-depends-on = په دې ژمنو پورې تړلې
mech-has-condition = مشروط: د بل اړخ د تایید شوې سرغړونې له امله ځنډول کېږي
mech-condition-text = شرط، په لفظونو کې
mech-condition-by = سرغړونکی اړخ
mech-condition-categories = هغه کټګورۍ چې دا ځنډوي
mech-suspends-days = د ځنډولو موده (ورځې)
mech-suspends-hint = تش: تر بل خبر پورې
mech-remove-commitment = دا ژمنه لرې کړئ
mech-add-commitment = ژمنه ور زیاته کړئ
mech-schedule = د جریمو جدول
mech-rule-n = قاعده { $n }
mech-rule-categories = هغه کټګورۍ چې دا قاعده یې شمېري
mech-min-severity = لږ تر لږه جدیت
mech-nth = د تایید شوې سرغړونې شمېره
mech-nth-hint = د لومړۍ لپاره 1، د شمېرنې په موده کې د دویمې لپاره 2…
mech-window = د شمېرنې موده (ورځې)
mech-cure = د سمون موده (ورځې)
mech-penalty = جریمه
mech-detail = جزئیات
mech-amount = مقدار
mech-benefit = ځنډول شوی امتیاز
mech-remove-rule = دا قاعده لرې کړئ
mech-add-rule = قاعده ور زیاته کړئ
mech-severity-minor = کوچنۍ
mech-severity-moderate = منځنۍ
mech-severity-serious = جدي
mech-severity-grave = ډېره جدي
mech-penalty-formal-notice = رسمي خبرتیا
mech-penalty-public-attribution = په عامه توګه د مسؤلیت منسوبول
mech-penalty-fine = نغدي جریمه
mech-penalty-benefit-suspension = د امتیازاتو ځنډول
mech-penalty-referral = لوړو مراجعو ته راجع کول
mech-category-armed-clash = وسله واله نښته
mech-category-air-drone-strike = هوايي یا ډرون برید
mech-category-shelling = ګوله باري
mech-category-cross-border-raid = له پولې اخوا برید
mech-category-ied = لاسي جوړه چاودېدونکې وسیله
mech-category-attack-on-civilians = پر ملکي وګړو برید
mech-category-movement-of-forces = د ځواکونو خوځښت
mech-category-obstruction-of-monitors = د نظارت ټیمونو په کار کې خنډ
mech-category-hostile-propaganda = خصمانه تبلیغات
mech-category-other = نور
comp-json-from-form = فورمه په JSON ولیکئ
comp-json-to-form = دا JSON فورمې ته ولولئ

## The process's timeline (pages/process.js)

proc-tl-caption = له { $from } څخه تر { $to } پورې پړاوونه او وروستۍ نېټې؛ کرښه نن ورځ ({ $today }) ښيي
proc-tl-round = { $title }: له { $from } څخه تر { $to } پورې ({ $state })
proc-tl-deadline = وروستۍ نېټه: { $title }، تر { $due } پورې

## The mechanism editor: defaults kept as defaults

mech-yes = هو
mech-no = نه
mech-default = — (د قواعدو ټاکلی)
mech-default-hint = تش: د قواعدو ټاکلی، { $value }
mech-appeal-body-hint = هېڅ نه دی ټاکل شوی: هر منځګړی د استیناف پرېکړه کوي
mech-lines-hint = په هره کرښه کې یو
comp-json-not-read = JSON له فورمې سره توپیر لري: لومړی یې فورمې ته ولولئ، یا یې وتړئ

## The public record (pages/public.js)

app-nav-public = عامه ریکارډ
app-title-public = عامه ریکارډ
pub-title = عامه ریکارډ
pub-at-size = د ثبت کتاب په { $size } اندازه کې
pub-feed = د خپرونو Atom فیډ
pub-check = وڅېړئ
pub-checking = په دې براوزر کې څېړل کېږي…
pub-loading = بارېږي…
pub-check-checkpoint-ok = د { $size } اندازې د کتنې پر ټکي د ثبت کتاب لاسلیک تصدیقېږي
pub-check-checkpoint-bad = د { $size } اندازې د کتنې پر ټکي د ثبت کتاب لاسلیک نه تصدیقېږي
pub-check-included = ثبت { $index } ({ $kind }) د کتنې د ټکي په ونه کې شامل دی
pub-check-not-included = ثبت { $index } ({ $kind }) د کتنې د ټکي په ونه کې شامل نه دی
pub-check-opening-ok = د ثبت { $index } ښکاره شوې برخه په ثبت کتاب کې د هغه له کریپټوګرافیک ژمنې سره سمون لري
pub-check-opening-bad = د ثبت { $index } ښکاره شوې برخه په ثبت کتاب کې د هغه له کریپټوګرافیک ژمنې سره سمون نه لري
pub-check-text-ok = د ښودل شوي متن هش { $hash } دی
pub-check-text-bad = د ښودل شوي متن هش { $hash } نه دی
pub-check-commits-ok = ثبت { $index } همدې متن پورې تړلی دی
pub-check-commits-bad = ثبت { $index } دې متن پورې تړلی نه دی
pub-check-signed-ok = د { $party } لاسلیک کوونکي دا متن لاسلیک کړ
pub-check-signed-bad = د { $party } لاسلیک کوونکي دا متن لاسلیک نه کړ
pub-check-finding-ok = د موندنې ثبت موندنه { $id } له همدې پایلې سره ثبتوي
pub-check-finding-bad = د موندنې ثبت موندنه { $id } له دې پایلې سره نه ثبتوي
pub-check-statement-ok = ثبت { $index } دا بیانیه خپره کړه
pub-check-statement-bad = ثبت { $index } دا بیانیه خپره نه کړه
pub-check-report-ok = ثبت { $index } د دې راپور هش خپور کړ
pub-check-report-bad = ثبت { $index } د دې راپور هش خپور نه کړ
pub-agreement = تړون
pub-agreement-facts = نسخه { $version }، په { $published } په ثبت { $entry } کې خپره شوه. د منځپانګې هش:
pub-no-agreement = منځګړو هېڅ تړون نه دی خپور کړی.
pub-rounds = پړاوونه او اعلامیې
pub-findings = خپرې شوې موندنې
pub-finding-title = موندنه { $id }: { $outcome }
pub-finding-facts = اړخ: { $party } · ثبت شوي مخالف نظرونه: { $dissents } · په { $published } په ثبت { $entry } کې خپره شوه
pub-penalty = جریمه { $id }: { $kind } پر { $party }، { $status }.
pub-appeal = په { $at } استیناف شوی: { $decision }.
pub-undecided = لا پرېکړه نه ده شوې
pub-no-findings = هېڅ موندنه نه ده خپره شوې.
pub-reports = خپاره شوي راپورونه
pub-report-period = (له { $from } څخه تر { $to } پورې)
pub-report-data = له ثبوتونو سره معلومات (JSON)
pub-no-reports = هېڅ راپور نه دی خپور شوی.
pub-older = زاړه ښکاره کړئ ({ $n } نور)
pub-verify-offline = د هر راپور معلومات ګډ لاسلیک شوی د کتنې ټکی او هغه ټول ثبتونه لري چې راپور یې شمېري، هر یو د خپل د شاملېدو له ثبوت سره: truce verify-report یې له انټرنېټ پرته څېړي.
pub-commitments = ژمنې، لکه څنګه چې خلک یې پېژني
pub-col-commitment = ژمنه
pub-col-clause = بند
pub-col-bearer = مکلف اړخ
pub-col-state = حالت

## Publishing, at the mediators' quorum

neg-publish-title = د تړون { $id } خپرول
neg-publish-sign = پر خپرونه لاسلیک
neg-publish-done = پر خپرونه لاسلیک وشو
neg-publish-note = هر منځګړی لاسلیک کوي؛ کله چې د منځګړو نصاب پوره شي، متن له خپلو لاسلیکونو سره عامه کېږي، څو هر څوک یې وڅېړلی شي.
comp-reports-title = راپورونه
comp-report-download = ستاسو د دې مودې راپور:
comp-report-from = له
comp-report-to = تر
comp-report-propose-title = د خپرېدو لپاره د دې مودې د عامه راپور وړاندیز
comp-report-propose-sign = لاسلیک او وړاندیز
comp-report-proposed = راپور د خپرېدو لپاره وړاندیز شو
comp-report-id = د راپور پېژند
comp-report-title-field = سرلیک (اختیاري)
comp-report-cosign-title = د راپور { $id } خپرول
comp-report-cosign = پر خپرونه لاسلیک
comp-report-cosigned = پر خپرونه لاسلیک وشو
comp-report-proposal = { $title } (له { $from } څخه تر { $to } پورې)، چې تر اوسه { $signers } لاسلیک کړی دی. د هغه معلومات:
ver-publish-signed-by = تر اوسه { $signers } لاسلیک کړی دی؛ کله چې { $quorum } منځګړي لاسلیک وکړي، خپرېږي.
ov-wait-publish-finding = د موندنې { $id } پر خپرونه لاسلیک وکړئ
ov-wait-publish-agreement = د تړون { $id } پر خپرونه لاسلیک وکړئ
ov-wait-publish-report = د راپور { $id } پر خپرونه لاسلیک وکړئ
