# دلایل چې سرور یې د غوښتنو د ردولو لپاره وایي، په پښتو (ps): د reasons/en.ftl ژباړه.
# Translated from reasons/en.ftl (written by crates/server/tests/catalogues.rs); terms as in web/GLOSSARY.md.

## crates/domain/src/disclosure.rs

disclosure-unknown-kind = نامعلوم ډول «{ $kind }»: ثبت کتاب یوازې هغه ډولونه مني چې د هغه د افشا په جدول کې راغلي دي
disclosure-not-object = د { $kind } ثبت متن د JSON څیز (object) نه دی
disclosure-confidential-in-public = { $kind } مهر شوی دی: د هغه د ثبت متن یوازې { $public } او "sealed" ښودلی شي، خو «{ $field }» ښيي (هغه په پرانیستنه کې کېږدئ)
disclosure-no-commitment = { $kind } مهر شوی دی: د هغه د ثبت متن یوې "sealed" کریپټوګرافیک ژمنې (64 hex رقمونو) ته اړتیا لري
disclosure-no-opening = { $kind } مهر شوی دی: د هغه پرانیستنه د لفافې (envelope) ترڅنګ ولېږئ
disclosure-not-sealed = { $kind } عامه دی: نه "sealed" کریپټوګرافیک ژمنه لري او نه پرانیستنه
disclosure-opening-shape = پرانیستنه د { $shape } بڼه نه لري: { $why }
disclosure-salt = د پرانیستنې مالګه (salt) باید د base64 په بڼه { $n } بایټه وي
disclosure-too-large = د پرانیستنې اندازه { $n } بایټه ده؛ تر ټولو زیات { $max }
disclosure-mismatch = پرانیستنه د ثبت له کریپټوګرافیک ژمنې سره سمون نه لري (هش یې { $got } دی)
disclosure-public-in-opening = پرانیستنه نشي کولی عامه فیلډ «{ $field }» ولري
disclosure-body-json = د { $kind } متن: { $detail }

## crates/domain/src/document.rs

document-json = سند د مسودې په بڼه سم JSON نه دی: { $detail }
document-too-large = د سند اندازه { $n } بایټه ده؛ تر ټولو زیات { $max } بایټه منل کېږي
document-no-language = سند هېڅ ژبه نه یادوي
document-language-code = «{ $code }» د ژبې کوډ نه دی
document-language-twice = ژبه «{ $code }» دوه ځله لېست شوې ده
document-no-authoritative = هېڅ ژبه معتبره نه ده نښه شوې (یوه ژبه، یا څو ژبې د مساوي اعتبار په توګه نښه کړئ)
document-text-unlisted-language = { $what } په «{ $code }» ژبه متن لري، چې سند یې نه لېست کوي
document-text-missing = { $what } په معتبره ژبه «{ $language }» کې متن نه لري
document-part-title = سرلیک
document-part-preamble = سریزه
document-no-article = سند هېڅ ماده نه لري
document-article-eid = د مادې پېژند «{ $eid }» eId نه دی (کوچني لاتیني توري، عددونه، '_')
document-eid-twice = د بند پېژند «{ $eid }» دوه ځله کارول شوی دی
document-part-heading = د { $eid } سرلیک
document-no-paragraph = ماده { $eid } هېڅ بند نه لري
document-paragraph-eid = د بند پېژند «{ $eid }» eId نه دی (کوچني لاتیني توري، عددونه، '_')
document-part-clause = بند { $eid }
document-bracketed-no-alternatives = بند { $eid } په قوسونو کې دی خو هېڅ بدیل نه لري
document-alternatives-not-bracketed = بند { $eid } بدیلونه لري خو حالت یې { $status } دی، نه «په قوسونو کې»
document-part-alternative = د بند { $eid } بدیل { $n }

## crates/domain/src/fold.rs

territories-no-world = هېڅ پولې نشته چې سیمې ورسره وڅېړل شي
territories-refused = سیمې: { $why }

## crates/domain/src/geo.rs

geo-not-topojson = پولې د TopoJSON په بڼه نه دي: { $why }
geo-unknown-country = په پولو کې د «{ $name }» په نوم هېڅ هېواد نشته
geo-no-border = { $a } او { $b } په پولو کې ګډه پوله نه لري
geo-not-a-number = { $what } عدد نه دی
geo-arc-reference = د arc یوه حواله صحیح عدد نه دی
geo-no-arcs = هېڅ arc نشته
geo-arc-not-array = یو arc د array په بڼه نه دی
geo-no-geometries = objects.countries.geometries نشته
geo-no-such-arc = arc { $i } شتون نه لري
geo-frontier-two = یوه سرحدي کرښه (frontier) دقیقاً دوو سیمو ته اړتیا لري

## crates/domain/src/lib.rs

