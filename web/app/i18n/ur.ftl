### Truce: the interface in Urdu (ur).
### One catalogue per language, the same messages as en.ftl (crates/server/tests/catalogues.rs
### checks it); terms as in web/GLOSSARY.md. Text from the log is never translated.

## The header, the router and the log watch (app.js, index.html)

app-skip = مواد پر جائیں
app-nav-main = مرکزی فہرست
app-nav-overview = جائزہ
app-nav-process = عمل
app-nav-negotiation = مذاکرات
app-nav-map = واقعات کا نقشہ
app-nav-verification = تصدیق
app-nav-compliance = پاسداری
app-nav-ledger = رجسٹر
app-language = زبان
app-title-overview = جائزہ
app-title-process = عمل
app-title-negotiation = مذاکرات کا کمرہ
app-title-map = واقعات کا نقشہ
app-title-verification = تصدیقی بورڈ
app-title-compliance = پاسداری
app-title-ledger = رجسٹر کا معائنہ
app-title-enrol = اندراج کریں
app-title-signin = سائن ان
app-not-found = صفحہ نہیں ملا
app-no-page = { $path } پر کوئی صفحہ موجود نہیں
app-signed-in-as = سائن ان بطور
app-sign-out = سائن آؤٹ
app-public-view = عوامی منظر
app-sign-in = سائن ان
app-enrol = اندراج کریں
app-live =
    رجسٹر: { $n ->
        [one] { $n } اندراج
       *[other] { $n } اندراجات
    }
app-live-updated =
    رجسٹر: { $n ->
        [one] { $n } اندراج
       *[other] { $n } اندراجات
    } · تازہ کاری ہو گئی
app-watch-first = رجسٹر کی نگرانی: سائز { $size } کے چیک پوائنٹ کی تصدیق ہو گئی اور یہ اس براؤزر میں محفوظ کر لیا گیا۔
app-watch-same = رجسٹر کی نگرانی: سائز { $size }، جیسا کہ اس براؤزر نے پہلے دیکھا تھا۔
app-watch-extends = رجسٹر کی نگرانی: سائز { $size }، اس سائز { $seen } کا تسلسل ہے جو اس براؤزر نے دیکھا تھا (مطابقت کا ثبوت یہیں جانچا گیا)۔
app-watch-unverified = رجسٹر کی نگرانی: یہ چیک پوائنٹ کچھ ثابت نہیں کرتا ({ $why })۔
app-alarm = انتباہ ({ $kind }): { $what }۔
app-alarm-kind-fork = رجسٹر کی دو شاخیں
app-alarm-kind-rollback = رجسٹر کی واپسی
app-alarm-kind-inconsistent = غیر مطابق تاریخ
app-alarm-kind-keys = کلیدوں میں تبدیلی
app-alarm-advice = اس رجسٹر نے اس براؤزر کو اپنی تاریخ کی دو مختلف صورتیں دکھائی ہیں، یا ان میں سے ایک کا کچھ حصہ چھپایا ہے۔ ثبوت محفوظ رکھیں اور ثالثوں اور دوسرے فریق کو مطلع کریں۔
app-alarm-checkpoints = دونوں دستخط شدہ چیک پوائنٹس
app-alarm-download = ثبوت ڈاؤن لوڈ کریں
app-alarm-check = (اس کی جانچ کے لیے یہ کمانڈ استعمال کریں: { $command })
app-dismiss = بند کریں

## Shared by every page (core.js)

core-list-sep = ،
core-sign-and-submit = دستخط کر کے جمع کرائیں
core-act-done = { $what }: اندراج نمبر { $index }
core-act-refused = { $what } — درخواست مسترد کر دی گئی: { $why }
core-no-key-yet = اس براؤزر میں ابھی کوئی کلید موجود نہیں: پہلے دعوت نامے کے کوڈ کے ذریعے اندراج کریں
core-no-key = اس براؤزر میں کوئی کلید موجود نہیں: پہلے اندراج کریں
core-unknown-kind = رجسٹر { $kind } قسم کا کوئی اقدام قبول نہیں کرتا
core-file-too-big = فائل کا حجم { $size } بائٹس ہے؛ کسی فائل کا زیادہ سے زیادہ حجم { $max } بائٹس (64 MiB) ہو سکتا ہے
core-proof-index = اشاریہ { $index } سائز { $size } سے کم نہیں ہے
core-proof-long = ثبوت درخت کی گہرائی سے لمبا ہے
core-proof-short = ثبوت درخت کی گہرائی سے چھوٹا ہے
core-not-a-note = یہ دستخط شدہ نوٹ نہیں ہے
core-bad-sig-line = دستخط کی ناقص سطر: { $line }
core-no-sig-by-key = اس کلید سے کوئی دستخط موجود نہیں
core-unknown-key-type = کلید کی نامعلوم قسم: { $type }

## The log watch's findings (watch.js)

watch-no-answer = رجسٹر نے جواب نہیں دیا ({ $why })
watch-bad-log-sig = رجسٹر کے اپنے چیک پوائنٹ پر اس کے دستخط کی تصدیق نہیں ہوتی
watch-under-quorum = اس براؤزر کے پہلی بار دیکھے گئے گواہوں کے { $n } مشترکہ دستخط، جبکہ کورم { $quorum } ہے
watch-keys-log-key = رجسٹر اب رجسٹر کی ایک دوسری کلید بتا رہا ہے، جو اس سے مختلف ہے جو اس براؤزر نے پہلی بار دیکھی تھی
watch-keys-witnesses = رجسٹر اب گواہوں کی ایسی فہرست بتا رہا ہے جس میں { $names } شامل نہیں، جو اس سے مختلف ہے جو اس براؤزر نے پہلی بار دیکھی تھی
watch-keys-quorum = رجسٹر اب کورم { $was } کے بجائے { $now } بتا رہا ہے، جو اس سے مختلف ہے جو اس براؤزر نے پہلی بار دیکھا تھا
watch-fork = سائز { $size } کے دو چیک پوائنٹس جن کی جڑیں مختلف ہیں
watch-rollback =
    رجسٹر نے سائز { $old } کے بعد سائز { $size } پیش کیا: { $lost ->
        [one] { $lost } اندراج واپس لے لیا گیا
       *[other] { $lost } اندراجات واپس لے لیے گئے
    }
watch-no-proof = سائز { $old } سے مطابقت کا کوئی ثبوت نہیں ملا ({ $why })
watch-bad-proof = رجسٹر کے اس ثبوت کی تصدیق نہیں ہوتی کہ سائز { $size } کا اس کا درخت، سائز { $old } کے اس درخت کا تسلسل ہے جو اس براؤزر نے دیکھا تھا
watch-not-extended = رجسٹر کا سائز { $size } کا درخت، سائز { $old } کے اس درخت کا تسلسل نہیں جو اس نے پہلے اس براؤزر کو دکھایا تھا

## Process overview (web/app/pages/overview.js)

ov-title = عمل کا جائزہ
ov-agreement = معاہدہ
ov-rounds = ادوار
ov-participants = شرکاء
ov-removed = (ہٹا دیا گیا)

## The agreement's status

ov-adopted = منظور شدہ
ov-not-adopted = غیر منظور شدہ
ov-adopted-unpublished = ایک معاہدہ منظور ہو چکا ہے؛ اشاعت تک اس کا متن صرف اراکین کے لیے ہے۔
ov-no-agreement = ابھی تک کوئی معاہدہ منظور نہیں ہوا۔
ov-version-content = نسخہ { $version }، مواد
ov-signed-by = { $member } ({ $participant }) نے { $at } پر دستخط کیے
ov-witnessed-by = { $member } ({ $participant }) نے { $at } پر گواہی دی
ov-receipt = رسید

