# دلایلی که سرور برای رد درخواست‌ها می‌آورد، به دری/فارسی (fa): ترجمهٔ reasons/en.ftl.
# Translated from reasons/en.ftl (written by crates/server/tests/catalogues.rs); terms as in web/GLOSSARY.md.

## crates/domain/src/disclosure.rs

disclosure-unknown-kind = نوع ناشناختهٔ «{ $kind }»: دفتر ثبت تنها نوع‌هایی را می‌پذیرد که در جدول افشای آن آمده است
disclosure-not-object = متن ثبتی از نوع { $kind } یک شیء JSON نیست
disclosure-confidential-in-public = { $kind } مُهروموم‌شده است: متن ثبت آن تنها می‌تواند { $public } و "sealed" را نشان دهد، اما «{ $field }» را نشان می‌دهد (آن را در دادهٔ گشایش بگذارید)
disclosure-no-commitment = { $kind } مُهروموم‌شده است: متن ثبت آن به تعهد "sealed" (64 رقم هگزادسیمال) نیاز دارد
disclosure-no-opening = { $kind } مُهروموم‌شده است: دادهٔ گشایش آن را همراه پاکت (envelope) بفرستید
disclosure-not-sealed = { $kind } عمومی است: نه تعهد "sealed" دارد و نه دادهٔ گشایش
disclosure-opening-shape = دادهٔ گشایش به شکل { $shape } نیست: { $why }
disclosure-salt = نمک (salt) دادهٔ گشایش باید { $n } بایت به صورت base64 باشد
disclosure-too-large = حجم دادهٔ گشایش { $n } بایت است؛ حداکثر { $max }
disclosure-mismatch = دادهٔ گشایش با تعهد ثبت مطابقت ندارد (هش آن { $got } است)
disclosure-public-in-opening = دادهٔ گشایش نمی‌تواند فیلد عمومی «{ $field }» را در بر داشته باشد
disclosure-body-json = متن { $kind }: { $detail }

## crates/domain/src/document.rs

document-json = سند، JSON معتبری به شکل پیش‌نویس نیست: { $detail }
document-too-large = حجم سند { $n } بایت است؛ حداکثر { $max } بایت پذیرفته می‌شود
document-no-language = سند هیچ زبانی را نام نمی‌برد
document-language-code = «{ $code }» کد زبان نیست
document-language-twice = زبان «{ $code }» دو بار فهرست شده است
document-no-authoritative = هیچ زبانی معتبر علامت‌گذاری نشده است (یک زبان را، یا چند زبان را به‌عنوان به یک اندازه معتبر، علامت بزنید)
document-text-unlisted-language = { $what } متنی به زبان «{ $code }» دارد که در فهرست زبان‌های سند نیست
document-text-missing = { $what } به زبان معتبر «{ $language }» متنی ندارد
document-part-title = عنوان
document-part-preamble = مقدمه
document-no-article = سند هیچ ماده‌ای ندارد
document-article-eid = شناسهٔ مادهٔ «{ $eid }» یک eId نیست (حروف کوچک لاتین، رقم، '_')
document-eid-twice = شناسهٔ بند «{ $eid }» دو بار به کار رفته است
document-part-heading = سرعنوان { $eid }
document-no-paragraph = مادهٔ { $eid } هیچ بندی ندارد
document-paragraph-eid = شناسهٔ بند «{ $eid }» یک eId نیست (حروف کوچک لاتین، رقم، '_')
document-part-clause = بند { $eid }
document-bracketed-no-alternatives = بند { $eid } در کروشه است اما هیچ گزینهٔ جایگزینی ندارد
document-alternatives-not-bracketed = بند { $eid } گزینه‌های جایگزین دارد اما وضعیت آن { $status } است، نه در کروشه
document-part-alternative = گزینهٔ جایگزین { $n } از بند { $eid }

## crates/domain/src/fold.rs

territories-no-world = مرزی در دست نیست که قلمروها با آن سنجیده شوند
territories-refused = قلمروها: { $why }

## crates/domain/src/geo.rs

geo-not-topojson = مرزها به قالب TopoJSON نیستند: { $why }
geo-unknown-country = کشوری به نام «{ $name }» در مرزها نیست
geo-no-border = { $a } و { $b } در داده‌های مرزها مرز مشترکی ندارند
geo-not-a-number = { $what } عدد نیست
geo-arc-reference = ارجاع به یک کمان، عدد صحیح نیست
geo-no-arcs = هیچ کمانی (arcs) وجود ندارد
geo-arc-not-array = یک کمان، آرایه نیست
geo-no-geometries = objects.countries.geometries وجود ندارد
geo-no-such-arc = کمان { $i } وجود ندارد
geo-frontier-two = یک خط مرزی دقیقاً به دو قلمرو نیاز دارد

## crates/domain/src/lib.rs