body-invalid = د { $kind } ناسم متن: { $why }
unknown = { $what } «{ $id }» شتون نه لري
duplicate = { $what } «{ $id }» دمخه شتون لري
not-a-member = کیلي { $key } د کوم غړي کیلي نه ده؛ لومړی یې په member.add ور زیاته کړئ
key-retired = کیلي { $key } په ثبت { $at } کې له کاره ایستل شوې ده (غړی { $member } { $why }) او له هغه وروسته هېڅ شی نه لاسلیکوي
retired-removed = لرې شوی و
retired-rotated = نوې کیلي ته اوښتی و
forbidden = { $actor } د { $act } اجازه نه لري: { $rule }
round-transition = پړاو «{ $round }» له «{ $from }» حالت څخه «{ $to }» حالت ته نشي اوښتی
reason-required = «{ $state }» حالت ته د اوښتو لپاره څرګند لامل اړین دی
content-missing = منځپانګه { $hash } لا نه ده پورته شوې: د سپارلو مخکې یې /api/v1/blobs ته POST کړئ
bad-document = منځپانګه { $hash } سمه مسوده نه ده: { $why }
not-with-mediators = نسخه { $version } د { $to } لپاره د منځګړو سره نه ده: هغه دمخه په ثبت { $at } کې { $to } ته لېږدول شوې ده
text-changed = متن بدل شوی دی: نسخه { $version } منځپانګه { $current } لري، خو دا اقدام { $named } یادوي
bracketed = تر هغې چې پر هر څه موافقه نه وي شوې، پر هېڅ شي موافقه نه ده شوې: نسخه { $version } لا هم په قوسونو کې بندونه لري ({ $clauses })
thing-action-report = د اقدام راپور
thing-case = دوسیه
thing-clause = بند
thing-comment = تبصره
thing-commitment = ژمنه
thing-evidence = شواهد
thing-evidence-request = د شواهدو غوښتنه
thing-finding = موندنه
thing-import-batch = د راوړلو بسته
thing-incident = پېښه
thing-member = غړی
thing-open-invitation = د غړي لپاره پرانیستې بلنه
thing-participant = ګډونوال
thing-penalty = جریمه
thing-penalty-rule = د جریمې قاعده
thing-round = پړاو
thing-version = نسخه
round-state-scheduled = مهالوېش شوی
round-state-in-session = په غونډه کې
round-state-stalled = درېدلی
round-state-suspended = ځنډول شوی
round-state-resumed = بیا پیل شوی
round-state-concluded = پای ته رسېدلی
blob-hash-mismatch = د ورکړل شویو بایټونو هش { $got } دی
import-bad-rows = { $bad } ناسم قطارونه؛ لومړی یې: { $first }
import-row-count = { $held } قطارونه لري، نه { $rows }
evidence-size = اندازه یې { $got } بایټه ده، نه اعلان شوې اندازه { $size }
evidence-type = د { $declared } په توګه اعلان شوی، خو بایټونه یې { $sniffed } دي
evidence-type-unknown = د { $declared } په توګه اعلان شوی، خو بایټونه یې له هېڅ منل شوي ډول سره سمون نه لري

## crates/domain/src/monitor/acled.rs

import-row = کرښه { $line }، ستون { $column }: { $why }
import-no-column = سرلیک (header) د { $name } ستون نه لري: د ACLED صادر شوی فایل دا 31 ستونونه لري: { $columns }
import-value-too-long = له 20000 تورو څخه اوږد دی
import-event-id = «{ $id_raw }» د پېښې پېژند نه دی (توري او عددونه)
import-value-empty = تش دی
import-event-date = «{ $v }» نېټه نه ده (YYYY-MM-DD)
import-year = «{ $v }» د event_date { $date } کال نه دی
import-precision = «{ $v }» 1، 2 یا 3 نه دی
import-not-number = «{ $v }» عدد نه دی
import-coordinate-range = { $v } له ±{ $limit } څخه بهر دی
import-not-whole-number = «{ $v }» بشپړ عدد نه دی
import-timestamp = «{ $timestamp }» د Unix وخت نه دی
import-actor-type = «{ $v }» د ACLED د فاعل (actor) ډول نه دی (متن، یا 0–8)

## crates/domain/src/monitor/rules.rs