## What needs the signed-in member's action

ov-todo = میرے اقدام کے منتظر امور
ov-sign-in-to-see = یہ دیکھنے کے لیے سائن ان کریں کہ کن امور پر آپ کا اقدام درکار ہے۔
ov-nothing-waits = اس وقت کوئی معاملہ آپ کا منتظر نہیں۔
ov-wait-sign = اگر آپ کا وفد نسخہ { $id } قبول کرتا ہے تو اس پر دستخط کریں
ov-wait-sign-titled = اگر آپ کا وفد نسخہ { $id } (“{ $title }”) قبول کرتا ہے تو اس پر دستخط کریں
ov-wait-witness = نسخہ { $id } کی گواہی دیں
ov-wait-witness-titled = نسخہ { $id } (“{ $title }”) کی گواہی دیں
ov-wait-relay = نسخہ { $id } کی ان فریقوں کو ترسیل کریں جن کے پاس یہ نہیں ہے
ov-wait-relay-titled = نسخہ { $id } (“{ $title }”) کی ان فریقوں کو ترسیل کریں جن کے پاس یہ نہیں ہے
ov-wait-reply = معاملہ { $id } میں جواب دیں
ov-wait-reply-titled = معاملہ { $id } میں جواب دیں: { $title }
ov-wait-assess = معاملہ { $id } کا جائزہ لیں
ov-wait-propose = معاملہ { $id } پر نتیجہ تجویز کریں
ov-wait-vote = نتیجہ { $id } پر ووٹ دیں
ov-wait-appeal = اگر آپ کا وفد جرمانہ { $id } سے اختلاف کرتا ہے تو اپیل کریں
ov-wait-decide = جرمانہ { $id } کی اپیل کا فیصلہ کریں
ov-wait-serve = جرمانہ { $id } کی باضابطہ اطلاع دیں
ov-wait-deadline = آخری تاریخ: { $title }
# An act the page has no sentence for: its kind, the object's type and id.
ov-wait-other = { $type } { $id } پر { $kind }
# Before the due time: " — due <time>".
ov-due = آخری تاریخ
ov-overdue = (وقت گزر چکا)

## Reminders

ov-reminders = ای میل اور کیلنڈر کے ذریعے یاد دہانیاں
ov-calendar-feed = کیلنڈر فیڈ (اسے نجی رکھیں؛ اپنی کلید بدلنے سے یہ ختم ہو جاتی ہے):
ov-subscribe = سبسکرائب کریں
ov-email-label = یاد دہانیاں اس ای میل پر بھیجیں (خالی: کوئی نہیں)
ov-email-hint = ہر یاد دہانی شناختوں کے ساتھ بتاتی ہے کہ کیا زیرِ التوا ہے اور کب تک؛ اس میں عمل کا کوئی متن کبھی شامل نہیں ہوتا۔
ov-save = محفوظ کریں
ov-reminders-go-to = یاد دہانیاں { $email } پر بھیجی جاتی ہیں۔
ov-reminders-off = یاد دہانیاں اب ای میل نہیں کی جاتیں۔

## A round's state (tv: ov-round-state)

ov-round-state-scheduled = طے شدہ
ov-round-state-in-session = اجلاس جاری
ov-round-state-stalled = تعطل کا شکار
ov-round-state-suspended = معطل
ov-round-state-resumed = دوبارہ شروع
ov-round-state-concluded = اختتام پذیر

## A participant's kind (tv: ov-kind)

ov-kind-party = فریق
ov-kind-mediator = ثالث
ov-kind-monitor = نگران
ov-kind-observer = مبصر

## A member's role (tv: ov-role)

ov-role-signatory = دستخط کنندہ
ov-role-delegate = مندوب
ov-role-mediator = ثالث
ov-role-witness = گواہ
ov-role-secretariat = سیکرٹریٹ
ov-role-monitor = نگران
ov-role-observer = مبصر

## The process page (web/app/pages/process.js)

proc-heading = عمل
# Fields and table columns used in several forms of the page.
proc-id = شناخت
proc-field-title = عنوان
proc-name = نام
proc-participant = شریک
proc-roles = کردار
proc-status = صورتحال
proc-acts = اقدامات

## Definition

proc-definition = تعریف
# After the process's title (in bold).
proc-def-summary = ({ $id })؛ منظوری کے لیے { $n ->
        [one] { $n } ثالث
       *[other] { $n } ثالثوں
    } کی گواہی درکار ہے۔
proc-not-defined = عمل ابھی متعین نہیں ہوا۔
proc-define = عمل متعین کریں
proc-quorum = منظوری کے لیے درکار ثالثوں کی گواہیاں (خالی: سب)

## Participants

proc-participants = شرکاء
proc-add-participant = شریک شامل کریں
proc-kind = قسم

## Members

proc-members = اراکین
proc-members-signed-in = اراکین کی فہرست صرف سائن ان شدہ اراکین کو دکھائی جاتی ہے۔
proc-key-placeholder = name+hex+base64 شکل میں تصدیقی کلید
proc-rotate = { $member } کی کلید بدلیں
proc-new-key = نئی تصدیقی کلید
proc-remove = { $member } کو ہٹائیں
proc-remove-reason = وجہ (مہر بند: عمل کے اراکین اسے پڑھتے ہیں)
proc-removed-at = اندراج { $entry } پر ہٹایا گیا
proc-removed-at-reason = اندراج { $entry } پر ہٹایا گیا: { $reason }
proc-active = فعال
proc-key = کلید
proc-add-member = ایسی کلید کے ساتھ رکن شامل کریں جو اسی کے پاس ہو
proc-member-id = رکن کی شناخت
proc-their-key = رکن کی تصدیقی کلید

## Invitations

proc-invitations = دعوت نامے
proc-member = رکن
proc-invited = مدعو
proc-expires = میعاد
proc-entry = اندراج { $entry }
proc-entry-paren = (اندراج { $entry })
proc-no-invitation = ابھی کوئی دعوت نامہ نہیں۔
proc-invite = رکن کو مدعو کریں
proc-invite-link = یہ ایک بار قابلِ استعمال لنک مدعو کو کسی قابلِ اعتماد ذریعے سے دیں؛ یہ صرف ابھی دکھایا جا رہا ہے۔
proc-valid-days = میعاد (دنوں میں، رجسٹر کی گھڑی کے مطابق؛ خالی: استعمال یا واپسی تک)
proc-withdraw = { $member } کا دعوت نامہ واپس لیں
proc-sign-withdraw = دستخط: واپس لیں
proc-withdrawn = دعوت نامہ واپس لے لیا گیا
proc-reason-public = وجہ (عوامی)

## Rounds

proc-rounds = ادوار
proc-move = { $round } کی حالت بدلیں
proc-to = نئی حالت
proc-transition-reason = وجہ (تعطل یا معطلی کے لیے لازمی)
proc-outcome = ماحصل
proc-walked-out = وہ وفد جو اجلاس چھوڑ کر چلا گیا (معطلی کی صورت میں)
proc-schedule = دور طے کریں
proc-place = مقام
proc-starts = آغاز
proc-ends = اختتام

## Deadlines

proc-deadlines = آخری تاریخیں
proc-no-deadline = کوئی آخری تاریخ مقرر نہیں۔
proc-set-deadline = آخری تاریخ مقرر کریں
proc-what-due = کیا مطلوب ہے
proc-due = آخری تاریخ
proc-round = دور

## Communiqués