body-invalid = متن نامعتبر برای { $kind }: { $why }
unknown = { $what } «{ $id }» وجود ندارد
duplicate = { $what } «{ $id }» از پیش وجود دارد
not-a-member = کلید { $key } کلید هیچ عضوی نیست؛ نخست آن را با member.add بیفزایید
key-retired = کلید { $key } در ثبت { $at } کنار گذاشته شد (عضو { $member } { $why }) و پس از آن هیچ چیزی را امضا نمی‌کند
retired-removed = حذف شد
retired-rotated = کلید خود را با کلیدی تازه تعویض کرد
forbidden = { $actor } مجاز به { $act } نیست: { $rule }
round-transition = وضعیت دور «{ $round }» نمی‌تواند از { $from } به { $to } تغییر کند
reason-required = وضعیت { $state } به ذکر دلیل نیاز دارد
content-missing = محتوای { $hash } بارگذاری نشده است: پیش از ارسال، آن را با POST به /api/v1/blobs بفرستید
bad-document = محتوای { $hash } پیش‌نویس معتبری نیست: { $why }
not-with-mediators = نسخهٔ { $version } برای { $to } نزد میانجی‌ها نیست: پیش‌تر در ثبت { $at } به { $to } انتقال یافته است
text-changed = متن تغییر کرده است: محتوای نسخهٔ { $version } { $current } است، اما این اقدام { $named } را نام می‌برد
bracketed = تا همه چیز توافق نشود، هیچ چیز توافق‌شده نیست: نسخهٔ { $version } هنوز بندهای در کروشه دارد ({ $clauses })
thing-action-report = گزارش اقدام
thing-case = پرونده
thing-clause = بند
thing-comment = نظر
thing-commitment = تعهد
thing-evidence = مدرک
thing-evidence-request = درخواست مدرک
thing-finding = یافته
thing-import-batch = دستهٔ واردشده
thing-incident = رویداد
thing-member = عضو
thing-open-invitation = دعوت‌نامهٔ باز برای عضو
thing-participant = شرکت‌کننده
thing-penalty = جریمه
thing-penalty-rule = قاعدهٔ جریمه
thing-round = دور
thing-version = نسخه
round-state-scheduled = برنامه‌ریزی‌شده
round-state-in-session = در جریان
round-state-stalled = در بن‌بست
round-state-suspended = معلق
round-state-resumed = ازسرگرفته
round-state-concluded = پایان‌یافته
blob-hash-mismatch = هش بایت‌های داده‌شده { $got } است
import-bad-rows = { $bad } ردیف نادرست؛ نخستین: { $first }
import-row-count = { $held } ردیف دارد، نه { $rows }
evidence-size = حجم آن { $got } بایت است، نه { $size } بایتِ اعلام‌شده
evidence-type = نوع آن { $declared } اعلام شده است اما بایت‌هایش از نوع { $sniffed } است
evidence-type-unknown = نوع آن { $declared } اعلام شده است اما بایت‌هایش از هیچ نوع پذیرفته‌شده‌ای نیست

## crates/domain/src/monitor/acled.rs

import-row = سطر { $line }، ستون { $column }: { $why }
import-no-column = سطر سرعنوان ستونی به نام { $name } ندارد: خروجی ACLED این 31 ستون را دارد: { $columns }
import-value-too-long = از 20000 نویسه بلندتر است
import-event-id = «{ $id_raw }» شناسهٔ رویداد (حروف و ارقام) نیست
import-value-empty = خالی است
import-event-date = «{ $v }» تاریخ (YYYY-MM-DD) نیست
import-year = «{ $v }» سالِ event_date { $date } نیست
import-precision = «{ $v }» برابر 1، 2 یا 3 نیست
import-not-number = «{ $v }» عدد نیست
import-coordinate-range = { $v } خارج از محدودهٔ ±{ $limit } است
import-not-whole-number = «{ $v }» عدد صحیح نیست
import-timestamp = «{ $timestamp }» زمان Unix نیست
import-actor-type = «{ $v }» نوع بازیگر ACLED (متن، یا 0–8) نیست

## crates/domain/src/monitor/rules.rs