mech-not-configured = د څارنې میکانیزم لا نه دی تنظیم شوی (mechanism.configure)
mech-not-a-party = { $field } «{ $id }» د بهیر اړخ نه دی
mech-unknown-category = کټګوري «{ $c }» له هغو کټګوریو څخه نه ده چې تړون یې ټاکي: { $categories }
evidence-not-citable = شواهد { $h } داسې شواهد نه دي چې تاسو یې حواله کولی شئ: د حوالې مخکې یې وسپارئ (evidence.submit)، او یوازې هغه شواهد حواله کړئ چې ستاسو ګډونوال یې لوستلی شي
rule-mediators = یوازې منځګړي یې کولی شي
mech-configured = میکانیزم دمخه تنظیم شوی دی
mech-agreement-not-adopted = نسخه { $version } تصویب شوی تړون نه دی: ژمنې د تصویب شوي متن دي
mech-appeal-body-not-mediator = appeal_body «{ $body }» منځګړی نه دی
mech-commitment-no-clause = ژمنه { $commitment }: تړون «{ $clause }» بند نه لري
mech-commitment-not-before = ژمنه { $commitment }: «{ $d }» داسې ژمنه نه ده چې له دې مخکې لېست شوې وي
mech-prohibition-no-categories = ژمنه { $commitment }: منع باید د سرغړونې هغه کټګورۍ ونوموي چې له هغې سرغړونه ګڼل کېږي
mech-quorum-too-large = finding_quorum { $quorum } د منځګړو له شمېر ({ $mediators }) څخه زیات دی
rule-mediators-relay-public = د عامو خلکو راپورونه یوازې منځګړي لېږدوي
rule-secretariat = یوازې دارالانشا یې کولی شي
import-csv-missing = د راوړلو CSV فایل نه دی نښلول شوی
rule-mediators-and-monitors = یوازې منځګړي او نظارت کوونکي یې کولی شي
incident-target-merged = پېښه { $into } پخپله په بله پېښه کې یوځای شوې ده
incident-merge-self = یوه پېښه په خپل ځان کې نشي یوځای کېدای
incident-already-merged = پېښه { $x } دمخه په { $t } کې یوځای شوې ده
rule-evidence-access = داسې شواهد نشته چې د هغو سپارونکی، ساتونکی، منځګړي یا د هغې دوسیې اړخونه چې دا شواهد حواله کوي، تاسو ته درکړای شي
rule-evidence-holder = یوازې د موجودو شواهدو ساتونکی، یا منځګړي، یې کولی شي
rule-bearer-delegates = یوازې د هغه اړخ استازي یې کولی شي چې د دې ژمنې مکلف دی
action-not-obligation = ژمنه { $commitment } { $modality } ده: یوازې مکلفیتونه په اقدام پوره کېږي
case-incident-merged = پېښه { $i } په { $t } کې یوځای شوې ده: د هغې پر ځای { $t } ونوموئ
case-action-accused = د اقدام دوسیه هغه اړخ پورې اړه لري چې د اقدام راپور یې ورکړی دی
case-team-no-mediator = د تصدیق ټیم باید لږ تر لږه د منځګړو یو غړی ولري
case-team-not-joint = تړون ګډ ټیمونه ټاکي: په ټیم کې د { $missing } هېڅ غړی نشته
rule-team-and-mediators = یوازې د دوسیې ټیم او منځګړي یې کولی شي
case-decided = د دوسیې { $case } پرېکړه شوې ده
rule-party-delegates = یوازې د یوه اړخ استازي یې کولی شي
case-decided-replies = د دوسیې { $case } پرېکړه شوې ده: د ځوابونو ریکارډ تړل شوی دی
rule-team-members = یوازې د دوسیې د ټیم غړي یې کولی شي
case-decided-assessments = د دوسیې { $case } پرېکړه شوې ده: ارزونې یې تړل شوې دي
rule-mediator-members = یوازې د منځګړو غړي یې کولی شي
case-has-finding = دوسیه { $case } دمخه موندنه { $f } لري
rule-mediators-and-team = یوازې منځګړي او د دوسیې ټیم یې کولی شي
finding-already-voted = غړي { $member } دمخه پر { $finding } رایه ورکړې ده
finding-in-effect = موندنه { $finding } دمخه نافذه شوې ده
rule-publication-mediators = یوازې د منځګړي ګډونوال منځګړي یې کولی شي، هر یو د خپل ګډونوال لپاره
finding-published = موندنه { $finding } دمخه خپره شوې ده
finding-already-signed = { $participant } دمخه د موندنې { $finding } پر خپرونه لاسلیک کړی دی (ثبت { $at })
finding-statement-differs = بیانیه له هغې بیانیې سره توپیر لري چې په ثبت { $at } کې وړاندیز شوې وه: هر منځګړی همدا یو متن لاسلیکوي
rule-commission = یوازې منځګړي، د کمیسیون په توګه، یې کولی شي
penalty-not-confirmed = د موندنې { $finding } پایله { $outcome } ده: یوازې پر تایید شوې سرغړونې جریمه لګېږي
penalty-exists = موندنه { $finding } دمخه جریمه { $penalty } لري
penalty-wrong-rule = جریمه «{ $rule }» د دې موندنې لپاره په جدول کې نشته: دا د شمېرنې په موده کې د خپل ډول { $n } شمېره سرغړونه ده، چې قاعده { $prescribed } ({ $kind }) غواړي
penalty-not-prescribed = جریمه «{ $rule }» په جدول کې نشته: جدول د دې موندنې لپاره هېڅ جریمه نه ټاکي
rule-penalised-party = یوازې جریمه شوی اړخ یې کولی شي
appeal-already = پر جریمه { $penalty } دمخه استیناف شوی دی: یوازې یو استیناف منل کېږي
appeal-penalty-lifted = جریمه { $penalty } لرې شوې ده
appeal-period-ended = د استیناف موده په { $end } پای ته ورسېده: د جریمې له لګولو ({ $imposed }) څخه { $days } ورځې وروسته
rule-appeal-body = یوازې د تړون د استیناف مرجع یې کولی شي
appeal-none = پر جریمه { $penalty } استیناف نه دی شوی
appeal-decided = د { $penalty } د استیناف پرېکړه دمخه شوې ده
penalty-cannot-serve = د جریمې { $penalty } حالت { $status } دی: نشي پلي کېدای
penalty-cannot-lift = د جریمې { $penalty } حالت { $status } دی: نشي لرې کېدای
finding-not-in-effect = موندنه { $finding } نه ده نافذه شوې: د { $quorum } موافقو منځګړو نصاب یې نه دی پوره شوی
case-outcome-action = دوسیه { $case } د اقدام راپور تصدیقوي: پایله یې باید verified، not_verified یا inconclusive وي
case-outcome-incident = دوسیه { $case } پېښو پورې اړه لري: پایله یې باید confirmed، not_confirmed، no_violation یا inconclusive وي

## crates/domain/src/monitor/wire.rs

body-not-one-of = { $field } «{ $v }» له { $all } څخه یو نه دی
body-not-a-time = { $field } «{ $v }» وخت نه دی
body-at-missing = at نشته
body-at-not-a-time = at وخت نه دی
mech-deadline-shape = ژمنه { $id }: وروستۍ نېټه «{ $s }» نه "continuing" ده، نه { $date } او نه { $days }
mech-condition-no-categories = ژمنه { $id }: شرط هېڅ کټګوري نه نوموي
mech-penalty-rule-no-categories = د جریمې قاعده { $rule }: هېڅ کټګوري نه نوموي
mech-penalty-rule-nth = د جریمې قاعده { $rule }: nth له 1 څخه شمېرل کېږي
incident-coordinate-range = { $field } { $v } له ±{ $limit } څخه بهر دی
incident-casualties-order = مرګ ژوبله باید low ≤ best ≤ high وي، نه { $low } / { $best } / { $high }
incident-channel = چینل «{ $other }»: یوازې "public" ورکول کېدای شي (کله چې منځګړی د عامو خلکو راپور لېږدوي)؛ که نه، چینل د راپور ورکوونکي خپل چینل دی
mech-quorum-zero = finding_quorum باید لږ تر لږه 1 وي
mech-categories-empty = categories تش دی
import-no-rows = rows صفر دی: هر راوړل لږ تر لږه یو قطار لري
incident-merged-empty = merged تش دی
evidence-media-type = media_type «{ $media_type }» له { $types } څخه یو نه دی
evidence-size-range = اندازه { $size } د 1 او { $max } بایټو ترمنځ نه ده
case-incidents-or-action = یوه دوسیه یا پېښو پورې اړه لري یا د اقدام یوه راپور پورې: له incidents او action څخه دقیقاً یو ورکړئ
case-team-empty = team تش دی
case-confidence-range = د باور کچې سلنې دي، له 0 تر 100 پورې
finding-confirmed-fields = تایید شوې سرغړونه باید هغه اړخ چې ورته منسوبېږي، کټګوري او جدیت یې ونوموي
finding-vote-value = رایه «{ $v }» له concur، dissent څخه یوه نه ده
finding-dissent-reason = مخالفت باید خپل دلیل ووايي