proc-communiques = اعلامیے
proc-none-issued = کوئی اعلامیہ جاری نہیں ہوا۔
proc-issue = اعلامیہ جاری کریں
proc-text-public = متن (عوامی)

## A round's state (tv: proc-round-state)

proc-round-state-scheduled = طے شدہ
proc-round-state-in-session = اجلاس جاری
proc-round-state-stalled = تعطل کا شکار
proc-round-state-suspended = معطل
proc-round-state-resumed = دوبارہ شروع
proc-round-state-concluded = اختتام پذیر

## A participant's kind (tv: proc-participant-kind)

proc-participant-kind-party = فریق
proc-participant-kind-mediator = ثالث
proc-participant-kind-monitor = نگران
proc-participant-kind-observer = مبصر

## A member's role (tv: proc-role)

proc-role-signatory = دستخط کنندہ
proc-role-delegate = مندوب
proc-role-mediator = ثالث
proc-role-witness = گواہ
proc-role-secretariat = سیکرٹریٹ
proc-role-monitor = نگران
proc-role-observer = مبصر

## An invitation's status (tv: proc-inv-status)

proc-inv-status-pending = زیرِ التوا
proc-inv-status-used = استعمال شدہ
proc-inv-status-revoked = واپس لیا گیا
proc-inv-status-expired = میعاد ختم

## Negotiation room (pages/negotiation.js)