mech-not-configured = سازوکار نظارت هنوز پیکربندی نشده است (mechanism.configure)
mech-not-a-party = { $field } «{ $id }» طرف این روند نیست
mech-unknown-category = دستهٔ «{ $c }» از دسته‌هایی نیست که توافق‌نامه تعیین می‌کند: { $categories }
evidence-not-citable = مدرک { $h } مدرکی نیست که بتوانید به آن استناد کنید: پیش از استناد، آن را ارائه کنید (evidence.submit) و تنها به مدارکی استناد کنید که شرکت‌کنندهٔ شما می‌تواند بخواند
rule-mediators = تنها میانجی‌ها مجازند
mech-configured = سازوکار پیش‌تر پیکربندی شده است
mech-agreement-not-adopted = نسخهٔ { $version } توافق‌نامهٔ تصویب‌شده نیست: تعهدات از متن تصویب‌شده گرفته می‌شوند
mech-appeal-body-not-mediator = appeal_body «{ $body }» میانجی نیست
mech-commitment-no-clause = تعهد { $commitment }: توافق‌نامه بندی به نام «{ $clause }» ندارد
mech-commitment-not-before = تعهد { $commitment }: «{ $d }» تعهدی نیست که پیش از آن فهرست شده باشد
mech-prohibition-no-categories = تعهد { $commitment }: هر منع، دسته‌هایی از نقض را که آن را می‌شکنند نام می‌برد
mech-quorum-too-large = finding_quorum { $quorum } از شمار میانجی‌ها ({ $mediators }) بیشتر است
rule-mediators-relay-public = گزارش‌های عموم را تنها میانجی‌ها انتقال می‌دهند
rule-secretariat = تنها دبیرخانه مجاز است
import-csv-missing = فایل CSV این وارد کردن پیوست نشده است
rule-mediators-and-monitors = تنها میانجی‌ها و پایشگران مجازند
incident-target-merged = رویداد { $into } خود در رویداد دیگری ادغام شده است
incident-merge-self = یک رویداد نمی‌تواند در خودش ادغام شود
incident-already-merged = رویداد { $x } پیش‌تر در { $t } ادغام شده است
rule-evidence-access = چنین مدرکی وجود ندارد که ارائه‌کننده، نگهدارنده، میانجی‌ها یا طرف‌های پرونده‌ای که به آن استناد می‌کند بتوانند در اختیار شما بگذارند
rule-evidence-holder = تنها نگهدارندهٔ مدرک موجود، یا میانجی‌ها، مجازند
rule-bearer-delegates = تنها نمایندگان طرفی که متعهد آن است مجازند
action-not-obligation = تعهد { $commitment } از نوع { $modality } است: تنها الزام‌ها با اقدام انجام می‌شوند
case-incident-merged = رویداد { $i } در { $t } ادغام شده است: به جای آن { $t } را نام ببرید
case-action-accused = پروندهٔ اقدام به طرفی مربوط است که اقدام را گزارش کرده است
case-team-no-mediator = تیم راستی‌آزمایی دست‌کم یک عضو از میانجی‌ها را در بر دارد
case-team-not-joint = توافق‌نامه تیم‌های مشترک تعیین می‌کند: تیم هیچ عضوی از { $missing } ندارد
rule-team-and-mediators = تنها تیم پرونده و میانجی‌ها مجازند
case-decided = دربارهٔ پروندهٔ { $case } تصمیم گرفته شده است
rule-party-delegates = تنها نمایندگان یک طرف مجازند
case-decided-replies = دربارهٔ پروندهٔ { $case } تصمیم گرفته شده است: ثبت پاسخ‌ها بسته است
rule-team-members = تنها اعضای تیم پرونده مجازند
case-decided-assessments = دربارهٔ پروندهٔ { $case } تصمیم گرفته شده است: ارزیابی‌های آن بسته است
rule-mediator-members = تنها اعضای میانجی‌ها مجازند
case-has-finding = پروندهٔ { $case } پیش‌تر یافتهٔ { $f } را دارد
rule-mediators-and-team = تنها میانجی‌ها و تیم پرونده مجازند
finding-already-voted = عضو { $member } پیش‌تر به { $finding } رأی داده است
finding-in-effect = یافتهٔ { $finding } پیش‌تر نافذ شده است
rule-publication-mediators = تنها میانجی‌های یک شرکت‌کنندهٔ میانجی مجازند، هر یک از سوی شرکت‌کنندهٔ خود
finding-published = یافتهٔ { $finding } پیش‌تر منتشر شده است
finding-already-signed = { $participant } پیش‌تر انتشار یافتهٔ { $finding } را امضا کرده است (ثبت { $at })
finding-statement-differs = بیانیه با آنچه در ثبت { $at } پیشنهاد شد تفاوت دارد: هر میانجی همان متن را امضا می‌کند
rule-commission = تنها میانجی‌ها، به‌عنوان کمیسیون، مجازند
penalty-not-confirmed = نتیجهٔ یافتهٔ { $finding } { $outcome } است: تنها نقض تأییدشده جریمه می‌شود
penalty-exists = یافتهٔ { $finding } پیش‌تر جریمهٔ { $penalty } را دارد
penalty-wrong-rule = جریمهٔ «{ $rule }» در جدول جریمه‌ها برای این یافته نیست: نقض شمارهٔ { $n } از این نوع در بازهٔ زمانی، قاعدهٔ { $prescribed } ({ $kind }) را ایجاب می‌کند
penalty-not-prescribed = جریمهٔ «{ $rule }» در جدول جریمه‌ها نیست: جدول برای این یافته هیچ جریمه‌ای مقرر نمی‌کند
rule-penalised-party = تنها طرف جریمه‌شده مجاز است
appeal-already = از جریمهٔ { $penalty } پیش‌تر تجدیدنظرخواهی شده است: تنها یک بار تجدیدنظرخواهی ممکن است
appeal-penalty-lifted = جریمهٔ { $penalty } رفع شده است
appeal-period-ended = مهلت تجدیدنظرخواهی در { $end } پایان یافت: { $days } روز پس از اعمال جریمه در { $imposed }
rule-appeal-body = تنها مرجع تجدیدنظرِ تعیین‌شده در توافق‌نامه مجاز است
appeal-none = از جریمهٔ { $penalty } تجدیدنظرخواهی نشده است
appeal-decided = دربارهٔ تجدیدنظرخواهی از { $penalty } پیش‌تر تصمیم گرفته شده است
penalty-cannot-serve = وضعیت جریمهٔ { $penalty } { $status } است: نمی‌توان آن را اجرا کرد
penalty-cannot-lift = وضعیت جریمهٔ { $penalty } { $status } است: نمی‌توان آن را رفع کرد
finding-not-in-effect = یافتهٔ { $finding } نافذ نشده است: حد نصاب { $quorum } میانجی موافق را ندارد
case-outcome-action = پروندهٔ { $case } یک گزارش اقدام را راستی‌آزمایی می‌کند: نتیجهٔ آن verified، not_verified یا inconclusive است
case-outcome-incident = پروندهٔ { $case } به رویدادها مربوط است: نتیجهٔ آن confirmed، not_confirmed، no_violation یا inconclusive است

## crates/domain/src/monitor/wire.rs

body-not-one-of = { $field } «{ $v }» یکی از { $all } نیست
body-not-a-time = { $field } «{ $v }» زمان نیست
body-at-missing = at وجود ندارد
body-at-not-a-time = at زمان نیست
mech-deadline-shape = تعهد { $id }: مهلت «{ $s }» نه "continuing" است، نه { $date } و نه { $days }
mech-condition-no-categories = تعهد { $id }: شرط هیچ دسته‌ای را نام نمی‌برد
mech-penalty-rule-no-categories = قاعدهٔ جریمهٔ { $rule }: هیچ دسته‌ای را نام نمی‌برد
mech-penalty-rule-nth = قاعدهٔ جریمهٔ { $rule }: nth از 1 شمرده می‌شود
incident-coordinate-range = { $field } { $v } خارج از محدودهٔ ±{ $limit } است
incident-casualties-order = تلفات باید low ≤ best ≤ high باشد، نه { $low } / { $best } / { $high }
incident-channel = مجرای «{ $other }»: تنها "public" را می‌توان داد (میانجی‌ای که گزارش عموم را انتقال می‌دهد)؛ در غیر این صورت مجرا همان مجرای گزارش‌دهنده است
mech-quorum-zero = finding_quorum باید دست‌کم 1 باشد
mech-categories-empty = categories خالی است
import-no-rows = rows برابر 0 است: هر وارد کردن دست‌کم یک ردیف دارد
incident-merged-empty = merged خالی است
evidence-media-type = media_type «{ $media_type }» یکی از { $types } نیست
evidence-size-range = size { $size } میان 1 و { $max } بایت نیست
case-incidents-or-action = یک پرونده یا به رویدادها مربوط است یا به یک گزارش اقدام: دقیقاً یکی از incidents و action را بدهید
case-team-empty = team خالی است
case-confidence-range = میزان‌های اطمینان درصدند، از 0 تا 100
finding-confirmed-fields = نقض تأییدشده، طرفی را که به آن منتسب است، دستهٔ آن و شدت آن را نام می‌برد
finding-vote-value = رأی «{ $v }» یکی از concur و dissent نیست
finding-dissent-reason = رأی مخالف دلیل خود را بیان می‌کند