## crates/domain/src/publication.rs

body-publication-agreement-report = تړون یوازې د خپلې نسخې د پېژند له مخې خپرېږي: report لرې کړئ
body-publication-period = د راپور د مودې پای ({ $to }) د هغې له پیل ({ $from }) څخه مخکې دی
body-publication-size = report.size باید د ثبت کتاب هغه اندازه وي چې راپور پکې جوړ شوی دی
body-publication-no-report = راپور د report: { $shape } سره خپرېږي
body-publication-object = object «{ $object }» له agreement، report څخه یو نه دی (موندنه د finding.publish له لارې خپرېږي)
publication-report-json = دا د راپور JSON نه دی: { $detail }
publication-report-schema = سکیما یې { $schema } نه ده
publication-report-not-public = دا عامه راپور نه دی: یوازې هغه څه خپرېدای شي چې دمخه خپاره شوي وي
publication-report-period = موده یې له { $from } څخه تر { $to } پورې نه ده، لکه څنګه چې لاسلیک شوې
publication-report-size = دا د ثبت کتاب په { $size } اندازه کې نه دی جوړ شوی، لکه څنګه چې لاسلیک شوی
publication-not-adopted = نسخه { $version } تصویب شوی تړون نه دی: یوازې تړون خپرېږي
publication-report-unchecked = د راپور { $id } د معلوماتو جوړه (data twin) له لاسلیک شوي څه سره نه ده څېړل شوې
publication-report-differs = راپور { $id } له بل هش، مودې، اندازې یا سرلیک سره وړاندیز شوی و: هغه لاسلیک کړئ، یا دا د بل پېژند لاندې خپور کړئ
publication-done = { $object } { $id } دمخه خپور شوی دی (ثبت { $at })
publication-signed-twice = { $mediator } دمخه د { $object } { $id } پر خپرونه لاسلیک کړی دی (ثبت { $at })

## crates/domain/src/report/mod.rs

report-period-date = { $name } «{ $date }» نېټه نه ده (YYYY-MM-DD)
report-period-reversed = د مودې پای ({ $to }) د هغې له پیل ({ $from }) څخه مخکې دی
report-period-too-long = یوه موده تر ټولو زیات لس کاله ده
report-recount-grouping = incidents.{ $name } له لېست شویو پېښو سره سمون نه لري
report-recount-summary = summary.{ $key } { $got } دی خو { $n } توکي لېست شوي دي
report-recount-period = پېښه { $id } په { $period } موده کې ده، نه په اوسنۍ یا تېرې موده کې
report-recount-restrictions = restrictions_on_monitors له لېست شویو پېښو سره سمون نه لري
report-recount-commitments = summary.commitments.{ $state } { $got } دی خو { $n } ژمنې په دې حالت کې لېست شوې دي
report-recount-casualties = summary.casualties { $got } دی خو د لېست شویو پېښو مجموعه { $casualties } کېږي
report-items-not-list = items.{ $section } لېست نه دی
report-item-unnamed = د { $section } یو توکی پېژند یا ثبت نه لري: { $item }
report-item-twice = د { $section } توکی { $id } دوه ځله لېست شوی دی

## crates/domain/src/state.rs

invitation-unknown = په دې کوډ هېڅ بلنه نشته
invitation-used = بلنه دمخه په ثبت { $at } کې کارول شوې ده
invite-withdrawn = بلنه دارالانشا په ثبت { $at } کې بېرته اخیستې ده
invite-expired = د بلنې موده په { $expired } پای ته رسېدلې ده (د ثبت کتاب وخت { $now } دی)
enrol-other-key = نوم لیکنه د { $signer } له خوا لاسلیک شوې، خو د { $key } کیلي نوم لیکي
clock-not-later = log.time { $unix } د ثبت کتاب له وخت { $t } (ثبت { $at }) څخه وروسته نه دی
process-defined = بهیر دمخه تعریف شوی دی
invitation-exists = په دې کوډ یوه بلنه دمخه شتون لري
invite-no-clock = valid_hours د ثبت کتاب د وخت له مخې سنجول کېږي، او دا ثبت کتاب لا تر اوسه وخت نه ساتي
invite-open = غړی { $member } دمخه یوه پرانیستې بلنه لري (ثبت { $at })
rule-member-or-secretariat = یوازې غړی پخپله یا دارالانشا یې کولی شي
party-unknown = «{ $party }» د بهیر اړخ نه دی
rule-mediators-or-delegates = یوازې منځګړي او د اړخونو استازي یې کولی شي
rule-party-delegates-or-mediators = یوازې د یوه اړخ استازي او منځګړي یې کولی شي
rule-unattributed-bridging = یوازې د منځګړو پخلاینیز متن بې نسبته پاتې کېږي؛ د اړخ مسوده تل د هغه خپله ده
draft-needs-parent = مسوده { $draft } دمخه نسخې لري: هغه اصلي نسخه ونوموئ چې دا نسخه یې تعدیلوي
draft-parent-elsewhere = اصلي نسخه { $parent } د مسودې { $owner } ده، نه د { $draft }
draft-parent-not-relayed = نسخه { $parent } { $party } ته نه ده لېږدول شوې: یو اړخ یوازې هغه څه تعدیلوي چې منځګړو ورته لېږدولي دي
rule-mediators-relay = یوازې منځګړي لېږد کوي؛ اړخونه هېڅکله یو بل ته مستقیم څه نه لېږي
draft-relay-twice = { $to } دوه ځله نومول شوی دی
draft-relay-not-party = «{ $to }» اړخ نه دی: مسودې اړخونو ته لېږدول کېږي
draft-relay-own = نسخه { $version } د { $to } خپله مسوده ده؛ نورو اړخونو ته لېږدول کېږي
comment-not-relayed = نسخه { $version } { $party } ته نه ده لېږدول شوې
comment-shared-by-party = د اړخ تبصره داخلي ده یا منځګړو ته؛ اړخونه هېڅکله یو بل ته مستقیم څه نه لېږي
rule-parties-delegates-or-mediators = یوازې د اړخونو استازي او منځګړي یې کولی شي
rule-signatory = یوازې د یوه اړخ واک لرونکی لاسلیک کوونکی یې کولی شي
agreement-adopted = نسخه { $version } دمخه تصویب شوې ده
agreement-signed-twice = { $party } دمخه په ثبت { $at } کې نسخه { $version } لاسلیک کړې ده
rule-witness = یوازې د منځګړي هغه غړی یې کولی شي چې د شاهد یا منځګړي رول ولري
agreement-unsigned = منځګړي پر لاسلیکونو شاهدي ورکوي: نسخه { $version } لا هم د { $missing } لاسلیک نه لري
agreement-witnessed-twice = { $mediator } دمخه په ثبت { $at } کې پر نسخه { $version } شاهدي ورکړې ده
agreement-not-with-every-party = نسخه { $version } { $missing } ته نه ده لېږدول شوې: هر اړخ باید هغه متن ولري چې لاسلیکوي یې
member-removed = غړی { $id } په ثبت { $at } کې لرې شوی دی
member-role-unfit = رول { $role } د { $participant } له غړي سره سمون نه خوري، چې { $kind } دی
member-key-taken = کیلي { $key } دمخه د غړي { $member } ده
member-key-retired = کیلي { $key } په ثبت { $at } کې له غړي { $member } څخه له کاره ایستل شوې او بیا نشي کارېدای