neg-title = مذاکرات کا کمرہ
neg-drafts-confidential = مسودے خفیہ ہیں: اپنے وفد کے پاس موجود نسخے دیکھنے کے لیے سائن ان کریں۔ عوام صرف منظور شدہ معاہدہ دیکھ سکتے ہیں۔
neg-no-version = ابھی کوئی ایسا نسخہ نہیں جو آپ پڑھ سکیں۔
neg-version-option = { $id } — { $title } ({ $author })
neg-mediators = ثالث
neg-compare-none = — کوئی نہیں —
neg-langs-side-by-side = زبانیں ساتھ ساتھ
neg-authentic = (مستند)
neg-version = نسخہ
neg-compare-with = موازنہ برائے
neg-text-heading = { $title } — نسخہ { $id }
neg-submitted-by = { $member } ({ $participant }) نے { $at } پر پیش کیا؛ مواد
neg-the-mediators = ثالث
neg-unattributed = غیر منسوب
neg-changes-from-to = { $from } سے { $to } تک تبدیلیاں
neg-clause-status = شق کی حیثیت:
neg-col-clause = شق
neg-col-status = حیثیت
neg-article = دفعہ { $num }۔
neg-alternative = [متبادل { $n }:
neg-comments-on = { $eid } پر تبصرے
neg-no-clause-changed = کوئی شق تبدیل نہیں ہوئی۔
neg-col-change = تبدیلی
neg-col-words = الفاظ

## Shuttle history

neg-hist-submitted = { $id } پیش کیا گیا
neg-hist-mediators-unattributed = ثالث (غیر منسوب)
neg-hist-relayed = { $id } کی ترسیل ہوئی
neg-hist-signed = { $id } پر دستخط ہوئے
neg-hist-witnessed = { $id } پر گواہی ہوئی
neg-shuttle-history = شٹل سفارت کاری کی تاریخ
neg-col-entry = اندراج
neg-col-when = کب
neg-col-what = کیا
neg-col-by = کس نے
neg-col-to = کس کو

## Acts on a version

neg-act = کارروائی
neg-sign-in-to-act = کارروائی کے لیے سائن ان کریں۔
neg-imported = { $articles ->
        [one] { $articles } دفعہ
       *[other] { $articles } دفعات
    } اور { $clauses ->
        [one] { $clauses } شق
       *[other] { $clauses } شقیں
    } درآمد کی گئیں: بھیجنے سے پہلے ان کی جانچ کر لیں۔
neg-docx-unreadable = ‎.docx فائل پڑھی نہیں جا سکی: { $why }
neg-paste-ph-article = # دفعہ 1 …
neg-paste-ph-first = پہلی شق۔
neg-paste-ph-second = دوسری شق۔
neg-pasted = { $articles ->
        [one] { $articles } دفعہ
       *[other] { $articles } دفعات
    } اور { $clauses ->
        [one] { $clauses } شق
       *[other] { $clauses } شقیں
    } چسپاں کی گئیں: بھیجنے سے پہلے ان کی جانچ کر لیں۔
neg-paste-into-clauses = شقوں میں چسپاں کریں
neg-import-summary = مسودہ درآمد کریں: ‎.docx فائل یا چسپاں کیا گیا متن
neg-import-docx = ‎.docx فائل (ہر سرخی ایک دفعہ، ہر پیراگراف ایک شق)
neg-import-in-language = زبان
neg-import-paste = یا متن چسپاں کریں (“Article” یا “#” سے شروع ہونے والی سطر نئی دفعہ شروع کرتی ہے؛ خالی سطریں شقوں کو الگ کرتی ہیں)
neg-changes-against = یہ نسخہ { $id } کے مقابلے میں کیا تبدیل کرتا ہے
neg-new-draft-by-clause = نیا مسودہ، شق بہ شق
neg-show-changes = دکھائیں کہ یہ نسخہ کیا تبدیل کرتا ہے
neg-submit-amended-title = { $id } کا ترمیم شدہ نسخہ ثالثوں کو پیش کریں
neg-submit-new-title = نیا مسودہ ثالثوں کو پیش کریں
neg-submit-draft = مسودہ پیش کریں
neg-submit-new-draft = نیا مسودہ پیش کریں
neg-draft-submitted = مسودہ پیش کر دیا گیا
neg-languages-codes = زبانیں (کوڈ؛ پہلی زبان مستند ہے)
neg-new-version-id = نئے نسخے کی شناخت
neg-draft = مسودہ
neg-bridging-text = انتساب کے بغیر مصالحتی متن
neg-relay-to = کس کو
neg-relay-title = { $id } کی ترسیل
neg-relay = ترسیل کریں
neg-relayed = ترسیل ہو گئی
neg-note = نوٹ
neg-vis-choice-internal = اندرونی (میرا وفد)
neg-vis-choice-mediators = ثالثوں کے لیے
neg-vis-choice-shared = مشترکہ (متن رکھنے والے سب)
neg-comment-title = { $id } پر تبصرہ
neg-add-comment = تبصرہ شامل کریں
neg-comment-added = تبصرہ شامل ہو گیا
neg-clause = شق
neg-visibility = رسائی
neg-comment = تبصرہ
neg-sign-title = { $id } پر دستخط
neg-sign-this-version = اس نسخے پر دستخط کریں
neg-signed = دستخط ہو گئے
neg-content = مواد
neg-sign-binds = دستخط آپ کے وفد کو بالکل اسی متن کا پابند کرتا ہے۔
neg-witness-title = { $id } پر گواہی
neg-witness-this-version = اس نسخے پر گواہی دیں
neg-witnessed = گواہی ہو گئی
neg-witness-binds = ثالث بالکل اسی متن پر فریقین کے دستخطوں کی گواہی دیتے ہیں۔
neg-nothing-to-do = اس وقت اس نسخے پر آپ کے کرنے کو کچھ نہیں۔
neg-copy-title = { $id } کا متن، محفوظ رکھنے یا دستخط کے لیے
neg-print = پرنٹ کریں
neg-show-signing-copy = دستخطی نقل دکھائیں
neg-download-docx = ‎.docx ڈاؤن لوڈ کریں

## Clause statuses (tv "neg-status")

neg-status-proposed = تجویز کردہ
neg-status-bracketed = قوسین میں
neg-status-agreed-ad-referendum = منظوری سے مشروط متفق علیہ
neg-status-agreed = متفق علیہ

## Clause changes between versions (tv "neg-change")

neg-change-added = شامل کی گئی
neg-change-removed = حذف کی گئی
neg-change-changed = تبدیل شدہ
neg-change-moved = منتقل شدہ
neg-change-moved-and-changed = منتقل اور تبدیل شدہ
neg-change-unchanged = غیر تبدیل شدہ

## Who may read a comment (tv "neg-visibility")

neg-visibility-internal = اندرونی
neg-visibility-mediators = ثالثوں کے لیے
neg-visibility-shared = مشترکہ

## Clause editor, pre-send changes, signing copy and .docx export (editor.js)

ed-title = عنوان
ed-article = دفعہ { $num }
ed-add-paragraph = دفعہ { $num } میں ایک شق شامل کریں
ed-add-article = ایک دفعہ شامل کریں
ed-status = حیثیت
ed-remove = ہٹائیں
ed-alternative = متبادل { $n }
ed-remove-alternative = ہٹائیں
ed-add-alternative = ایک متبادل شامل کریں
ed-no-changes = یہ نسخہ اپنے پچھلے نسخے کے مقابلے میں کچھ تبدیل نہیں کرتا۔
ed-col-clause = شق
ed-col-change = تبدیلی
ed-col-status = حیثیت
ed-col-before = پہلے
ed-col-after = بعد میں
ed-version-of-draft = مسودہ { $draft } کا نسخہ { $id }۔ مواد کا SHA-256:
ed-signature-binds = دستخط بالکل اسی مواد کا پابند کرتا ہے: دستخط سے پہلے ہیش کا رجسٹر کے اندراج سے موازنہ کریں۔
ed-cannot-load = { $file } لوڈ نہیں ہو سکی
ed-alternative-docx = [متبادل { $n }]

## Clause statuses (tv "ed-status")

ed-status-proposed = تجویز کردہ
ed-status-bracketed = قوسین میں
ed-status-agreed-ad-referendum = منظوری سے مشروط متفق علیہ
ed-status-agreed = متفق علیہ

## Changes before sending (tv "ed-change")

ed-change-added = شامل کی گئی
ed-change-changed = تبدیل شدہ
ed-change-removed = حذف کی گئی

## Incident map: filters and the map

map-title = واقعات کا نقشہ
map-filters = فلٹرز
map-any = کوئی بھی
map-from = سے
map-to = تک
map-category = زمرہ
map-alleged-party = مبینہ فریق
map-status = حیثیت
map-region = رپورٹ شدہ واقعات کا نقشہ
map-list = منظر میں موجود واقعات
map-legend-status = حیثیت:
map-attribution = سرحدیں: Natural Earth
map-list-item = { $when } · { $category } · { $place } ({ $status })
map-summary-points = { $n ->
    [one] منظر میں { $n } واقعہ
   *[other] منظر میں { $n } واقعات
}
map-summary-clusters = منظر میں { $n } واقعات، { $clusters ->
    [one] { $clusters } جھرمٹ
   *[other] { $clusters } جھرمٹوں
} میں: الگ الگ رپورٹیں دیکھنے کے لیے زوم اِن کریں
map-cluster-title = { $n ->
    [one] { $n } واقعہ
   *[other] { $n } واقعات
}، زیادہ تر { $category }
map-list-summary = منظر میں موجود واقعات (فہرست)

## Incident map: a report's popup

map-popup-when-where = { $when }، { $where }
map-popup-point = { $lat }، { $lon }
map-popup-alleged = مبینہ فریق: { $party }۔
map-popup-border = سرحد سے { $km } کلومیٹر، { $side } کی جانب۔
map-popup-footer = { $id } · رپورٹ کنندہ { $reporter } ({ $channel }) · اندراج { $index }

## Incident map: the report form

map-report-title = کسی واقعے کی رپورٹ کریں
map-report-not-now = آپ اس وقت رپورٹ درج نہیں کر سکتے۔
map-report-sign-in = رپورٹ درج کرنے کے لیے سائن ان کریں۔
map-unknown-party = نامعلوم
map-report-pick = مقام منتخب کرنے کے لیے نقشے پر کلک کریں، یا اسے ٹائپ کریں۔
map-lat = عرض بلد
map-lon = طول بلد
map-occurred = وقوع کا وقت (UTC)
map-place = مقام
map-narrative = کیا ہوا
map-source = ماخذ
map-casualties = جانی نقصان (بہترین تخمینہ)
map-evidence-files = ثبوت کی فائلیں
map-evidence-files-hint = تصاویر، ویڈیو، دستاویزات: ہر فائل اپنے SHA-256 ہیش کے ذریعے محفوظ کی جاتی ہے اور تحویل کے سلسلے میں درج کی جاتی ہے۔
map-public-channel = عوامی چینل سے ترسیل شدہ
map-report-submit = دستخط کریں اور رپورٹ درج کریں
map-reported-point = رپورٹ شدہ مقام
map-report-filed = رپورٹ { $id } اندراج { $index } پر درج ہو گئی۔
map-evidence-entered = ثبوت { $name } ({ $hash }…) اندراج { $index } پر درج ہو گیا۔
map-report-refused = رپورٹ مسترد: { $why }

## Incident map: evidence, merging and import

map-evidence-title = ثبوت جمع کرائیں
map-evidence-submit = دستخط کریں اور ثبوت جمع کرائیں
map-file = فائل
map-for-report = متعلقہ رپورٹ
map-merge-title = دہری رپورٹیں ضم کریں
map-merge-submit = انضمام پر دستخط کریں
map-merge-keep = برقرار رہنے والی رپورٹ
map-merge-merged = اس میں ضم ہونے والی رپورٹیں
map-merge-reason = یہ ایک ہی واقعہ کیوں ہیں
map-import-title = ACLED کے واقعات درآمد کریں (CSV)
map-import-submit = درآمد پر دستخط کریں
map-import-file = ACLED برآمدی فائل
map-import-hint = ہر قطار ایک رپورٹ بن جاتی ہے جس کا مقام سرحد کے لحاظ سے متعین ہوتا ہے؛ فائل اپنے ہیش کے ذریعے محفوظ رکھی جاتی ہے۔

## Incident status (as the reader may know it)

map-status-reported = رپورٹ شدہ
map-status-under-verification = زیرِ تصدیق
map-status-confirmed = تصدیق شدہ
map-status-not-confirmed = غیر تصدیق شدہ
map-status-merged = ضم شدہ

## Incident categories (the defaults; an agreement may name others)

map-cat-armed-clash = مسلح جھڑپ
map-cat-air-drone-strike = فضائی یا ڈرون حملہ
map-cat-shelling = گولہ باری
map-cat-cross-border-raid = سرحد پار چھاپہ
map-cat-ied = دیسی ساختہ بم
map-cat-attack-on-civilians = شہریوں پر حملہ
map-cat-movement-of-forces = افواج کی نقل و حرکت
map-cat-obstruction-of-monitors = نگرانی ٹیموں کے کام میں رکاوٹ
map-cat-hostile-propaganda = معاندانہ پروپیگنڈا
map-cat-other = دیگر

## The channel a report came through

map-channel-monitor = نگرانی ٹیم
map-channel-party = فریق
map-channel-mediator = ثالث
map-channel-public = عوام

## Verification board (web/app/pages/verification.js)

ver-title = تصدیق بورڈ
ver-public-notice = عوام صرف شائع شدہ نتائج دیکھ سکتے ہیں۔ جن معاملات کا تعلق آپ سے ہے انہیں دیکھنے کے لیے سائن ان کریں۔
ver-col-open = کھلے: ثبوت اور جوابات ({ $n })
ver-col-awaiting-quorum = کورم کا منتظر نتیجہ ({ $n })
ver-col-decided = فیصل شدہ ({ $n })

## A case's card

ver-case-title = معاملہ { $id }
ver-incidents = واقعات
ver-action-ref = اقدام { $id }
ver-accused = ملزم فریق
ver-team = ٹیم
ver-reply-due = جواب کی آخری تاریخ
ver-overdue = (مدت گزر چکی)
ver-replied = جواب دیا جا چکا
ver-requests = مطلوبہ ثبوت
ver-request-item = { $from }: { $what } — آخری تاریخ { $due }
ver-replies = جوابات
ver-late = تاخیر سے
ver-assessments = جائزے
ver-assessment = { $member }: { $outcome } — وقوع { $happened }%، ذمہ داری { $responsible }%۔ { $note }
ver-assessment-attributed = { $member }: { $outcome } — وقوع { $happened }%، ذمہ داری { $responsible }% ({ $party })۔ { $note }
ver-finding = نتیجہ
ver-quorum = کورم: { $quorum } میں سے { $concur } متفق
ver-in-effect = اندراج { $index } سے نافذ
ver-published = شائع شدہ
ver-vote-concurs = { $member } ({ $participant }): متفق
ver-vote-dissents = { $member } ({ $participant }): اختلاف
ver-prescribes = جدول یہ مقرر کرتا ہے: { $penalty } (قاعدہ { $rule }، خلاف ورزی نمبر { $count })۔

## A case's acts

ver-request-title = ثبوت طلب کریں
ver-request-sign = درخواست پر دستخط کریں
ver-request-done = ثبوت طلب کیا گیا
ver-from = کس سے
ver-what = کیا
ver-due = آخری تاریخ (18:00 UTC)
ver-reply-title = آپ کے وفد کا جواب
ver-reply-sign = دستخط کر کے جواب داخل کریں
ver-reply-done = جواب داخل ہو گیا
ver-reply-to-case = — (معاملے کا جواب)
ver-answering = درخواست کے جواب میں
ver-assess-title = جائزہ لیں
ver-assess-sign = جائزے پر دستخط کریں
ver-assess-done = جائزہ داخل ہو گیا
ver-happened = وقوع (%)
ver-responsible = ذمہ داری (%)
ver-outcome = حاصل
ver-attributed-to = کس سے منسوب
ver-note = نوٹ
ver-commitments-breached = جن عہود کی خلاف ورزی ہوئی (کوئی نہ چنا جائے تو وہ تمام جن کی یہ زمرہ خلاف ورزی کرتا ہے)
ver-propose-title = نتیجہ تجویز کریں
ver-propose-sign = دستخط کر کے تجویز کریں
ver-propose-done = نتیجہ تجویز ہو گیا
ver-party = فریق
ver-category = زمرہ
ver-severity = سنگینی
ver-summary = خلاصہ
ver-vote-title = ووٹ
ver-vote-sign = ووٹ پر دستخط کریں
ver-vote-done = ووٹ ڈال دیا گیا
ver-i-dissent = مجھے اختلاف ہے
ver-dissent-reason = وجہ (اختلاف کے لیے لازمی)
ver-publish-title = شائع کریں
ver-publish-sign = نتیجہ شائع کریں
ver-publish-done = شائع ہو گیا
ver-public-statement = عوامی بیان
ver-impose-title = جرمانہ عائد کریں
ver-impose-sign = مقررہ جرمانہ عائد کریں ({ $penalty })
ver-impose-done = جرمانہ عائد ہو گیا
ver-detail = تفصیل (اختیاری)

## Penalties and appeals

ver-penalty-line = جرمانہ { $id }: { $party } پر { $kind }
ver-appeal-until = { $at } تک اپیل ممکن ہے
ver-appealed = اپیل کی گئی: { $grounds }
ver-appeal-title = اس جرمانے کے خلاف اپیل کریں
ver-appeal-sign = دستخط کر کے اپیل کریں
ver-appeal-done = اپیل داخل ہو گئی
ver-appeal-note = صرف ایک اپیل، { $at } تک۔
ver-grounds = وجوہات
ver-decide-title = اپیل کا فیصلہ کریں
ver-decide-sign = فیصلے پر دستخط کریں
ver-decide-done = اپیل کا فیصلہ ہو گیا
ver-decision = فیصلہ
ver-reason = وجہ
ver-serve-title = جرمانے پر عمل درآمد
ver-serve-sign = دستخط: عمل درآمد ہو گیا
ver-serve-done = جرمانے پر عمل درآمد ہو گیا
ver-lift-title = جرمانہ اٹھائیں
ver-lift-sign = دستخط: اٹھا لیا گیا
ver-lift-done = جرمانہ اٹھا لیا گیا

## Opening a case

ver-incident-filter = شناخت، مقام، زمرے یا تاریخ سے چھانٹیں
ver-open-title = معاملہ کھولیں
ver-open-sign = دستخط کر کے معاملہ کھولیں
ver-open-done = معاملہ کھل گیا
ver-find-reports = رپورٹیں تلاش کریں
ver-pick-reports = رپورٹیں (ایک یا زیادہ چنیں)
ver-accused-party = ملزم فریق
ver-joint-team-hint = مشترکہ ٹیموں میں ہر فریق کا ایک رکن شامل کریں۔
ver-hours-to-reply = جواب کی مہلت (گھنٹے)
ver-verify-action = اقدام کی رپورٹ { $id } کی تصدیق کریں

## Evidence and its chain of custody

ver-evidence = ثبوت
ver-access-title = رسائی (تحویل کے سلسلے میں درج ہوتی ہے)
ver-access-sign = رسائی پر دستخط کریں
ver-access-done = رسائی درج ہو گئی
ver-purpose = مقصد
ver-transfer-title = تحویل منتقل کریں
ver-transfer-sign = منتقلی پر دستخط کریں
ver-transfer-done = تحویل منتقل ہو گئی
ver-to = کس کو

## Outcomes of an assessment or a finding (tv)

ver-outcome-confirmed = ثابت شدہ
ver-outcome-not-confirmed = غیر ثابت شدہ
ver-outcome-no-violation = کوئی خلاف ورزی نہیں
ver-outcome-inconclusive = غیر حتمی
ver-outcome-verified = تصدیق شدہ
ver-outcome-not-verified = غیر تصدیق شدہ

## Incident categories: the defaults when the agreement names none (tv)

ver-category-armed-clash = مسلح جھڑپ
ver-category-air-drone-strike = فضائی یا ڈرون حملہ
ver-category-shelling = گولہ باری
ver-category-cross-border-raid = سرحد پار چھاپہ
ver-category-ied = دیسی ساختہ بم
ver-category-attack-on-civilians = شہریوں پر حملہ
ver-category-movement-of-forces = افواج کی نقل و حرکت
ver-category-obstruction-of-monitors = مبصرین کے کام میں رکاوٹ
ver-category-hostile-propaganda = معاندانہ پروپیگنڈا
ver-category-other = دیگر

## Severities (tv)

ver-severity-minor = معمولی
ver-severity-moderate = درمیانی
ver-severity-serious = سنگین
ver-severity-grave = انتہائی سنگین

## Kinds of penalty (tv)

ver-penalty-kind-formal-notice = باضابطہ نوٹس
ver-penalty-kind-public-attribution = ذمہ داری کا عوامی اعلان
ver-penalty-kind-fine = مالی جرمانہ
ver-penalty-kind-benefit-suspension = مراعات کی معطلی
ver-penalty-kind-referral = اعلیٰ حکام کو حوالگی

## A penalty's status (tv)

ver-penalty-status-imposed = عائد
ver-penalty-status-appealed = زیرِ اپیل
ver-penalty-status-overturned = کالعدم
ver-penalty-status-served = عمل درآمد شدہ
ver-penalty-status-lifted = اٹھا لیا گیا

## Decisions on an appeal: the picker (tv)

ver-decision-upheld = جرمانہ برقرار
ver-decision-overturned = جرمانہ کالعدم
ver-decision-varied = جرمانے میں ترمیم

## Decisions on an appeal: in a penalty's line (tv)

ver-appeal-result-upheld = اپیل: جرمانہ برقرار
ver-appeal-result-overturned = اپیل: جرمانہ کالعدم
ver-appeal-result-varied = اپیل: جرمانے میں ترمیم

## Compliance dashboard (web/app/pages/compliance.js)

comp-title = پاسداری
comp-members-only = میکانزم کی شرائط اور پاسداری صرف ارکان کے لیے ہیں: سائن ان کریں۔
comp-not-configured = نگرانی کا میکانزم ابھی ترتیب نہیں دیا گیا۔
comp-as-of = رجسٹر کے اس اندراج تک (اسے چھوڑ کر)
comp-show = دکھائیں
comp-latest = تازہ ترین
comp-as-of-note = پہلے { $upto } اندراجات کے مطابق صورتِ حال، بتاریخ { $at }۔

## Commitments table

comp-commitment = عہد
comp-clause = شق
comp-bearer = پابند فریق
comp-state = حالت
comp-why = وجہ
comp-entry-ref = [اندراج { $index }]
comp-action-title = اس عہد پر کیے گئے اقدام کی رپورٹ دیں
comp-action-sign = اقدام کی رپورٹ پر دستخط کریں
comp-action-what = آپ کے فریق نے کیا کیا

## Charts and penalties

comp-chart-violations = ہر فریق کی ثابت شدہ خلاف ورزیاں، ماہ وار
comp-chart-penalties = ہر فریق پر جرمانے، ماہ وار
comp-penalties = جرمانے
comp-none = کوئی نہیں۔

## Configuring the mechanism

comp-not-json = شرائط JSON میں نہیں ہیں: { $why }
comp-check-ok = رجسٹر یہ شرائط قبول کر لے گا۔
comp-check-refused = رجسٹر یہ شرائط مسترد کر دے گا: { $reason }
comp-check = قواعد کے مطابق جانچیں
comp-configure-title = نگرانی کا میکانزم ترتیب دیں
comp-configure-sign = میکانزم کی شرائط پر دستخط کریں
comp-agreement = منظور شدہ معاہدہ
comp-terms = شرائط (عہود، جرمانوں کا جدول، طریقۂ کار)
comp-territories-hint = علاقے: ہر فریق کا ملک اس کے ISO نام سے، مثلاً { $example }؛ ان کے درمیان سرحد پہلے سے شامل Natural Earth ڈیٹا سے شمار کی جاتی ہے۔
comp-rule-no-commitment = کوئی عہد نہیں: یہ قاعدہ کسی خلاف ورزی پر جرمانہ نہیں کرتا
comp-schedule-caption = جرمانوں کے جدول کا ہر قاعدہ کس پر جرمانہ کرتا ہے
comp-rule = قاعدہ
comp-penalty = جرمانہ
comp-categories = زمرے
comp-commitments-penalised = وہ عہود جن کی خلاف ورزی پر یہ جرمانہ کرتا ہے
comp-schedule-empty = جدول میں کوئی قاعدہ نہیں۔

## A commitment's state (tv)

comp-state-pending = زیرِ التوا
comp-state-in-force = نافذ
comp-state-suspended = معطل
comp-state-met = پورا ہوا
comp-state-overdue = مدت گزر چکی
comp-state-breached = خلاف ورزی ہوئی

## Kinds of penalty (tv)

comp-penalty-kind-formal-notice = باضابطہ نوٹس
comp-penalty-kind-public-attribution = ذمہ داری کا عوامی اعلان
comp-penalty-kind-fine = مالی جرمانہ
comp-penalty-kind-benefit-suspension = مراعات کی معطلی
comp-penalty-kind-referral = اعلیٰ حکام کو حوالگی

## A penalty's status (tv)

comp-penalty-status-imposed = عائد
comp-penalty-status-appealed = زیرِ اپیل
comp-penalty-status-overturned = کالعدم
comp-penalty-status-served = عمل درآمد شدہ
comp-penalty-status-lifted = اٹھا لیا گیا

## Decisions on an appeal (tv)

comp-appeal-result-upheld = اپیل: جرمانہ برقرار
comp-appeal-result-overturned = اپیل: جرمانہ کالعدم
comp-appeal-result-varied = اپیل: جرمانے میں ترمیم

## Ledger explorer: the latest checkpoint

led-title = رجسٹر ایکسپلورر
led-checkpoint-title = تازہ ترین چیک پوائنٹ
led-sig-log-ok = رجسٹر { $origin }: دستخط کی تصدیق ہو گئی
led-sig-log-bad = رجسٹر { $origin }: دستخط کی تصدیق نہیں ہوتی
led-sig-witness-ok = گواہ { $name }: { $at } پر مشترکہ دستخط کیے
led-sig-witness-bad = گواہ { $name }: { $why }
led-does-not-verify = تصدیق نہیں ہوتی
led-origin = ماخذ
led-size = حجم
led-root = جڑ
led-witnesses = گواہ
led-quorum = { $total } میں سے { $n } نے مشترکہ دستخط کیے (کورم { $quorum })
led-signed-note = دستخط شدہ نوٹ

## Ledger explorer: an entry and its inclusion proof

led-entry-title = ایک اندراج اور اس کا ثبوت
led-entry-index = اندراج نمبر
led-show-verify = دکھائیں اور تصدیق کریں
led-not-yet = اندراج { $index } ابھی تازہ ترین چیک پوائنٹ میں شامل نہیں (حجم { $size })
led-proof-ok = اندراج { $index } حجم { $size } والے چیک پوائنٹ میں شامل ہے: اس کا { $hashes } ہیش پر مشتمل ثبوت مشترکہ دستخط شدہ جڑ تک پہنچتا ہے (اسی براؤزر میں جانچا گیا)۔
led-proof-bad = اندراج { $index }: ثبوت چیک پوائنٹ کی جڑ تک نہیں پہنچتا۔
led-kind = قسم
led-signed-by = دستخط کنندہ
led-seq = دستخط کنندہ کا ترتیبی نمبر
led-leaf-hash = لیف ہیش
led-public-part = عوامی حصہ (باقی سربمہر ہے)
led-body = متن
led-download-receipt = tlog-proof رسید ڈاؤن لوڈ کریں

## Ledger explorer: a sealed entry's opening

led-sealed-closed = سربمہر: آپ ان میں شامل نہیں جو یہ اندراج کھول سکتے ہیں۔ تاہم اوپر دیا گیا کرپٹوگرافک عہد اس کے مواد کو بہرحال پابند رکھتا ہے۔
led-opening-bad = سرور کا فراہم کردہ کھولا گیا مواد اندراج کے کرپٹوگرافک عہد سے مطابقت نہیں رکھتا۔
led-opening-ok = کھول دیا گیا: سربمہر حصہ اندراج کے کرپٹوگرافک عہد سے مطابقت رکھتا ہے (اسی براؤزر میں جانچا گیا)۔
led-sealed-part = سربمہر حصہ
led-download-opening = کھولا گیا مواد ڈاؤن لوڈ کریں

## Enrolment with an invitation

enr-title = دعوت نامے کے ذریعے اندراج کریں
enr-intro = سیکرٹریٹ نے آپ کو ایک بار استعمال ہونے والا دعوتی کوڈ دیا ہے۔ یہ براؤزر آپ کی دستخطی کلید بناتا ہے؛ کلید کبھی اس سے باہر نہیں جاتی، اور آپ یہاں جو بھی اقدام کرتے ہیں اس پر اسی کلید سے دستخط ہوتے ہیں۔
enr-code = دعوتی کوڈ
enr-look-up = دعوت نامہ تلاش کریں
enr-used = یہ دعوت نامہ پہلے ہی استعمال ہو چکا ہے (اندراج { $index })۔
enr-revoked = سیکرٹریٹ نے یہ دعوت نامہ واپس لے لیا ہے: اس سے نیا دعوت نامہ طلب کریں۔
enr-expired = اس دعوت نامے کی میعاد { $at } کو ختم ہو گئی: سیکرٹریٹ سے نیا دعوت نامہ طلب کریں۔
enr-create-key = میری کلید بنائیں اور اندراج کریں
enr-member = رکن
enr-for = منجانب
enr-roles = کردار
enr-founding = بانی دعوت نامہ: اس براؤزر کی کلید اس عمل کی سیکرٹریٹ کی پہلی کلید ہوگی۔ یہ عمل کی تعریف، شرکاء کا اندراج اور ارکان کو مدعو کر سکتی ہے۔
enr-list-sep = ،
enr-enrolled = اندراج { $index } پر کلید { $key } کے ساتھ آپ کا اندراج ہو گیا۔ آپ سائن ان ہیں۔
enr-refused = اندراج مسترد: { $why }
enr-no-such-code = اس کوڈ کا کوئی دعوت نامہ موجود نہیں۔

## Sign-in with this browser's key

enr-signin-title = سائن ان
enr-no-key = اس براؤزر میں ابھی کوئی کلید نہیں ہے۔
enr-enrol-link = دعوتی کوڈ کے ذریعے اندراج کریں
enr-signin-button = اس براؤزر کی کلید سے سائن ان کریں
enr-this-key = اس براؤزر کی کلید:
enr-signed-in-as = بطور { $who } سائن ان۔
enr-forget-confirm = اس براؤزر کی کلید بھلا دی جائے؟ یہاں دوبارہ سائن ان کرنے کے لیے آپ کو نئے دعوت نامے کی ضرورت ہوگی۔
enr-forget = یہ کلید بھلا دیں
enr-signin-refused = سائن ان مسترد: { $why }

## Members' roles

enr-role-signatory = دستخط کنندہ
enr-role-delegate = مندوب
enr-role-mediator = ثالث
enr-role-witness = گواہ
enr-role-secretariat = سیکرٹریٹ
enr-role-monitor = نگران
enr-role-observer = مبصر

## Who is signed in, when not a member

enr-viewer-public = عوام
enr-viewer-secretariat = سیکرٹریٹ
enr-viewer-member = رکن

## The mechanism's structured editor (mechanism.js)

mech-procedure = طریقۂ کار
mech-force = نفاذ
mech-quorum = نتیجے کا کورم (ثالث)
mech-quorum-hint = کسی نتیجے کے مؤثر ہونے سے پہلے کتنے ثالث شرکاء کا متفق ہونا ضروری ہے
mech-reply-hours = فریق کے جواب کی مہلت (گھنٹے)
mech-appeal-days = جرمانے کے خلاف اپیل کی مہلت (دن)
mech-joint = ہر تصدیقی ٹیم میں ہر فریق کا ایک رکن شامل ہو
mech-appeal-body = اپیلوں کا فیصلہ کرنے والے ثالث
mech-territory = { $party } کا علاقہ
mech-territory-hint = ملک کا نام جیسا کہ نقشے کی سرحدوں میں انگریزی میں لکھا ہے، مثلاً Afghanistan
mech-categories = واقعات کے زمرے
mech-categories-hint = کوما سے الگ کی گئی شناختیں؛ جوں کی توں چھوڑنے پر پہلے سے طے شدہ زمرے لاگو ہوں گے
mech-commitments = عہود
mech-commitment-n = عہد { $n }
mech-id = شناخت
mech-clause = معاہدے کی شق
mech-modality = حکم کی نوعیت
mech-modality-prohibition = ممانعت
mech-modality-obligation = ذمہ داری
mech-modality-permission = اجازت
mech-bearer = پابند فریق
mech-beneficiary = مستفید فریق
mech-action = فریق کیا کرتا ہے یا کس سے باز رہتا ہے
mech-verification = اس کی تصدیق کیسے ہوتی ہے
mech-breached-by = وہ واقعات جو اس کی خلاف ورزی ہیں
mech-due = آخری تاریخ
mech-due-continuing = مسلسل
mech-due-date = مقررہ تاریخ پر
mech-due-days = نفاذ کے مقررہ دنوں بعد
mech-due-date-label = تاریخ
mech-due-days-label = نفاذ کے بعد دن
mech-more = مزید شرائط: دائرہ، مدت، شرط، روابط
mech-concerns = متعلقہ افواج یا گروہ
mech-area = خطہ
mech-within-km = فاصلے کی حد (سرحد سے km)
mech-from = سے
mech-until = تک
mech-reciprocal = اس عہد کا متقابل
mech-depends-on = ان عہود پر منحصر
mech-has-condition = مشروط: دوسرے فریق کی ثابت شدہ خلاف ورزی پر معطل ہو جاتا ہے
mech-condition-text = شرط، الفاظ میں
mech-condition-by = خلاف ورزی کرنے والا فریق
mech-condition-categories = وہ زمرے جو اسے معطل کرتے ہیں
mech-suspends-days = معطلی کی مدت (دن)
mech-suspends-hint = خالی: تا اطلاعِ ثانی
mech-remove-commitment = یہ عہد ہٹائیں
mech-add-commitment = عہد شامل کریں
mech-schedule = جرمانوں کا جدول
mech-rule-n = قاعدہ { $n }
mech-rule-categories = وہ زمرے جنہیں یہ شمار کرتا ہے
mech-min-severity = کم از کم سنگینی
mech-nth = ثابت شدہ خلاف ورزی کا نمبر
mech-nth-hint = پہلی کے لیے 1، مدتِ شمار کے اندر دوسری کے لیے 2…
mech-window = مدتِ شمار (دن)
mech-cure = ازالے کی مہلت (دن)
mech-penalty = جرمانہ
mech-detail = تفصیل
mech-amount = رقم
mech-benefit = معطل کی گئی مراعات
mech-remove-rule = یہ قاعدہ ہٹائیں
mech-add-rule = قاعدہ شامل کریں
mech-severity-minor = معمولی
mech-severity-moderate = درمیانی
mech-severity-serious = سنگین
mech-severity-grave = انتہائی سنگین
mech-penalty-formal-notice = باضابطہ نوٹس
mech-penalty-public-attribution = ذمہ داری کا عوامی اعلان
mech-penalty-fine = مالی جرمانہ
mech-penalty-benefit-suspension = مراعات کی معطلی
mech-penalty-referral = اعلیٰ حکام کو حوالگی
mech-category-armed-clash = مسلح جھڑپ
mech-category-air-drone-strike = فضائی یا ڈرون حملہ
mech-category-shelling = گولہ باری
mech-category-cross-border-raid = سرحد پار چھاپہ
mech-category-ied = دیسی ساختہ بم
mech-category-attack-on-civilians = شہریوں پر حملہ
mech-category-movement-of-forces = افواج کی نقل و حرکت
mech-category-obstruction-of-monitors = نگرانی ٹیموں کے کام میں رکاوٹ
mech-category-hostile-propaganda = معاندانہ پروپیگنڈا
mech-category-other = دیگر
comp-json-from-form = فارم کو JSON میں لکھیں
comp-json-to-form = یہ JSON فارم میں پڑھیں

## The process's timeline (pages/process.js)

proc-tl-caption = { $from } سے { $to } تک ادوار اور آخری تاریخیں؛ لکیر آج ({ $today }) کی نشاندہی کرتی ہے
proc-tl-round = { $title }: { $from } سے { $to } تک ({ $state })
proc-tl-deadline = آخری تاریخ: { $title }، بتاریخ { $due }

## The mechanism editor: defaults kept as defaults

mech-yes = ہاں
mech-no = نہیں
mech-default = — (قواعد کا طے شدہ)
mech-default-hint = خالی: قواعد کا طے شدہ، { $value }
mech-appeal-body-hint = کوئی منتخب نہیں: کوئی بھی ثالث اپیلوں کا فیصلہ کرتا ہے
mech-lines-hint = ہر سطر میں ایک
comp-json-not-read = JSON فارم سے مختلف ہے: پہلے اسے فارم میں پڑھیں، یا اسے بند کریں

## The public record (pages/public.js)

app-nav-public = عوامی ریکارڈ
app-title-public = عوامی ریکارڈ
pub-title = عوامی ریکارڈ
pub-at-size = رجسٹر کے سائز { $size } پر
pub-feed = اشاعتوں کی Atom فیڈ
pub-check = جانچیں
pub-checking = اس براؤزر میں جانچ ہو رہی ہے…
pub-loading = لوڈ ہو رہا ہے…
pub-check-checkpoint-ok = سائز { $size } والے چیک پوائنٹ پر رجسٹر کے دستخط کی تصدیق ہوتی ہے
pub-check-checkpoint-bad = سائز { $size } والے چیک پوائنٹ پر رجسٹر کے دستخط کی تصدیق نہیں ہوتی
pub-check-included = اندراج { $index } ({ $kind }) چیک پوائنٹ کے درخت میں شامل ہے
pub-check-not-included = اندراج { $index } ({ $kind }) چیک پوائنٹ کے درخت میں شامل نہیں ہے
pub-check-opening-ok = اندراج { $index } کا ظاہر کردہ حصہ رجسٹر میں درج اس کے کرپٹوگرافک عہد سے مطابقت رکھتا ہے
pub-check-opening-bad = اندراج { $index } کا ظاہر کردہ حصہ رجسٹر میں درج اس کے کرپٹوگرافک عہد سے مطابقت نہیں رکھتا
pub-check-text-ok = دکھائے گئے متن کا ہیش { $hash } ہے
pub-check-text-bad = دکھائے گئے متن کا ہیش { $hash } نہیں ہے
pub-check-commits-ok = اندراج { $index } اسی متن کا پابند ہے
pub-check-commits-bad = اندراج { $index } اس متن کا پابند نہیں ہے
pub-check-signed-ok = { $party } کے دستخط کنندہ نے اس متن پر دستخط کیے
pub-check-signed-bad = { $party } کے دستخط کنندہ نے اس متن پر دستخط نہیں کیے
pub-check-finding-ok = نتیجے کا اندراج نتیجہ { $id } کو اسی حاصل کے ساتھ درج کرتا ہے
pub-check-finding-bad = نتیجے کا اندراج نتیجہ { $id } کو اس حاصل کے ساتھ درج نہیں کرتا
pub-check-statement-ok = اندراج { $index } نے یہ بیان شائع کیا
pub-check-statement-bad = اندراج { $index } نے یہ بیان شائع نہیں کیا
pub-check-report-ok = اندراج { $index } نے اس رپورٹ کا ہیش شائع کیا
pub-check-report-bad = اندراج { $index } نے اس رپورٹ کا ہیش شائع نہیں کیا
pub-agreement = معاہدہ
pub-agreement-facts = نسخہ { $version }، { $published } کو اندراج { $entry } پر شائع ہوا۔ مواد کا ہیش:
pub-no-agreement = ثالثوں نے کوئی معاہدہ شائع نہیں کیا۔
pub-rounds = ادوار اور اعلامیے
pub-findings = شائع شدہ نتائج
pub-finding-title = نتیجہ { $id }: { $outcome }
pub-finding-facts = فریق: { $party } · درج شدہ اختلافات: { $dissents } · { $published } کو اندراج { $entry } پر شائع ہوا
pub-penalty = جرمانہ { $id }: { $party } پر { $kind }، { $status }۔
pub-appeal = { $at } کو اپیل کی گئی: { $decision }۔
pub-undecided = ابھی فیصلہ نہیں ہوا
pub-no-findings = کوئی نتیجہ شائع نہیں ہوا۔
pub-reports = شائع شدہ رپورٹیں
pub-report-period = ({ $from } سے { $to } تک)
pub-report-data = ثبوتوں کے ساتھ ڈیٹا (JSON)
pub-no-reports = کوئی رپورٹ شائع نہیں ہوئی۔
pub-older = پرانے دکھائیں ({ $n } مزید)
pub-verify-offline = ہر رپورٹ کے ڈیٹا میں مشترکہ دستخط شدہ چیک پوائنٹ اور وہ تمام اندراجات شامل ہیں جنہیں رپورٹ شمار کرتی ہے، ہر ایک اپنے شمولیت کے ثبوت کے ساتھ: truce verify-report اس کی آف لائن جانچ کرتا ہے۔
pub-commitments = عہود، جیسا کہ عوام انہیں جانتے ہیں
pub-col-commitment = عہد
pub-col-clause = شق
pub-col-bearer = پابند فریق
pub-col-state = حالت

## Publishing, at the mediators' quorum

neg-publish-title = معاہدہ { $id } شائع کریں
neg-publish-sign = اس کی اشاعت پر دستخط کریں
neg-publish-done = اشاعت پر دستخط ہو گئے
neg-publish-note = ہر ثالث دستخط کرتا ہے؛ ثالثوں کا کورم پورا ہونے پر متن اپنے دستخطوں سمیت عوامی ہو جاتا ہے، تاکہ کوئی بھی اس کی جانچ کر سکے۔
comp-reports-title = رپورٹیں
comp-report-download = اس مدت کی آپ کی رپورٹ:
comp-report-from = سے
comp-report-to = تک
comp-report-propose-title = اس مدت کی عوامی رپورٹ اشاعت کے لیے تجویز کریں
comp-report-propose-sign = دستخط کر کے تجویز کریں
comp-report-proposed = رپورٹ اشاعت کے لیے تجویز ہو گئی
comp-report-id = رپورٹ کی شناخت
comp-report-title-field = عنوان (اختیاری)
comp-report-cosign-title = رپورٹ { $id } شائع کریں
comp-report-cosign = اس کی اشاعت پر دستخط کریں
comp-report-cosigned = اشاعت پر دستخط ہو گئے
comp-report-proposal = { $title } ({ $from } سے { $to } تک)، جس پر اب تک { $signers } نے دستخط کیے ہیں۔ اس کا ڈیٹا:
ver-publish-signed-by = اب تک { $signers } نے دستخط کیے ہیں؛ { $quorum } ثالثوں کے دستخط ہونے پر یہ شائع ہو جائے گا۔
ov-wait-publish-finding = نتیجہ { $id } کی اشاعت پر دستخط کریں
ov-wait-publish-agreement = معاہدہ { $id } کی اشاعت پر دستخط کریں
ov-wait-publish-report = رپورٹ { $id } کی اشاعت پر دستخط کریں