## crates/domain/src/publication.rs

body-publication-agreement-report = توافق‌نامه تنها با شناسهٔ نسخهٔ خود منتشر می‌شود: report را حذف کنید
body-publication-period = پایان دورهٔ گزارش ({ $to }) پیش از آغاز آن ({ $from }) است
body-publication-size = report.size باید اندازهٔ دفتر ثبت در هنگام تهیهٔ گزارش باشد
body-publication-no-report = گزارش با report: { $shape } منتشر می‌شود
body-publication-object = شیء «{ $object }» یکی از agreement و report نیست (یافته با finding.publish منتشر می‌شود)
publication-report-json = JSON یک گزارش نیست: { $detail }
publication-report-schema = طرح‌وارهٔ (schema) آن { $schema } نیست
publication-report-not-public = گزارش عمومی نیست: تنها آنچه پیش‌تر منتشر شده است می‌تواند منتشر شود
publication-report-period = دورهٔ آن، چنان‌که امضا شده است، از { $from } تا { $to } نیست
publication-report-size = چنان‌که امضا شده است، در اندازهٔ { $size } دفتر ثبت تهیه نشده است
publication-not-adopted = نسخهٔ { $version } توافق‌نامهٔ تصویب‌شده نیست: تنها توافق‌نامه منتشر می‌شود
publication-report-unchecked = همتای دادهٔ گزارش { $id } با آنچه امضا شده است بررسی نشد
publication-report-differs = گزارش { $id } با هش، دوره، اندازه یا عنوان دیگری پیشنهاد شده است: همان را امضا کنید، یا این یکی را با شناسهٔ دیگری منتشر کنید
publication-done = { $object } { $id } پیش‌تر منتشر شده است (ثبت { $at })
publication-signed-twice = { $mediator } پیش‌تر انتشار { $object } { $id } را امضا کرده است (ثبت { $at })

## crates/domain/src/report/mod.rs

report-period-date = { $name } «{ $date }» تاریخ (YYYY-MM-DD) نیست
report-period-reversed = پایان دوره ({ $to }) پیش از آغاز آن ({ $from }) است
report-period-too-long = یک دوره حداکثر ده سال است
report-recount-grouping = incidents.{ $name } با رویدادهای فهرست‌شده مطابقت ندارد
report-recount-summary = summary.{ $key } برابر { $got } است، اما { $n } مورد فهرست شده است
report-recount-period = رویداد { $id } در دورهٔ { $period } است، نه در دورهٔ کنونی یا پیشین
report-recount-restrictions = restrictions_on_monitors با رویدادهای فهرست‌شده مطابقت ندارد
report-recount-commitments = summary.commitments.{ $state } برابر { $got } است، اما { $n } تعهد با این وضعیت فهرست شده است
report-recount-casualties = summary.casualties برابر { $got } است، اما مجموع تلفات رویدادهای فهرست‌شده { $casualties } است
report-items-not-list = items.{ $section } فهرست نیست
report-item-unnamed = یکی از موارد { $section } نه شناسه دارد و نه ثبت: { $item }
report-item-twice = مورد { $id } از { $section } دو بار فهرست شده است

## crates/domain/src/state.rs