## crates/domain/src/wire.rs

body-not-an-id = { $field } «{ $v }» پېژند نه دی (1–64 کوچني لاتیني توري، عددونه، '.', '_', '-')
body-no-role = یو غړی لږ تر لږه یو رول ته اړتیا لري
body-empty = { $field } تش دی
body-too-long = { $field } له { $max } تورو څخه اوږد دی
body-not-sha256 = { $field } «{ $v }» په کوچنیو hex تورو SHA-256 نه دی
body-not-a-date = { $field } «{ $v }» نېټه نه ده (YYYY-MM-DD)
body-not-date-or-time = { $field } «{ $v }» نه نېټه ده (YYYY-MM-DD) او نه UTC وخت (YYYY-MM-DDTHH:MM:SSZ)
body-at-not-utc = at «{ $v }» UTC وخت نه دی (YYYY-MM-DDTHH:MM:SSZ)
body-witness-quorum = witness_quorum باید لږ تر لږه 1 وي
code-hash-hex = code_sha256 باید 64 hex رقمونه وي
body-valid-hours = valid_hours باید له 1 څخه تر 8784 (یو کال) پورې وي
body-key = key: { $detail }
body-round-reversed = د پړاو پای ({ $ends }) د هغه له پیل ({ $starts }) څخه مخکې دی
body-time-range = وخت له منل شوي حد څخه بهر دی
body-relay-no-party = to هېڅ اړخ نه نوموي

## crates/ledger/src/authority.rs

key-already-revoked = کیلي { $id } دمخه لغوه شوې ده
time-not-log-key = log.time یوازې د ثبت کتاب کیلي لاسلیکوي، نه { $key }
founding-invitation-expired = د بنسټیزې بلنې موده د unix په وخت { $expired } پای ته رسېدلې ده (د ثبت کتاب وخت { $now } دی)
time-body = متن په unix ثانیو کې وخت نه دی: { $detail }
time-backwards = وخت { $time } د ثبت کتاب له وخت { $last } (ثبت { $at }) څخه وروسته نه دی: د ثبت کتاب ساعت یوازې مخ په وړاندې ځي
genesis-no-name = د بهیر نوم تش دی
genesis-no-founder = لږ تر لږه یوه بنسټیزه کیلي یا بنسټیزه بلنه اړینه ده
genesis-invitation-twice = بنسټیزه بلنه { $hash } دوه ځله لېست شوې ده
genesis-founder-twice = بنسټیزه کیلي { $key } دوه ځله لېست شوې یا د ثبت کتاب کیلي ده
key-unparsable = کیلي «{ $key }»: { $detail }
key-not-ed25519 = کیلي { $key } د Ed25519 د لاسلیک کیلي نه ده (type 0x01)

## crates/ledger/src/entry.rs

entry-too-large = د ثبت اندازه { $n } بایټه ده؛ یو ثبت تر ټولو زیات 65535 بایټه وي (لویه منځپانګه د blob په توګه وساتئ او د هغې SHA-256 ته حواله ورکړئ)
entry-not-dsse = ثبت د DSSE JSON لفافه نه ده: { $detail }
entry-payload-base64 = د لفافې payload سم base64 نه دی
entry-signature-count = لفافه { $n } لاسلیکونه لري؛ د Truce ثبتونه دقیقاً یو لاسلیک لري
entry-signature-encoding = لاسلیک د base64 په بڼه 64 بایټه نه دی
entry-payload-type = د payload ډول «{ $t }» application/vnd.truce.<kind>+json نه دی
entry-not-statement = payload د Truce بیان (statement) نه دی: { $detail }
entry-wrong-origin = بیان د «{ $got }» ثبت کتاب لپاره دی، خو دا ثبت کتاب «{ $want }» دی
entry-zero-seq = ترتیبي شمېره 0 نه منل کېږي؛ د لاسلیک کوونکي لومړی ثبت seq 1 لري
entry-unknown-key = نامعلومه کیلي { $key }: هېڅکله په دې ثبت کتاب کې نه ده ثبت شوې
entry-revoked-key = کیلي { $key } په ثبت { $at } کې لغوه شوې ده او له هغه وروسته هېڅ شی نه لاسلیکوي
entry-replay = بیا لېږل شوی یا بې ترتیبه ثبت: کیلي { $key } دمخه seq { $last } کارولی، خو دا ثبت seq { $got } لري
entry-bad-signature = لاسلیک د کیلي { $key } له مخې نه تصدیقېږي
entry-not-genesis = د ثبت کتاب لومړی ثبت باید د هغه بنسټیز ثبت (genesis) وي
entry-second-genesis = یو ثبت کتاب دقیقاً یو بنسټیز ثبت (genesis) لري، په 0 شاخص کې
entry-genesis-signer = بنسټیز ثبت (genesis) باید د ثبت کتاب په کیلي { $key } لاسلیک شي
entry-genesis = ناسم بنسټیز ثبت (genesis): { $why }
entry-not-registrar = کیلي { $key } نشي کولی کیلي ثبت یا لغوه کړي
entry-registration = د کیلي ناسم ثبتول: { $why }
entry-already-registered = کیلي { $key } دمخه ثبت شوې ده
entry-log-key-misuse = د ثبت کتاب کیلي یوازې بنسټیز ثبت (genesis)، log.time ثبتونه او د کتنې ټکي لاسلیکوي
entry-time = ناسم log.time: { $why }

## crates/ledger/src/reason.rs

detail = { $detail }
id = انګرېزي له { $name } او «{ $other }» سره

## crates/server/src/engine/mod.rs

entry-log-time-reserved = log.time د ترتیبوونکي (sequencer) د ساعت خپل ریکارډ دی: هېڅوک یې نه سپاري
entry-none = ثبت { $index } نشته
report-no-checkpoint-yet = لا تر اوسه د کتنې داسې ټکی نشته چې راپور ورسره وڅېړل شي: لږ وروسته بیا هڅه وکړئ
report-stale-size = راپور { $id } د ثبت کتاب په { $made } اندازه کې جوړ شوی، خو وروستی د کتنې ټکی په { $size } اندازه کې دی: بیا یې جوړ کړئ او هغه لاسلیک کړئ
report-not-the-public-one = راپور { $id } له { $from } څخه تر { $to } پورې، د ثبت کتاب په { $size } اندازه کې، عامه راپور نه دی: یوازې هغه خپرېدای شي
content-check-unfinished = د منځپانګې څېړنه پای ته ونه رسېده: { $detail }
log-shutting-down = ثبت کتاب بندېږي
entry-stored-unreadable = ساتل شوی ثبت { $index }: { $detail }
time-ahead-of-clock = { $field } { $text } د سرور له ساعت څخه { $ahead } ثانیې مخکې دی: ادعا شوی وخت نشي کولی په راتلونکي کې وي (له { $skew } ثانیو څخه زیات)

## crates/server/src/engine/quota.rs

quota-entries-per-minute = ثبتونه په دقیقه کې
quota-blob-bytes-per-hour = د blob بایټه په ساعت کې
quota-diffs-per-minute = پرتلې په دقیقه کې
quota-refusals-per-minute = رد شوې غوښتنې په دقیقه کې
holder-participant = ګډونوال { $participant }
holder-key = کیلي { $key }
holder-address = پته { $address }
holder-public = عام خلک
quota-over = د { $holder } سهمیه ({ $amount } { $what }) پوره شوې ده: { $retry } ثانیې وروسته بیا هڅه وکړئ

## crates/server/src/engine/sequencer.rs

store-foreign-entries = زېرمه داسې ثبتونه لري چې دا سرور یې نشي منلی: { $detail }
storage-failed = زېرمه کول ناکام شول: { $detail }

## crates/server/src/http/acts.rs

body-check-invalid = څېړنه سمه نه ده: { $detail }
check-not-an-act = { $kind } د بهیر اقدام نه دی
check-founding-key-only = یوازې بنسټیزه کیلي { $kind } لاسلیکولی شي
check-content-checked-on-submit = دا اقدام منځپانګه { $hash } یادوي، چې د سپارلو پر وخت څېړل کېږي

## crates/server/src/http/app.rs

quota-exports-per-minute = صادرات په دقیقه کې

## crates/server/src/http/auth.rs

auth-members-only = دا کار یوازې غړي کولی شي: غوښتنه په خپله کیلي لاسلیک کړئ (د هغې له متن څخه هېڅ نه دی لوستل شوی)
auth-header-not-text = header { $name } متن نه دی
session-expired-sign-in = د ننوتلو ناسته پای ته رسېدلې یا ترې وتلي یاست: بیا ننوځئ
auth-created-not-seconds = { $header } د Unix ثانیې نه دي
auth-signature-not-base64 = { $header } base64 نه دی
auth-signed-too-far-from-now = غوښتنه په { $created } لاسلیک شوې، چې د سرور له وخت { $now } څخه له { $skew } ثانیو زیات توپیر لري
auth-signature-does-not-verify = د غوښتنې لاسلیک د کیلي { $key } له مخې نه تصدیقېږي («{ $message }» لاسلیک کړئ)
auth-key-revoked = کیلي { $key } په ثبت { $at } کې لغوه شوې ده
auth-key-of-no-member = کیلي { $key } له کاره ایستل شوې ده یا د دې بهیر د هېڅ غړي نه ده
auth-header-needs = { $header } { $needed } ته اړتیا لري
auth-unknown-key = نامعلومه کیلي { $key }
session-csrf-mismatch = د X-Truce-CSRF نښه (token) د دې ناستې له نښې سره سمون نه لري
session-csrf-missing = د ننوتلي کاروونکي بدلون د ناستې X-Truce-CSRF header ته اړتیا لري