invitation-unknown = هیچ دعوت‌نامه‌ای با این کد وجود ندارد
invitation-used = دعوت‌نامه پیش‌تر، در ثبت { $at }، استفاده شده است
invite-withdrawn = دبیرخانه دعوت‌نامه را در ثبت { $at } پس گرفته است
invite-expired = دعوت‌نامه در { $expired } منقضی شده است (زمان دفتر ثبت { $now } است)
enrol-other-key = ثبت‌نام با { $signer } امضا شده است اما کلید { $key } را ثبت‌نام می‌کند
clock-not-later = log.time { $unix } دیرتر از زمان دفتر ثبت، { $t } (ثبت { $at })، نیست
process-defined = روند پیش‌تر تعریف شده است
invitation-exists = دعوت‌نامه‌ای با این کد از پیش وجود دارد
invite-no-clock = valid_hours بر پایهٔ زمان دفتر ثبت سنجیده می‌شود، و این دفتر ثبت هنوز زمانی نگه نمی‌دارد
invite-open = عضو { $member } از پیش یک دعوت‌نامهٔ باز دارد (ثبت { $at })
rule-member-or-secretariat = تنها خود عضو یا دبیرخانه مجازند
party-unknown = «{ $party }» طرف این روند نیست
rule-mediators-or-delegates = تنها میانجی‌ها و نمایندگان طرف‌ها مجازند
rule-party-delegates-or-mediators = تنها نمایندگان یک طرف و میانجی‌ها مجازند
rule-unattributed-bridging = تنها متن سازش‌دهندهٔ میانجی‌ها بدون انتساب می‌ماند؛ پیش‌نویس یک طرف همیشه از آنِ خود اوست
draft-needs-parent = پیش‌نویس { $draft } از پیش نسخه‌هایی دارد: نسخهٔ پایه‌ای را که این نسخه اصلاح می‌کند نام ببرید
draft-parent-elsewhere = نسخهٔ پایهٔ { $parent } به پیش‌نویس { $owner } تعلق دارد، نه { $draft }
draft-parent-not-relayed = نسخهٔ { $parent } به { $party } انتقال نیافته است: هر طرف تنها آنچه را اصلاح می‌کند که میانجی‌ها به او انتقال داده‌اند
rule-mediators-relay = تنها میانجی‌ها انتقال می‌دهند؛ طرف‌ها هرگز مستقیماً به یکدیگر چیزی نمی‌فرستند
draft-relay-twice = { $to } دو بار نام برده شده است
draft-relay-not-party = «{ $to }» طرف نیست: پیش‌نویس‌ها به طرف‌ها انتقال می‌یابند
draft-relay-own = نسخهٔ { $version } پیش‌نویس خود { $to } است؛ به طرف‌های دیگر انتقال می‌یابد
comment-not-relayed = نسخهٔ { $version } به { $party } انتقال نیافته است
comment-shared-by-party = نظر یک طرف یا داخلی است یا برای میانجی‌ها؛ طرف‌ها هرگز مستقیماً به یکدیگر چیزی نمی‌فرستند
rule-parties-delegates-or-mediators = تنها نمایندگان طرف‌ها و میانجی‌ها مجازند
rule-signatory = تنها امضاکنندهٔ صلاحیت‌دار یک طرف مجاز است
agreement-adopted = نسخهٔ { $version } پیش‌تر تصویب شده است
agreement-signed-twice = { $party } پیش‌تر در ثبت { $at } نسخهٔ { $version } را امضا کرده است
rule-witness = تنها عضوی از یک میانجی که نقش گواه یا میانجی دارد مجاز است
agreement-unsigned = میانجی‌ها بر امضاها گواهی می‌دهند: نسخهٔ { $version } هنوز امضای { $missing } را ندارد
agreement-witnessed-twice = { $mediator } پیش‌تر در ثبت { $at } بر نسخهٔ { $version } گواهی داده است
agreement-not-with-every-party = نسخهٔ { $version } به { $missing } انتقال نیافته است: هر طرف باید متنی را که امضا می‌کند در اختیار داشته باشد
member-removed = عضو { $id } در ثبت { $at } حذف شد
member-role-unfit = نقش { $role } با عضوی از { $participant }، که از نوع { $kind } است، سازگار نیست
member-key-taken = کلید { $key } از پیش به عضو { $member } تعلق دارد
member-key-retired = کلید { $key } در ثبت { $at } از عضو { $member } کنار گذاشته شد و دوباره به کار برده نمی‌شود

## crates/domain/src/wire.rs

body-not-an-id = { $field } «{ $v }» شناسه نیست (1 تا 64 نویسه از حروف کوچک لاتین، رقم، '.'، '_'، '-')
body-no-role = عضو دست‌کم به یک نقش نیاز دارد
body-empty = { $field } خالی است
body-too-long = { $field } از { $max } نویسه بلندتر است
body-not-sha256 = { $field } «{ $v }» یک SHA-256 به هگزادسیمال با حروف کوچک نیست
body-not-a-date = { $field } «{ $v }» تاریخ (YYYY-MM-DD) نیست
body-not-date-or-time = { $field } «{ $v }» نه تاریخ (YYYY-MM-DD) است و نه زمان UTC (YYYY-MM-DDTHH:MM:SSZ)
body-at-not-utc = at «{ $v }» زمان UTC (YYYY-MM-DDTHH:MM:SSZ) نیست
body-witness-quorum = witness_quorum باید دست‌کم 1 باشد
code-hash-hex = code_sha256 باید 64 رقم هگزادسیمال باشد
body-valid-hours = valid_hours باید از 1 تا 8784 (یک سال) باشد
body-key = key: { $detail }
body-round-reversed = پایان دور ({ $ends }) پیش از آغاز آن ({ $starts }) است
body-time-range = زمان خارج از محدوده است
body-relay-no-party = to هیچ طرفی را نام نمی‌برد

## crates/ledger/src/authority.rs

key-already-revoked = کلید { $id } پیش‌تر باطل شده است
time-not-log-key = تنها کلید دفتر ثبت log.time را امضا می‌کند، نه { $key }
founding-invitation-expired = دعوت‌نامهٔ بنیان‌گذار در زمان Unix { $expired } منقضی شد (زمان دفتر ثبت { $now } است)
time-body = متن، زمانی به ثانیه‌های Unix نیست: { $detail }
time-backwards = زمان { $time } دیرتر از زمان دفتر ثبت، { $last } (ثبت { $at })، نیست: ساعت دفتر ثبت تنها رو به جلو حرکت می‌کند
genesis-no-name = نام روند خالی است
genesis-no-founder = دست‌کم یک کلید بنیان‌گذار یا یک دعوت‌نامهٔ بنیان‌گذار لازم است
genesis-invitation-twice = دعوت‌نامهٔ بنیان‌گذار { $hash } دو بار فهرست شده است
genesis-founder-twice = کلید بنیان‌گذار { $key } دو بار فهرست شده یا همان کلید دفتر ثبت است
key-unparsable = کلید «{ $key }»: { $detail }
key-not-ed25519 = کلید { $key } کلید امضای Ed25519 (نوع 0x01) نیست

## crates/ledger/src/entry.rs