## crates/server/src/http/conn.rs

body-too-large = د متن اندازه { $n } بایټه ده؛ دا endpoint تر ټولو زیات { $limit } مني
request-cross-site = هغه غوښتنه چې د بلې وېبپاڼې له پاڼې لېږل شوې وي، رد کېږي: د Truce اقدامونه د هغه له خپلې پاڼې یا له یوه کلاینټ څخه راځي
request-timeout = غوښتنه په { $secs } ثانیو کې بشپړه نه شوه: ټوله او ژر یې ولېږئ

## crates/server/src/http/error.rs

storage-unavailable = زېرمه د لاسرسي وړ نه ده: { $detail }

## crates/server/src/http/mod.rs

endpoint-none = داسې endpoint نشته

## crates/server/src/http/monitoring.rs

mech-members-only = د میکانیزم شرطونه او پابندي یوازې د غړو لپاره دي: غوښتنه په خپله کیلي لاسلیک کړئ
mech-none-configured = د څارنې میکانیزم نه دی تنظیم شوی
mech-entry-unreadable = د میکانیزم ثبت: { $detail }
query-not-a-time = { $field } «{ $value }» نه YYYY-MM-DD دی او نه YYYY-MM-DDTHH:MM:SSZ
query-bbox-not-numbers = bbox «{ $bbox }» څلور عددونه نه دي
query-bbox-not-four = bbox «{ $bbox }» د min_lon,min_lat,max_lon,max_lat بڼه نه لري
query-bbox-not-a-box = bbox «{ $bbox }» د WGS84 په درجو کې داسې مستطیل نه دی چې min ≤ max وي
query-status-unknown = status «{ $status }» له { $all } څخه یو نه دی
query-side-no-border = side: میکانیزم داسې دوه سیمې نه نوموي چې ګډه پوله ولري
query-limit-range = limit { $n } د 1 او 10000 ترمنځ نه دی
query-cell-range = cell { $cell } د 0.01 او 10 درجو ترمنځ نه دی
incident-none-readable = داسې پېښه { $id } نشته چې تاسو یې ولولئ
incident-duplicates-mediators-only = د تکراري راپورونو وړاندیزونه د منځګړو لپاره دي، چې راپورونه یوځای کوي
query-duplicates-range = km باید د 0 او 500 ترمنځ وي، او hours د 0 او 720 ترمنځ
border-none = میکانیزم داسې دوه سیمې نه نوموي چې ګډه پوله ولري
query-lon-lat-range = lon او lat باید د WGS84 درجې وي
query-lon-lat-both = lon او lat دواړه ورکړئ، یا هېڅ یو
evidence-none-readable = داسې شواهد { $h } نشته چې تاسو یې ولولئ
evidence-hash-malformed = «{ $h }» په hex کې SHA-256 نه دی
evidence-members-only = شواهد غړي لولي، او هر لوستل ثبتېږي: غوښتنه لاسلیک کړئ
evidence-access-not-recorded = د شواهدو { $h } لوستل ثبتېږي: لومړی د هغو لپاره د evidence.access ثبت لاسلیک کړئ (truce evidence get دا کار کوي)
case-none-readable = داسې دوسیه { $id } نشته چې تاسو یې ولولئ

## crates/server/src/http/negotiation.rs

version-none-readable = داسې نسخه «{ $id }» نشته چې تاسو یې ولولئ
version-none-readable-sign = داسې نسخه «{ $id }» نشته چې تاسو یې ولولئ (غوښتنه لاسلیک کړئ: مسودې محرمې دي)
blob-stored-hash-malformed = «{ $hash }» SHA-256 نه دی
blob-missing-from-store = blob { $hash } په زېرمه کې نشته
blob-stored-not-json = ساتل شوی blob { $hash } JSON نه دی: { $detail }
slot-what-diffs = پرتلو
diff-failed = پرتله ناکامه شوه

## crates/server/src/http/pace.rs

pace-public-reads-taken = د عامو خلکو لپاره په یوه ثانیه کې د { $per_second } لوستنو ونډه پوره شوې ده: { $secs } ثانیې وروسته بیا هڅه وکړئ (هغه غړي چې ننوځي، نه ځنډول کېږي؛ ثابته وېبپاڼه، `truce publish-site`، عامه ریکارډ له هر ځایه وړاندې کوي)

## crates/server/src/http/reminders.rs

reminder-settings-invalid = د یادونو تنظیمات سم نه دي: { $detail }
reminder-feed-none = داسې د جنتري فیډ نشته (د کیلي بدلول یا د غړي لرې کول یې پای ته رسوي)

## crates/server/src/http/reports.rs

report-typesetter-busy = د چاپ چمتو کوونکی (typesetter) له نورو راپورونو سره بوخت دی: لږ وروسته بیا هڅه وکړئ
report-renderer-failed = د راپور جوړوونکی (renderer) ناکام شو: { $detail }
report-none-published = خپور شوی راپور { $h } نشته
blob-hash-malformed = «{ $h }» hex SHA-256 نه دی
report-published-not-json = خپور شوی راپور JSON نه دی: { $detail }
report-id-malformed = id: له 1 تر 100 پورې توري له A-Z a-z 0-9 - _ . څخه
report-no-checkpoint-cosigned = لا تر اوسه هېڅ د کتنې ټکی ګډ لاسلیک شوی نه دی: لږ وروسته بیا هڅه وکړئ
report-checkpoint-being-cosigned = راتلونکی د کتنې ټکی د ګډ لاسلیک په حال کې دی: لږ وروسته بیا هڅه وکړئ
public-record-being-made = عامه ریکارډ جوړېږي: لږ وروسته بیا هڅه وکړئ
public-record-failed = عامه ریکارډ جوړ نه شو: { $detail }
public-list-none = عامه لېست «{ $list }» نشته: لېستونه دا دي: { $lists }
public-list-offset-malformed = offset «{ $offset }» په لېست کې ځای نه دی (0، 1، 2، …)

## crates/server/src/http/session.rs

session-not-signed-in = ننوتي نه یاست
session-expired = د ننوتلو ناسته پای ته رسېدلې یا ترې وتلي یاست
session-sign-in-body-invalid = د ننوتلو متن سم نه دی: { $detail }
session-signature-not-base64 = لاسلیک (signature) base64 نه دی
session-challenge-unknown = ننګونه (challenge) نامعلومه، کارول شوې یا پای ته رسېدلې ده: نوې ننګونه وغواړئ
session-signature-does-not-verify = لاسلیک د کیلي { $key } له مخې نه تصدیقېږي («{ $message }» لاسلیک کړئ)
session-bad-cookie = ناسم cookie
invite-code-hash-malformed = code_sha256 باید 64 hex رقمونه وي (د کوډ SHA-256)
invite-no-such-code = په دې کوډ هېڅ بلنه نشته

## crates/server/src/http/sessions.rs

session-too-many-attempts = له { $ip } څخه د ننوتلو ډېرې هڅې: په هرو { $window } ثانیو کې تر ټولو زیات { $limit }؛ وروسته بیا هڅه وکړئ

## crates/server/src/http/slots.rs

slot-upload-one-at-a-time = د { $holder } یوه پورته کونه دمخه د ترلاسه کېدو په حال کې ده: په یو وخت کې یوازې یوه
slot-what-blob-uploads = blob پورته کونو
slot-batch-one-at-a-time = د پتې { $address } یوه بسته دمخه د ترلاسه کېدو په حال کې ده: په یو وخت کې یوازې یوه
slot-what-batches = بستو
slot-busy = سرور د نورو { $what } په کار بوخت دی: لږ وروسته بیا هڅه وکړئ
slot-sends-per-reader = د { $holder } لپاره دمخه { $count } فایلونه یا صادرات لېږل کېږي: په یو وخت کې تر ټولو زیات { $most }
slot-sending-budget = سرور دمخه د خپلو فایلونو { $mib } MiB لېږي: لږ وروسته بیا هڅه وکړئ
slot-what-exports = صادراتو

## crates/server/src/http/tlog.rs

body-sealed-submission-invalid = مهر شوې سپارنه باید { $shape } وي: { $detail }
body-batch-too-many = یوه بسته تر ټولو زیات { $max } ثبتونه لري
body-batch-invalid = بسته باید د DSSE لفافو JSON array وي: { $detail }
entry-index-malformed = «{ $s }» د ثبت شاخص نه دی
entry-none-of-size = ثبت { $index } نشته: ثبت کتاب { $size } ثبتونه لري
entry-no-opening = د ثبت { $index } داسې پرانیستنه نشته چې تاسو یې ولولئ
entry-no-opening-sign = د ثبت { $index } داسې پرانیستنه نشته چې تاسو یې ولولئ (غوښتنه لاسلیک کړئ)
entry-not-yet-published = ثبت { $index } لا په خپور شوي د کتنې ټکي کې نه دی
proof-index-outside = شاخص { $index } د { $size } اندازې له ونې څخه بهر دی
proof-sizes-reversed = اندازه { $old } له اندازې { $new } څخه لویه ده
proof-size-too-large = اندازه { $size } له ونې ({ $available } ثبتونه) څخه لویه ده
key-unknown = نامعلومه کیلي { $id }
blob-empty = تش blob نه ساتل کېږي
blob-hashing-unfinished = هش کول پای ته ونه رسېدل: { $detail }
blob-none-readable = داسې blob { $h } نشته چې تاسو یې ولولئ
blob-none-readable-sign = داسې blob { $h } نشته چې تاسو یې ولولئ (غوښتنه لاسلیک کړئ)
blob-none = blob { $h } نشته
checkpoint-none-yet = لا تر اوسه هېڅ د کتنې ټکی نه دی خپور شوی
tile-path-malformed = د tile ناسمه لاره: { $why }
tile-none = tile { $path } د { $size } ثبتونو په ونه کې شتون نه لري

## crates/server/src/http/web.rs

web-ui-not-built = د وېب انټرفېس په دې سرور کې نه دی جوړ شوی
web-asset-none = داسې فایل (asset) { $url } نشته
stream-public-full = د عامو خلکو ټول { $streams } ژوندي جریانونه (streams) پرانیستي دي: پاڼه له جریان پرته هم کار کوي (د نویو ثبتونو د لیدو لپاره یې بیا بار کړئ)؛ هر غړی چې ننوځي، خپل جریان لري

## crates/server/src/http/work.rs

work-unfinished = کار پای ته ونه رسېد: { $detail }

## crates/server/src/reminders.rs

reminder-address-invalid = د برېښنالیک پته «{ $address }» سمه نه ده: { $why }
reminder-not-a-member = یادونې د غړو لپاره دي: دا کیلي د هېڅ غړي نه ده
reminder-smtp-failed = د { $relay } له لارې برېښنالیک لېږل: { $why }
reminder-address-too-long = له 254 بایټو څخه اوږده ده
reminder-address-control-character = یو کنټرولي توری لري
reminder-address-not-ascii = یوازې ASCII پتو ته برېښنالیک لېږل کېږي (ښایي relay د SMTPUTF8 ملاتړ ونه کړي)
reminder-address-domain = ډومېن باید داسې نوم وي چې ټکی ولري، نه IP پته او نه یوازې یوه برخه (label)

## crates/server/src/report.rs

report-entry-missing = ثبت { $index } په زېرمه کې نشته
report-no-inclusion-proof = د ثبت { $index } لپاره د شاملېدو ثبوت نشته: { $detail }
report-format-unknown = بڼه (format) «{ $format }» له { $all } څخه یوه نه ده