entry-too-large = حجم ثبت { $n } بایت است؛ هر ثبت حداکثر 65535 بایت است (محتوای بزرگ‌تر را به‌صورت blob نگه دارید و به SHA-256 آن ارجاع دهید)
entry-not-dsse = ثبت یک پاکت JSON از نوع DSSE نیست: { $detail }
entry-payload-base64 = محمولهٔ (payload) پاکت، base64 معتبر نیست
entry-signature-count = پاکت { $n } امضا دارد؛ ثبت‌های Truce دقیقاً یک امضا دارند
entry-signature-encoding = امضا 64 بایت به صورت base64 نیست
entry-payload-type = نوع محمولهٔ «{ $t }» به شکل application/vnd.truce.<kind>+json نیست
entry-not-statement = محموله یک بیانیهٔ Truce نیست: { $detail }
entry-wrong-origin = بیانیه برای دفتر ثبت «{ $got }» است؛ این دفتر ثبت «{ $want }» است
entry-zero-seq = شمارهٔ ترتیبی 0 مجاز نیست؛ نخستین ثبت هر امضاکننده seq 1 دارد
entry-unknown-key = کلید ناشناختهٔ { $key }: هرگز در این دفتر ثبت به ثبت نرسیده است
entry-revoked-key = کلید { $key } در ثبت { $at } باطل شد و پس از آن هیچ چیزی را امضا نمی‌کند
entry-replay = ثبت تکراری یا خارج از ترتیب: کلید { $key } پیش‌تر seq { $last } را به کار برده است، این ثبت seq { $got } دارد
entry-bad-signature = امضا با کلید { $key } تأیید نمی‌شود
entry-not-genesis = نخستین ثبت هر دفتر ثبت باید ثبت آغازین (genesis) آن باشد
entry-second-genesis = هر دفتر ثبت دقیقاً یک ثبت آغازین دارد، در نمایهٔ 0
entry-genesis-signer = ثبت آغازین باید با کلید دفتر ثبت، { $key }، امضا شود
entry-genesis = ثبت آغازین نامعتبر: { $why }
entry-not-registrar = کلید { $key } مجاز به ثبت یا باطل کردن کلیدها نیست
entry-registration = ثبت کلید نامعتبر: { $why }
entry-already-registered = کلید { $key } پیش‌تر ثبت شده است
entry-log-key-misuse = کلید دفتر ثبت تنها ثبت آغازین، ثبت‌های log.time و نقطه‌های بررسی را امضا می‌کند
entry-time = log.time نامعتبر: { $why }

## crates/ledger/src/reason.rs

detail = { $detail }
id = انگلیسی با { $name } و «{ $other }»

## crates/server/src/engine/mod.rs

entry-log-time-reserved = log.time ثبتی است که ترتیب‌دهنده از ساعت خود نگه می‌دارد: هیچ کس آن را ارسال نمی‌کند
entry-none = ثبت { $index } وجود ندارد
report-no-checkpoint-yet = هنوز نقطهٔ بررسی‌ای نیست که گزارش با آن سنجیده شود: لحظه‌ای بعد دوباره کوشش کنید
report-stale-size = گزارش { $id } در اندازهٔ { $made } دفتر ثبت تهیه شده است، اما آخرین نقطهٔ بررسی در اندازهٔ { $size } است: آن را دوباره تهیه کنید و همان را امضا کنید
report-not-the-public-one = گزارش { $id } گزارش عمومی دورهٔ { $from } تا { $to } در اندازهٔ { $size } دفتر ثبت نیست: تنها همان گزارش می‌تواند منتشر شود
content-check-unfinished = بررسی محتوا به پایان نرسید: { $detail }
log-shutting-down = دفتر ثبت در حال خاموش شدن است
entry-stored-unreadable = ثبت ذخیره‌شدهٔ { $index }: { $detail }
time-ahead-of-clock = { $field } { $text } به اندازهٔ { $ahead } ثانیه از ساعت سرور جلوتر است: زمان اعلام‌شده نمی‌تواند در آینده باشد (بیش از { $skew } ثانیه)

## crates/server/src/engine/quota.rs

quota-entries-per-minute = ثبت در دقیقه
quota-blob-bytes-per-hour = بایت blob در ساعت
quota-diffs-per-minute = مقایسه در دقیقه
quota-refusals-per-minute = درخواست ردشده در دقیقه
holder-participant = شرکت‌کنندهٔ { $participant }
holder-key = کلید { $key }
holder-address = نشانی { $address }
holder-public = عموم
quota-over = { $holder } از سهمیهٔ خود ({ $amount } { $what }) فراتر رفته است: پس از { $retry } ثانیه دوباره کوشش کنید

## crates/server/src/engine/sequencer.rs

store-foreign-entries = مخزن ثبت‌هایی دارد که این سرور نمی‌تواند بپذیرد: { $detail }
storage-failed = ذخیره‌سازی ناکام شد: { $detail }

## crates/server/src/http/acts.rs

body-check-invalid = بررسی معتبر نیست: { $detail }
check-not-an-act = { $kind } از اقدام‌های روند نیست
check-founding-key-only = تنها کلید بنیان‌گذار می‌تواند { $kind } را امضا کند
check-content-checked-on-submit = این اقدام محتوای { $hash } را نام می‌برد که هنگام ارسال بررسی می‌شود

## crates/server/src/http/app.rs

quota-exports-per-minute = خروجی در دقیقه

## crates/server/src/http/auth.rs

auth-members-only = تنها اعضا می‌توانند این کار را انجام دهند: درخواست را با کلید خود امضا کنید (چیزی از متن آن خوانده نشد)
auth-header-not-text = سرآیند { $name } متن نیست
session-expired-sign-in = نشست منقضی شده یا از آن خارج شده‌اید: دوباره وارد شوید
auth-created-not-seconds = { $header } به ثانیه‌های Unix نیست
auth-signature-not-base64 = { $header } به صورت base64 نیست
auth-signed-too-far-from-now = درخواست در { $created } امضا شده است، بیش از { $skew } ثانیه دور از زمان سرور ({ $now })
auth-signature-does-not-verify = امضای درخواست با کلید { $key } تأیید نمی‌شود («{ $message }» را امضا کنید)
auth-key-revoked = کلید { $key } در ثبت { $at } باطل شد
auth-key-of-no-member = کلید { $key } کنار گذاشته شده یا به هیچ عضوی از این روند تعلق ندارد
auth-header-needs = { $header } به { $needed } نیاز دارد
auth-unknown-key = کلید ناشناختهٔ { $key }
session-csrf-mismatch = توکن X-Truce-CSRF با توکن این نشست مطابقت ندارد
session-csrf-missing = تغییری که پس از ورود انجام می‌شود به سرآیند X-Truce-CSRF این نشست نیاز دارد

## crates/server/src/http/conn.rs

body-too-large = حجم متن درخواست { $n } بایت است؛ این نشانی API حداکثر { $limit } بایت می‌پذیرد
request-cross-site = درخواستی که صفحهٔ سایت دیگری فرستاده باشد پذیرفته نمی‌شود: اقدام‌های Truce از صفحهٔ خود آن یا از یک برنامهٔ کلاینت می‌آیند
request-timeout = درخواست در { $secs } ثانیه کامل نشد: آن را کامل و بی‌درنگ بفرستید

## crates/server/src/http/error.rs

storage-unavailable = ذخیره‌سازی در دسترس نیست: { $detail }

## crates/server/src/http/mod.rs

endpoint-none = چنین نشانی API وجود ندارد

## crates/server/src/http/monitoring.rs

mech-members-only = شرایط سازوکار و پایبندی برای اعضاست: درخواست را با کلید خود امضا کنید
mech-none-configured = سازوکار نظارت پیکربندی نشده است
mech-entry-unreadable = ثبت سازوکار: { $detail }
query-not-a-time = { $field } «{ $value }» نه YYYY-MM-DD است و نه YYYY-MM-DDTHH:MM:SSZ
query-bbox-not-numbers = bbox «{ $bbox }» چهار عدد نیست
query-bbox-not-four = bbox «{ $bbox }» به شکل min_lon,min_lat,max_lon,max_lat نیست
query-bbox-not-a-box = bbox «{ $bbox }» مستطیلی به درجه‌های WGS84 با min ≤ max نیست
query-status-unknown = status «{ $status }» یکی از { $all } نیست
query-side-no-border = side: سازوکار هیچ دو قلمرو دارای مرز مشترک را نام نمی‌برد
query-limit-range = limit { $n } میان 1 و 10000 نیست
query-cell-range = cell { $cell } میان 0.01 و 10 درجه نیست
incident-none-readable = رویداد { $id } که بتوانید بخوانید وجود ندارد
incident-duplicates-mediators-only = پیشنهادهای گزارش تکراری برای میانجی‌هاست که گزارش‌ها را ادغام می‌کنند
query-duplicates-range = km باید میان 0 و 500، و hours میان 0 و 720 باشد
border-none = سازوکار هیچ دو قلمرو دارای مرز مشترک را نام نمی‌برد
query-lon-lat-range = lon و lat باید به درجه‌های WGS84 باشند
query-lon-lat-both = هم lon و هم lat را بدهید، یا هیچ‌کدام را
evidence-none-readable = مدرک { $h } که بتوانید بخوانید وجود ندارد
evidence-hash-malformed = «{ $h }» یک SHA-256 به هگزادسیمال نیست
evidence-members-only = مدارک را اعضا می‌خوانند و هر خواندن ثبت می‌شود: درخواست را امضا کنید
evidence-access-not-recorded = خواندن مدرک { $h } ثبت می‌شود: نخست برای آن یک ثبت evidence.access امضا کنید (truce evidence get این کار را می‌کند)
case-none-readable = پروندهٔ { $id } که بتوانید بخوانید وجود ندارد

## crates/server/src/http/negotiation.rs

version-none-readable = نسخهٔ «{ $id }» که بتوانید بخوانید وجود ندارد
version-none-readable-sign = نسخهٔ «{ $id }» که بتوانید بخوانید وجود ندارد (درخواست را امضا کنید: پیش‌نویس‌ها محرمانه‌اند)
blob-stored-hash-malformed = «{ $hash }» یک SHA-256 نیست
blob-missing-from-store = blob { $hash } در مخزن نیست
blob-stored-not-json = blob ذخیره‌شدهٔ { $hash } به قالب JSON نیست: { $detail }
slot-what-diffs = مقایسه‌ها
diff-failed = مقایسه ناکام شد

## crates/server/src/http/pace.rs

pace-public-reads-taken = سهمیهٔ عموم، { $per_second } خواندن در ثانیه، پر شده است: پس از { $secs } ثانیه دوباره کوشش کنید (اعضایی که وارد شوند محدود نمی‌شوند؛ سایت ایستا، `truce publish-site`، اسناد عمومی را از هر جایی ارائه می‌کند)

## crates/server/src/http/reminders.rs

reminder-settings-invalid = تنظیمات یادآوری معتبر نیست: { $detail }
reminder-feed-none = چنین خوراک تقویمی وجود ندارد (تعویض کلید یا حذف عضو به آن پایان می‌دهد)

## crates/server/src/http/reports.rs

report-typesetter-busy = حروف‌چین مشغول گزارش‌های دیگر است: لحظه‌ای بعد دوباره کوشش کنید
report-renderer-failed = سازندهٔ گزارش ناکام شد: { $detail }
report-none-published = گزارش منتشرشدهٔ { $h } وجود ندارد
blob-hash-malformed = «{ $h }» یک SHA-256 هگزادسیمال نیست
report-published-not-json = گزارش منتشرشده JSON نیست: { $detail }
report-id-malformed = id: 1 تا 100 نویسه از A-Z a-z 0-9 - _ .
report-no-checkpoint-cosigned = هنوز هیچ نقطهٔ بررسی‌ای امضای مشترک نشده است: لحظه‌ای بعد دوباره کوشش کنید
report-checkpoint-being-cosigned = نقطهٔ بررسی بعدی در حال امضای مشترک است: لحظه‌ای بعد دوباره کوشش کنید
public-record-being-made = اسناد عمومی در حال تهیه است: لحظه‌ای بعد دوباره کوشش کنید
public-record-failed = اسناد عمومی تهیه نشد: { $detail }
public-list-none = فهرست عمومی «{ $list }» وجود ندارد: فهرست‌ها عبارت‌اند از { $lists }
public-list-offset-malformed = offset «{ $offset }» جایی در فهرست نیست (0، 1، 2، …)

## crates/server/src/http/session.rs

session-not-signed-in = وارد نشده‌اید
session-expired = نشست منقضی شده یا از آن خارج شده‌اید
session-sign-in-body-invalid = متن درخواست ورود معتبر نیست: { $detail }
session-signature-not-base64 = signature به صورت base64 نیست
session-challenge-unknown = چالش ناشناخته، استفاده‌شده یا منقضی است: چالش تازه‌ای بخواهید
session-signature-does-not-verify = امضا با کلید { $key } تأیید نمی‌شود («{ $message }» را امضا کنید)
session-bad-cookie = کوکی نامعتبر
invite-code-hash-malformed = code_sha256 باید 64 رقم هگزادسیمال باشد (SHA-256 کد)
invite-no-such-code = هیچ دعوت‌نامه‌ای با این کد وجود ندارد

## crates/server/src/http/sessions.rs

session-too-many-attempts = تلاش‌های ورود از { $ip } بیش از حد است: حداکثر { $limit } بار در هر { $window } ثانیه؛ بعداً دوباره کوشش کنید

## crates/server/src/http/slots.rs

slot-upload-one-at-a-time = { $holder } هم‌اکنون بارگذاری‌ای در حال دریافت دارد: هر بار تنها یکی
slot-what-blob-uploads = بارگذاری‌های blob
slot-batch-one-at-a-time = نشانی { $address } هم‌اکنون دسته‌ای در حال دریافت دارد: هر بار تنها یکی
slot-what-batches = دسته‌ها
slot-busy = سرور سرگرم رسیدگی به دیگر { $what } است: لحظه‌ای بعد دوباره کوشش کنید
slot-sends-per-reader = { $holder } هم‌اکنون { $count } فایل یا خروجی در حال ارسال دارد: حداکثر { $most } به‌طور هم‌زمان
slot-sending-budget = سرور هم‌اکنون در حال ارسال { $mib } MiB فایل، یعنی همهٔ ظرفیت ارسال خود، است: لحظه‌ای بعد دوباره کوشش کنید
slot-what-exports = خروجی‌ها

## crates/server/src/http/tlog.rs

body-sealed-submission-invalid = ارسال مُهروموم‌شده به شکل { $shape } است: { $detail }
body-batch-too-many = هر دسته حداکثر { $max } ثبت دارد
body-batch-invalid = دسته یک آرایهٔ JSON از پاکت‌های DSSE است: { $detail }
entry-index-malformed = «{ $s }» شمارهٔ ثبت نیست
entry-none-of-size = ثبت { $index } وجود ندارد: دفتر ثبت { $size } ثبت دارد
entry-no-opening = دادهٔ گشایشی از ثبت { $index } که بتوانید بخوانید وجود ندارد
entry-no-opening-sign = دادهٔ گشایشی از ثبت { $index } که بتوانید بخوانید وجود ندارد (درخواست را امضا کنید)
entry-not-yet-published = ثبت { $index } هنوز در هیچ نقطهٔ بررسی منتشرشده‌ای نیست
proof-index-outside = نمایهٔ { $index } بیرون از درختی با اندازهٔ { $size } است
proof-sizes-reversed = اندازهٔ { $old } از اندازهٔ { $new } بزرگ‌تر است
proof-size-too-large = اندازهٔ { $size } از درخت ({ $available } ثبت) بزرگ‌تر است
key-unknown = کلید ناشناختهٔ { $id }
blob-empty = blob خالی ذخیره نمی‌شود
blob-hashing-unfinished = هش‌کردن به پایان نرسید: { $detail }
blob-none-readable = blob { $h } که بتوانید بخوانید وجود ندارد
blob-none-readable-sign = blob { $h } که بتوانید بخوانید وجود ندارد (درخواست را امضا کنید)
blob-none = blob { $h } وجود ندارد
checkpoint-none-yet = هنوز هیچ نقطهٔ بررسی‌ای منتشر نشده است
tile-path-malformed = مسیر کاشی نامعتبر است: { $why }
tile-none = کاشی { $path } در درختی با { $size } ثبت وجود ندارد

## crates/server/src/http/web.rs

web-ui-not-built = رابط وب در این نسخهٔ سرور گنجانده نشده است
web-asset-none = فایل { $url } وجود ندارد
stream-public-full = همهٔ { $streams } جریان زندهٔ عموم باز است: صفحه بدون آن هم کار می‌کند (برای دیدن ثبت‌های تازه آن را دوباره بارگذاری کنید)؛ عضوی که وارد شود جریان خود را دارد

## crates/server/src/http/work.rs

work-unfinished = کار به پایان نرسید: { $detail }

## crates/server/src/reminders.rs

reminder-address-invalid = نشانی ایمیل «{ $address }» معتبر نیست: { $why }
reminder-not-a-member = یادآوری‌ها برای اعضاست: این کلید از آنِ هیچ عضوی نیست
reminder-smtp-failed = ارسال ایمیل از طریق { $relay }: { $why }
reminder-address-too-long = از 254 بایت بلندتر است
reminder-address-control-character = یک نویسهٔ کنترلی در بر دارد
reminder-address-not-ascii = تنها به نشانی‌های ASCII ایمیل فرستاده می‌شود (رله ممکن است SMTPUTF8 را پشتیبانی نکند)
reminder-address-domain = دامنه باید نامی دارای نقطه باشد، نه یک نشانی یا برچسبی تک‌بخشی

## crates/server/src/report.rs

report-entry-missing = ثبت { $index } در مخزن نیست
report-no-inclusion-proof = اثبات شمولی برای ثبت { $index } وجود ندارد: { $detail }
report-format-unknown = قالب «{ $format }» یکی از { $all } نیست
