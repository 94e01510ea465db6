### Truce: the interface in Dari/Farsi (fa).
### One catalogue per language, the same messages as en.ftl (crates/server/tests/catalogues.rs
### checks it); terms as in web/GLOSSARY.md. Text from the log is never translated.

## The header, the router and the log watch (app.js, index.html)

app-skip = رفتن به محتوا
app-nav-main = ناوبری اصلی
app-nav-overview = نمای کلی
app-nav-process = روند
app-nav-negotiation = مذاکره
app-nav-map = نقشهٔ رویدادها
app-nav-verification = راستی‌آزمایی
app-nav-compliance = پایبندی
app-nav-ledger = دفتر ثبت
app-language = زبان
app-title-overview = نمای کلی
app-title-process = روند
app-title-negotiation = اتاق مذاکره
app-title-map = نقشهٔ رویدادها
app-title-verification = تابلوی راستی‌آزمایی
app-title-compliance = پایبندی
app-title-ledger = کاوشگر دفتر ثبت
app-title-enrol = ثبت‌نام
app-title-signin = ورود
app-not-found = یافت نشد
app-no-page = صفحه‌ای با نشانی { $path } وجود ندارد
app-signed-in-as = واردشده به‌عنوان
app-sign-out = خروج
app-public-view = نمای عمومی
app-sign-in = ورود
app-enrol = ثبت‌نام
app-live = دفتر ثبت: { $n } ثبت
app-live-updated = دفتر ثبت: { $n } ثبت · به‌روز شد
app-watch-first = پایش دفتر ثبت: نقطهٔ بررسی با اندازهٔ { $size } راستی‌آزمایی و در این مرورگر نگه داشته شد.
app-watch-same = پایش دفتر ثبت: اندازهٔ { $size }، همان‌گونه که این مرورگر پیش‌تر دیده بود.
app-watch-extends = پایش دفتر ثبت: اندازهٔ { $size } ادامهٔ اندازهٔ { $seen } است که این مرورگر دیده بود (اثبات سازگاری همین‌جا بررسی شد).
app-watch-unverified = پایش دفتر ثبت: این نقطهٔ بررسی چیزی را ثابت نمی‌کند ({ $why }).
app-alarm = هشدار ({ $kind }): { $what }.
app-alarm-kind-fork = انشعاب دفتر ثبت
app-alarm-kind-rollback = بازگشت دفتر ثبت
app-alarm-kind-inconsistent = تاریخچهٔ ناسازگار
app-alarm-kind-keys = تغییر کلیدها
app-alarm-advice = این دفتر ثبت دو تاریخچهٔ متفاوت به این مرورگر نشان داده یا بخشی از یکی را پنهان کرده است. مدرک را نگه دارید و میانجی‌ها و طرف دیگر را آگاه کنید.
app-alarm-checkpoints = دو نقطهٔ بررسی امضاشده
app-alarm-download = دانلود مدرک
app-alarm-check = (برای بررسی آن از این فرمان استفاده کنید: { $command })
app-dismiss = بستن

## Shared by every page (core.js)

core-list-sep = ،
core-sign-and-submit = امضا و ارسال
core-act-done = { $what }: ثبت شمارهٔ { $index }
core-act-refused = { $what } — درخواست رد شد: { $why }
core-no-key-yet = این مرورگر هنوز کلیدی ندارد: نخست با کد دعوت‌نامه ثبت‌نام کنید
core-no-key = این مرورگر کلیدی ندارد: نخست ثبت‌نام کنید
core-unknown-kind = دفتر ثبت هیچ اقدامی از نوع { $kind } را نمی‌پذیرد
core-file-too-big = حجم فایل { $size } بایت است؛ حداکثر حجم هر فایل { $max } بایت (64 MiB) است
core-proof-index = نمایهٔ { $index } کوچک‌تر از اندازهٔ { $size } نیست
core-proof-long = اثبات از عمق درخت بلندتر است
core-proof-short = اثبات از عمق درخت کوتاه‌تر است
core-not-a-note = یادداشت امضاشده نیست
core-bad-sig-line = سطر امضای نامعتبر: { $line }
core-no-sig-by-key = امضایی با این کلید وجود ندارد
core-unknown-key-type = نوع کلید ناشناخته: { $type }

## The log watch's findings (watch.js)

watch-no-answer = دفتر ثبت پاسخ نداد ({ $why })
watch-bad-log-sig = امضای دفتر ثبت بر نقطهٔ بررسی خودش تأیید نمی‌شود
watch-under-quorum = { $n } امضای مشترک از گواهانی که این مرورگر نخست دیده بود؛ حد نصاب { $quorum } است
watch-keys-log-key = دفتر ثبت اکنون کلید دیگری را به‌عنوان کلید خود اعلام می‌کند، برخلاف آنچه این مرورگر نخست دیده بود
watch-keys-witnesses = دفتر ثبت اکنون فهرست گواهان را بدون { $names } اعلام می‌کند، برخلاف آنچه این مرورگر نخست دیده بود
watch-keys-quorum = دفتر ثبت اکنون حد نصاب را به جای { $was }، { $now } اعلام می‌کند، برخلاف آنچه این مرورگر نخست دیده بود
watch-fork = دو نقطهٔ بررسی با اندازهٔ { $size } و ریشه‌های متفاوت
watch-rollback = دفتر ثبت پس از اندازهٔ { $old }، اندازهٔ { $size } را ارائه کرد: { $lost } ثبت به عقب برگردانده شد
watch-no-proof = اثبات سازگاری از اندازهٔ { $old } در دست نیست ({ $why })
watch-bad-proof = اثبات دفتر ثبت مبنی بر اینکه درخت آن با اندازهٔ { $size } ادامهٔ درختی با اندازهٔ { $old } است که این مرورگر دیده بود، تأیید نمی‌شود
watch-not-extended = درخت دفتر ثبت با اندازهٔ { $size } ادامهٔ درختی با اندازهٔ { $old } نیست که پیش‌تر به این مرورگر نشان داده بود

## Process overview (web/app/pages/overview.js)

ov-title = نمای کلی روند
ov-agreement = توافق‌نامه
ov-rounds = دورها
ov-participants = شرکت‌کنندگان
ov-removed = (حذف‌شده)

## The agreement's status

ov-adopted = تصویب‌شده
ov-not-adopted = تصویب‌نشده
ov-adopted-unpublished = توافق‌نامه‌ای تصویب شده است؛ متن آن تا زمان انتشار تنها در دسترس اعضا است.
ov-no-agreement = هنوز هیچ توافق‌نامه‌ای تصویب نشده است.
ov-version-content = نسخهٔ { $version }، محتوا
ov-signed-by = امضاشده توسط { $member } ({ $participant }) در { $at }
ov-witnessed-by = گواهی‌شده توسط { $member } ({ $participant }) در { $at }
ov-receipt = رسید

## What needs the signed-in member's action

ov-todo = منتظر اقدام من
ov-sign-in-to-see = برای دیدن آنچه منتظر اقدام شماست، وارد شوید.
ov-nothing-waits = اکنون چیزی منتظر اقدام شما نیست.
ov-wait-sign = اگر هیئت شما نسخهٔ { $id } را می‌پذیرد، آن را امضا کنید
ov-wait-sign-titled = اگر هیئت شما نسخهٔ { $id } («{ $title }») را می‌پذیرد، آن را امضا کنید
ov-wait-witness = نسخهٔ { $id } را گواهی کنید
ov-wait-witness-titled = نسخهٔ { $id } («{ $title }») را گواهی کنید
ov-wait-relay = نسخهٔ { $id } را به طرف‌هایی که آن را ندارند انتقال دهید
ov-wait-relay-titled = نسخهٔ { $id } («{ $title }») را به طرف‌هایی که آن را ندارند انتقال دهید
ov-wait-reply = در پروندهٔ { $id } پاسخ دهید
ov-wait-reply-titled = در پروندهٔ { $id } پاسخ دهید: { $title }
ov-wait-assess = پروندهٔ { $id } را ارزیابی کنید
ov-wait-propose = دربارهٔ پروندهٔ { $id } یافته‌ای پیشنهاد کنید
ov-wait-vote = به یافتهٔ { $id } رأی دهید
ov-wait-appeal = اگر هیئت شما جریمهٔ { $id } را نمی‌پذیرد، تجدیدنظرخواهی کنید
ov-wait-decide = دربارهٔ تجدیدنظرخواهی از جریمهٔ { $id } تصمیم بگیرید
ov-wait-serve = جریمهٔ { $id } را رسماً ابلاغ کنید
ov-wait-deadline = مهلت: { $title }
# An act the page has no sentence for: its kind, the object's type and id.
ov-wait-other = { $kind } بر { $type } { $id }
# Before the due time: " — due <time>".
ov-due = مهلت
ov-overdue = (مهلت گذشته)

## Reminders

ov-reminders = یادآوری با ایمیل و تقویم
ov-calendar-feed = خوراک تقویم (آن را محرمانه نگه دارید؛ با تعویض کلید شما از کار می‌افتد):
ov-subscribe = اشتراک
ov-email-label = ارسال یادآوری‌ها به ایمیل (خالی: هیچ)
ov-email-hint = هر یادآوری می‌گوید چه چیزی منتظر است و تا چه زمانی، با شناسه‌ها، و هرگز متنی از روند را در بر ندارد.
ov-save = ذخیره
ov-reminders-go-to = یادآوری‌ها به { $email } فرستاده می‌شوند.
ov-reminders-off = یادآوری‌ها دیگر با ایمیل فرستاده نمی‌شوند.

## A round's state (tv: ov-round-state)

ov-round-state-scheduled = برنامه‌ریزی‌شده
ov-round-state-in-session = در جریان
ov-round-state-stalled = در بن‌بست
ov-round-state-suspended = معلق
ov-round-state-resumed = ازسرگرفته
ov-round-state-concluded = پایان‌یافته

## A participant's kind (tv: ov-kind)

ov-kind-party = طرف
ov-kind-mediator = میانجی
ov-kind-monitor = پایشگر
ov-kind-observer = ناظر

## A member's role (tv: ov-role)

ov-role-signatory = امضاکننده
ov-role-delegate = نماینده
ov-role-mediator = میانجی
ov-role-witness = گواه
ov-role-secretariat = دبیرخانه
ov-role-monitor = پایشگر
ov-role-observer = ناظر

## The process page (web/app/pages/process.js)

proc-heading = روند
# Fields and table columns used in several forms of the page.
proc-id = شناسه
proc-field-title = عنوان
proc-name = نام
proc-participant = شرکت‌کننده
proc-roles = نقش‌ها
proc-status = وضعیت
proc-acts = اقدام‌ها

## Definition

proc-definition = تعریف
# After the process's title (in bold).
proc-def-summary = ({ $id })؛ تصویب به گواهی { $n } میانجی نیاز دارد.
proc-not-defined = روند هنوز تعریف نشده است.
proc-define = تعریف روند
proc-quorum = شمار گواهی‌های میانجی که تصویب نیاز دارد (خالی: همه)

## Participants

proc-participants = شرکت‌کنندگان
proc-add-participant = افزودن شرکت‌کننده
proc-kind = نوع

## Members

proc-members = اعضا
proc-members-signed-in = فهرست اعضا تنها به اعضایی که وارد شده‌اند نشان داده می‌شود.
proc-key-placeholder = کلید راستی‌آزمایی به شکل name+hex+base64
proc-rotate = تعویض کلید { $member }
proc-new-key = کلید راستی‌آزمایی جدید
proc-remove = حذف { $member }
proc-remove-reason = دلیل (مهروموم‌شده: اعضای روند آن را می‌خوانند)
proc-removed-at = حذف‌شده در ثبت { $entry }
proc-removed-at-reason = حذف‌شده در ثبت { $entry }: { $reason }
proc-active = فعال
proc-key = کلید
proc-add-member = افزودن عضو با کلیدی که خود در اختیار دارد
proc-member-id = شناسهٔ عضو
proc-their-key = کلید راستی‌آزمایی عضو

## Invitations

proc-invitations = دعوت‌نامه‌ها
proc-member = عضو
proc-invited = دعوت
proc-expires = انقضا
proc-entry = ثبت { $entry }
proc-entry-paren = (ثبت { $entry })
proc-no-invitation = هنوز دعوت‌نامه‌ای صادر نشده است.
proc-invite = دعوت از یک عضو
proc-invite-link = این پیوند یک‌بارمصرف را از راهی که به آن اعتماد دارید به دعوت‌شده بدهید؛ تنها همین حالا نشان داده می‌شود.
proc-valid-days = مدت اعتبار (به روز، بر پایهٔ ساعت دفتر ثبت؛ خالی: تا استفاده یا پس‌گرفتن)
proc-withdraw = پس‌گرفتن دعوت‌نامهٔ { $member }
proc-sign-withdraw = امضا: پس‌گرفتن
proc-withdrawn = دعوت‌نامه پس گرفته شد
proc-reason-public = دلیل (عمومی)

## Rounds

proc-rounds = دورها
proc-move = تغییر وضعیت { $round }
proc-to = وضعیت جدید
proc-transition-reason = دلیل (برای بن‌بست یا تعلیق لازم است)
proc-outcome = نتیجه
proc-walked-out = هیئتی که جلسه را ترک کرد (برای تعلیق)
proc-schedule = برنامه‌ریزی یک دور
proc-place = مکان
proc-starts = آغاز
proc-ends = پایان

## Deadlines

proc-deadlines = مهلت‌ها
proc-no-deadline = مهلتی تعیین نشده است.
proc-set-deadline = تعیین مهلت
proc-what-due = موضوع مهلت
proc-due = سررسید
proc-round = دور

## Communiqués

proc-communiques = اعلامیه‌ها
proc-none-issued = هیچ اعلامیه‌ای صادر نشده است.
proc-issue = صدور اعلامیه
proc-text-public = متن (عمومی)

## A round's state (tv: proc-round-state)

proc-round-state-scheduled = برنامه‌ریزی‌شده
proc-round-state-in-session = در جریان
proc-round-state-stalled = در بن‌بست
proc-round-state-suspended = معلق
proc-round-state-resumed = ازسرگرفته
proc-round-state-concluded = پایان‌یافته

## A participant's kind (tv: proc-participant-kind)

proc-participant-kind-party = طرف
proc-participant-kind-mediator = میانجی
proc-participant-kind-monitor = پایشگر
proc-participant-kind-observer = ناظر

## A member's role (tv: proc-role)

proc-role-signatory = امضاکننده
proc-role-delegate = نماینده
proc-role-mediator = میانجی
proc-role-witness = گواه
proc-role-secretariat = دبیرخانه
proc-role-monitor = پایشگر
proc-role-observer = ناظر

## An invitation's status (tv: proc-inv-status)

proc-inv-status-pending = در انتظار
proc-inv-status-used = استفاده‌شده
proc-inv-status-revoked = پس‌گرفته‌شده
proc-inv-status-expired = منقضی‌شده

## Negotiation room (pages/negotiation.js)

neg-title = اتاق مذاکره
neg-drafts-confidential = پیش‌نویس‌ها محرمانه‌اند: برای دیدن نسخه‌هایی که هیئت شما در اختیار دارد، وارد شوید. عموم مردم تنها توافق‌نامهٔ تصویب‌شده را می‌بینند.
neg-no-version = هنوز نسخه‌ای نیست که بتوانید بخوانید.
neg-version-option = { $id } — { $title } ({ $author })
neg-mediators = میانجی‌ها
neg-compare-none = — هیچ —
neg-langs-side-by-side = زبان‌ها در کنار هم
neg-authentic = (معتبر)
neg-version = نسخه
neg-compare-with = مقایسه با
neg-text-heading = { $title } — نسخهٔ { $id }
neg-submitted-by = ارائه‌شده از سوی { $member } ({ $participant }) در { $at }؛ محتوا
neg-the-mediators = میانجی‌ها
neg-unattributed = بدون انتساب
neg-changes-from-to = تغییرات از { $from } تا { $to }
neg-clause-status = وضعیت بند:
neg-col-clause = بند
neg-col-status = وضعیت
neg-article = مادهٔ { $num }.
neg-alternative = [گزینهٔ جایگزین { $n }:
neg-comments-on = نظرها دربارهٔ { $eid }
neg-no-clause-changed = هیچ بندی تغییر نکرده است.
neg-col-change = تغییر
neg-col-words = واژه‌ها

## Shuttle history

neg-hist-submitted = { $id } ارائه شد
neg-hist-mediators-unattributed = میانجی‌ها (بدون انتساب)
neg-hist-relayed = { $id } انتقال یافت
neg-hist-signed = { $id } امضا شد
neg-hist-witnessed = بر { $id } گواهی شد
neg-shuttle-history = تاریخچهٔ میانجی‌گری رفت‌وبرگشتی
neg-col-entry = ثبت
neg-col-when = زمان
neg-col-what = شرح
neg-col-by = از سوی
neg-col-to = به

## Acts on a version

neg-act = اقدام
neg-sign-in-to-act = برای اقدام وارد شوید.
neg-imported = { $articles } ماده و { $clauses } بند وارد شد: پیش از ارسال آن‌ها را بررسی کنید.
neg-docx-unreadable = فایل ‎.docx خوانده نشد: { $why }
neg-paste-ph-article = # مادهٔ ۱ …
neg-paste-ph-first = بند نخست.
neg-paste-ph-second = بند دوم.
neg-pasted = { $articles } ماده و { $clauses } بند جای‌گذاری شد: پیش از ارسال آن‌ها را بررسی کنید.
neg-paste-into-clauses = جای‌گذاری در بندها
neg-import-summary = وارد کردن پیش‌نویس: فایل ‎.docx یا متن جای‌گذاری‌شده
neg-import-docx = فایل ‎.docx (هر عنوان یک ماده، هر پاراگراف یک بند)
neg-import-in-language = به زبان
neg-import-paste = یا متن را جای‌گذاری کنید (سطری که با “Article” یا “#” آغاز شود، ماده‌ای تازه را آغاز می‌کند؛ سطرهای خالی بندها را از هم جدا می‌کنند)
neg-changes-against = آنچه این نسخه نسبت به { $id } تغییر می‌دهد
neg-new-draft-by-clause = پیش‌نویس تازه، بند به بند
neg-show-changes = نمایش تغییرات این نسخه
neg-submit-amended-title = ارائهٔ نسخهٔ اصلاح‌شدهٔ { $id } به میانجی‌ها
neg-submit-new-title = ارائهٔ پیش‌نویس تازه به میانجی‌ها
neg-submit-draft = ارائهٔ پیش‌نویس
neg-submit-new-draft = ارائهٔ پیش‌نویس تازه
neg-draft-submitted = پیش‌نویس ارائه شد
neg-languages-codes = زبان‌ها (کدها؛ نخستین زبان معتبر است)
neg-new-version-id = شناسهٔ نسخهٔ تازه
neg-draft = پیش‌نویس
neg-bridging-text = متن سازش‌دهنده بدون انتساب
neg-relay-to = به
neg-relay-title = انتقال { $id }
neg-relay = انتقال
neg-relayed = انتقال یافت
neg-note = یادداشت
neg-vis-choice-internal = داخلی (هیئت من)
neg-vis-choice-mediators = برای میانجی‌ها
neg-vis-choice-shared = مشترک (همهٔ دارندگان متن)
neg-comment-title = نظر دربارهٔ { $id }
neg-add-comment = افزودن نظر
neg-comment-added = نظر افزوده شد
neg-clause = بند
neg-visibility = دامنهٔ دسترسی
neg-comment = نظر
neg-sign-title = امضای { $id }
neg-sign-this-version = امضای این نسخه
neg-signed = امضا شد
neg-content = محتوا
neg-sign-binds = امضا، هیئت شما را دقیقاً به همین متن متعهد می‌کند.
neg-witness-title = گواهی بر { $id }
neg-witness-this-version = گواهی بر این نسخه
neg-witnessed = گواهی شد
neg-witness-binds = میانجی‌ها بر امضاهای طرف‌ها بر دقیقاً همین متن گواهی می‌دهند.
neg-nothing-to-do = اکنون کاری نیست که بتوانید بر این نسخه انجام دهید.
neg-copy-title = متن { $id } برای نگهداری یا امضا
neg-print = چاپ
neg-show-signing-copy = نمایش متن آمادهٔ امضا
neg-download-docx = دانلود ‎.docx

## Clause statuses (tv "neg-status")

neg-status-proposed = پیشنهادی
neg-status-bracketed = در کروشه
neg-status-agreed-ad-referendum = توافق‌شده مشروط به تأیید
neg-status-agreed = توافق‌شده

## Clause changes between versions (tv "neg-change")

neg-change-added = افزوده‌شده
neg-change-removed = حذف‌شده
neg-change-changed = تغییریافته
neg-change-moved = جابه‌جاشده
neg-change-moved-and-changed = جابه‌جا و تغییریافته
neg-change-unchanged = بدون تغییر

## Who may read a comment (tv "neg-visibility")

neg-visibility-internal = داخلی
neg-visibility-mediators = برای میانجی‌ها
neg-visibility-shared = مشترک

## Clause editor, pre-send changes, signing copy and .docx export (editor.js)

ed-title = عنوان
ed-article = مادهٔ { $num }
ed-add-paragraph = افزودن بند به مادهٔ { $num }
ed-add-article = افزودن ماده
ed-status = وضعیت
ed-remove = حذف
ed-alternative = گزینهٔ جایگزین { $n }
ed-remove-alternative = حذف
ed-add-alternative = افزودن گزینهٔ جایگزین
ed-no-changes = این نسخه نسبت به نسخهٔ پیشینِ خود هیچ تغییری نمی‌دهد.
ed-col-clause = بند
ed-col-change = تغییر
ed-col-status = وضعیت
ed-col-before = پیش از تغییر
ed-col-after = پس از تغییر
ed-version-of-draft = نسخهٔ { $id } از پیش‌نویس { $draft }. چکیدهٔ SHA-256 محتوا:
ed-signature-binds = امضا دقیقاً به همین محتوا تعلق می‌گیرد: پیش از امضا، چکیده را با ثبت مربوط در دفتر ثبت مقایسه کنید.
ed-cannot-load = { $file } بارگذاری نشد
ed-alternative-docx = [گزینهٔ جایگزین { $n }]

## Clause statuses (tv "ed-status")

ed-status-proposed = پیشنهادی
ed-status-bracketed = در کروشه
ed-status-agreed-ad-referendum = توافق‌شده مشروط به تأیید
ed-status-agreed = توافق‌شده

## Changes before sending (tv "ed-change")

ed-change-added = افزوده‌شده
ed-change-changed = تغییریافته
ed-change-removed = حذف‌شده

## Incident map: filters and the map

map-title = نقشهٔ رویدادها
map-filters = فیلترها
map-any = همه
map-from = از
map-to = تا
map-category = دسته
map-alleged-party = طرف مورد ادعا
map-status = وضعیت
map-region = نقشهٔ رویدادهای گزارش‌شده
map-list = رویدادهای نمای کنونی
map-legend-status = وضعیت:
map-attribution = مرزها: Natural Earth
map-list-item = { $when } · { $category } · { $place } ({ $status })
map-summary-points = { $n ->
    [one] { $n } رویداد در نمای کنونی
   *[other] { $n } رویداد در نمای کنونی
}
map-summary-clusters = { $n } رویداد در نمای کنونی، در { $clusters } خوشه: برای دیدن تک‌تک گزارش‌ها بزرگ‌نمایی کنید
map-cluster-title = { $n } رویداد، بیشتر از دستهٔ { $category }
map-list-summary = رویدادهای نمای کنونی (فهرست)

## Incident map: a report's popup

map-popup-when-where = { $when }، { $where }
map-popup-point = { $lat }، { $lon }
map-popup-alleged = منتسب به: { $party }.
map-popup-border = { $km } کیلومتر از مرز، در سمت { $side }.
map-popup-footer = { $id } · گزارش‌دهنده: { $reporter } ({ $channel }) · ثبت { $index }

## Incident map: the report form

map-report-title = گزارش یک رویداد
map-report-not-now = اکنون نمی‌توانید گزارشی ثبت کنید.
map-report-sign-in = برای ثبت گزارش وارد شوید.
map-unknown-party = نامعلوم
map-report-pick = برای انتخاب نقطه روی نقشه کلیک کنید، یا مختصات آن را وارد کنید.
map-lat = عرض جغرافیایی
map-lon = طول جغرافیایی
map-occurred = زمان وقوع (UTC)
map-place = مکان
map-narrative = شرح رویداد
map-source = منبع
map-casualties = تلفات (بهترین برآورد)
map-evidence-files = فایل‌های مدرک
map-evidence-files-hint = عکس، ویدیو، سند: هر فایل با هش SHA-256 خود نگهداری و در زنجیرهٔ نگهداری مدارک ثبت می‌شود.
map-public-channel = انتقال‌یافته از مجرای عمومی
map-report-submit = امضا و ثبت گزارش
map-reported-point = نقطهٔ گزارش‌شده
map-report-filed = گزارش { $id } در ثبت شمارهٔ { $index } درج شد.
map-evidence-entered = مدرک { $name } ({ $hash }…) در ثبت شمارهٔ { $index } درج شد.
map-report-refused = گزارش پذیرفته نشد: { $why }

## Incident map: evidence, merging and import

map-evidence-title = ارائهٔ مدرک
map-evidence-submit = امضا و ارائهٔ مدرک
map-file = فایل
map-for-report = گزارش مربوط
map-merge-title = ادغام گزارش‌های تکراری
map-merge-submit = امضای ادغام
map-merge-keep = گزارشی که می‌ماند
map-merge-merged = گزارش‌هایی که در آن ادغام می‌شوند
map-merge-reason = چرا یک رویدادند
map-import-title = وارد کردن رویدادهای ACLED (CSV)
map-import-submit = امضای وارد کردن
map-import-file = فایل خروجی ACLED
map-import-hint = هر ردیف به یک گزارش تبدیل می‌شود و موقعیتش نسبت به مرز تعیین می‌شود؛ فایل با هش خود نگهداری می‌شود.

## Incident status (as the reader may know it)

map-status-reported = گزارش‌شده
map-status-under-verification = در حال راستی‌آزمایی
map-status-confirmed = تأییدشده
map-status-not-confirmed = تأییدنشده
map-status-merged = ادغام‌شده

## Incident categories (the defaults; an agreement may name others)

map-cat-armed-clash = درگیری مسلحانه
map-cat-air-drone-strike = حملهٔ هوایی یا پهپادی
map-cat-shelling = گلوله‌باری
map-cat-cross-border-raid = یورش فرامرزی
map-cat-ied = بمب دست‌ساز
map-cat-attack-on-civilians = حمله به غیرنظامیان
map-cat-movement-of-forces = جابه‌جایی نیروها
map-cat-obstruction-of-monitors = ممانعت از کار پایشگران
map-cat-hostile-propaganda = تبلیغات خصمانه
map-cat-other = سایر

## The channel a report came through

map-channel-monitor = تیم پایش
map-channel-party = طرف
map-channel-mediator = میانجی
map-channel-public = عموم مردم

## Verification board (web/app/pages/verification.js)

ver-title = تابلوی راستی‌آزمایی
ver-public-notice = عموم فقط یافته‌های منتشرشده را می‌بینند. برای دیدن پرونده‌هایی که به شما مربوط است، وارد شوید.
ver-col-open = باز: مدارک و پاسخ‌ها ({ $n })
ver-col-awaiting-quorum = یافته در انتظار حد نصاب ({ $n })
ver-col-decided = تصمیم‌گرفته‌شده ({ $n })

## A case's card

ver-case-title = پرونده { $id }
ver-incidents = رویدادها
ver-action-ref = اقدام { $id }
ver-accused = طرف متهم
ver-team = تیم
ver-reply-due = مهلت پاسخ
ver-overdue = (مهلت گذشته)
ver-replied = پاسخ داده شد
ver-requests = مدارک درخواست‌شده
ver-request-item = { $from }: { $what } — مهلت { $due }
ver-replies = پاسخ‌ها
ver-late = دیرهنگام
ver-assessments = ارزیابی‌ها
ver-assessment = { $member }: { $outcome } — وقوع { $happened }٪، مسئولیت { $responsible }٪. { $note }
ver-assessment-attributed = { $member }: { $outcome } — وقوع { $happened }٪، مسئولیت { $responsible }٪ ({ $party }). { $note }
ver-finding = یافته
ver-quorum = حد نصاب: { $concur } موافق از { $quorum }
ver-in-effect = نافذ از ثبت { $index }
ver-published = منتشرشده
ver-vote-concurs = { $member } ({ $participant }): موافق
ver-vote-dissents = { $member } ({ $participant }): مخالف
ver-prescribes = جدول جریمه‌ها مقرر می‌کند: { $penalty } (قاعدهٔ { $rule }، نقض شمارهٔ { $count }).

## A case's acts

ver-request-title = درخواست مدرک
ver-request-sign = امضای درخواست
ver-request-done = مدرک درخواست شد
ver-from = از
ver-what = چه چیزی
ver-due = مهلت (18:00 UTC)
ver-reply-title = پاسخ هیئت شما
ver-reply-sign = امضا و ثبت پاسخ
ver-reply-done = پاسخ ثبت شد
ver-reply-to-case = — (پاسخ به پرونده)
ver-answering = در پاسخ به درخواست
ver-assess-title = ارزیابی
ver-assess-sign = امضای ارزیابی
ver-assess-done = ارزیابی ثبت شد
ver-happened = وقوع (٪)
ver-responsible = مسئولیت (٪)
ver-outcome = نتیجه
ver-attributed-to = منتسب به
ver-note = یادداشت
ver-commitments-breached = تعهدات نقض‌شده (اگر هیچ‌کدام انتخاب نشود: همهٔ آنچه این دسته نقض می‌کند)
ver-propose-title = پیشنهاد یافته
ver-propose-sign = امضا و پیشنهاد
ver-propose-done = یافته پیشنهاد شد
ver-party = طرف
ver-category = دسته
ver-severity = شدت
ver-summary = خلاصه
ver-vote-title = رأی
ver-vote-sign = امضای رأی
ver-vote-done = رأی داده شد
ver-i-dissent = مخالفم
ver-dissent-reason = دلیل (برای مخالفت لازم است)
ver-publish-title = انتشار
ver-publish-sign = انتشار یافته
ver-publish-done = منتشر شد
ver-public-statement = بیانیهٔ عمومی
ver-impose-title = اعمال جریمه
ver-impose-sign = اعمال جریمهٔ مقرر ({ $penalty })
ver-impose-done = جریمه اعمال شد
ver-detail = جزئیات (اختیاری)

## Penalties and appeals

ver-penalty-line = جریمهٔ { $id }: { $kind } بر { $party }
ver-appeal-until = تجدیدنظرخواهی تا { $at } ممکن است
ver-appealed = تجدیدنظرخواهی شد: { $grounds }
ver-appeal-title = تجدیدنظرخواهی از این جریمه
ver-appeal-sign = امضا و تجدیدنظرخواهی
ver-appeal-done = تجدیدنظرخواهی ثبت شد
ver-appeal-note = تنها یک بار تجدیدنظرخواهی، تا { $at }.
ver-grounds = دلایل
ver-decide-title = تصمیم دربارهٔ تجدیدنظرخواهی
ver-decide-sign = امضای تصمیم
ver-decide-done = دربارهٔ تجدیدنظرخواهی تصمیم گرفته شد
ver-decision = تصمیم
ver-reason = دلیل
ver-serve-title = اجرای جریمه
ver-serve-sign = امضا: اجرا شد
ver-serve-done = جریمه اجرا شد
ver-lift-title = رفع جریمه
ver-lift-sign = امضا: رفع شد
ver-lift-done = جریمه رفع شد

## Opening a case

ver-incident-filter = پالایش بر اساس شناسه، مکان، دسته یا تاریخ
ver-open-title = گشودن پرونده
ver-open-sign = امضا و گشودن پرونده
ver-open-done = پرونده گشوده شد
ver-find-reports = جست‌وجوی گزارش‌ها
ver-pick-reports = گزارش‌ها (یک یا چند مورد را برگزینید)
ver-accused-party = طرف متهم
ver-joint-team-hint = در تیم‌های مشترک، از هر طرف یک عضو بگنجانید.
ver-hours-to-reply = مهلت پاسخ (ساعت)
ver-verify-action = راستی‌آزمایی گزارش اقدام { $id }

## Evidence and its chain of custody

ver-evidence = مدارک
ver-access-title = دسترسی (در زنجیرهٔ نگهداری ثبت می‌شود)
ver-access-sign = امضای دسترسی
ver-access-done = دسترسی ثبت شد
ver-purpose = هدف
ver-transfer-title = واگذاری نگهداری
ver-transfer-sign = امضای واگذاری
ver-transfer-done = نگهداری واگذار شد
ver-to = به

## Outcomes of an assessment or a finding (tv)

ver-outcome-confirmed = تأییدشده
ver-outcome-not-confirmed = تأییدنشده
ver-outcome-no-violation = بدون نقض
ver-outcome-inconclusive = بی‌نتیجه
ver-outcome-verified = راستی‌آزمایی‌شده
ver-outcome-not-verified = راستی‌آزمایی‌نشده

## Incident categories: the defaults when the agreement names none (tv)

ver-category-armed-clash = درگیری مسلحانه
ver-category-air-drone-strike = حملهٔ هوایی یا پهپادی
ver-category-shelling = گلوله‌باری
ver-category-cross-border-raid = یورش برون‌مرزی
ver-category-ied = بمب دست‌ساز
ver-category-attack-on-civilians = حمله به غیرنظامیان
ver-category-movement-of-forces = جابه‌جایی نیروها
ver-category-obstruction-of-monitors = ممانعت از کار ناظران
ver-category-hostile-propaganda = تبلیغات خصمانه
ver-category-other = سایر

## Severities (tv)

ver-severity-minor = جزئی
ver-severity-moderate = متوسط
ver-severity-serious = جدی
ver-severity-grave = بسیار شدید

## Kinds of penalty (tv)

ver-penalty-kind-formal-notice = اخطار رسمی
ver-penalty-kind-public-attribution = انتساب علنی
ver-penalty-kind-fine = جریمهٔ نقدی
ver-penalty-kind-benefit-suspension = تعلیق مزایا
ver-penalty-kind-referral = ارجاع به مراجع بالاتر

## A penalty's status (tv)

ver-penalty-status-imposed = اعمال‌شده
ver-penalty-status-appealed = در تجدیدنظر
ver-penalty-status-overturned = لغوشده
ver-penalty-status-served = اجراشده
ver-penalty-status-lifted = رفع‌شده

## Decisions on an appeal: the picker (tv)

ver-decision-upheld = تأیید جریمه
ver-decision-overturned = لغو جریمه
ver-decision-varied = تعدیل جریمه

## Decisions on an appeal: in a penalty's line (tv)

ver-appeal-result-upheld = تجدیدنظرخواهی: تأیید جریمه
ver-appeal-result-overturned = تجدیدنظرخواهی: لغو جریمه
ver-appeal-result-varied = تجدیدنظرخواهی: تعدیل جریمه

## Compliance dashboard (web/app/pages/compliance.js)

comp-title = پایبندی
comp-members-only = شرایط سازوکار و پایبندی فقط برای اعضاست: وارد شوید.
comp-not-configured = سازوکار نظارت هنوز پیکربندی نشده است.
comp-as-of = تا این ثبت دفتر ثبت (بدون احتساب خود آن)
comp-show = نمایش
comp-latest = آخرین
comp-as-of-note = وضعیت بر پایهٔ { $upto } ثبت نخست، در { $at }.

## Commitments table

comp-commitment = تعهد
comp-clause = بند
comp-bearer = طرف متعهد
comp-state = وضعیت
comp-why = دلیل
comp-entry-ref = [ثبت { $index }]
comp-action-title = گزارش اقدام دربارهٔ این تعهد
comp-action-sign = امضای گزارش اقدام
comp-action-what = آنچه طرف شما انجام داد

## Charts and penalties

comp-chart-violations = نقض‌های تأییدشدهٔ هر طرف، به تفکیک ماه
comp-chart-penalties = جریمه‌های هر طرف، به تفکیک ماه
comp-penalties = جریمه‌ها
comp-none = هیچ.

## Configuring the mechanism

comp-not-json = شرایط JSON معتبر نیست: { $why }
comp-check-ok = دفتر ثبت این شرایط را می‌پذیرد.
comp-check-refused = دفتر ثبت این شرایط را نمی‌پذیرد: { $reason }
comp-check = بررسی بر پایهٔ قواعد
comp-configure-title = پیکربندی سازوکار نظارت
comp-configure-sign = امضای شرایط سازوکار
comp-agreement = توافق‌نامهٔ تصویب‌شده
comp-terms = شرایط (تعهدات، جدول جریمه‌ها، آیین کار)
comp-territories-hint = قلمروها: کشور هر طرف با نام ISO آن، برای نمونه { $example }؛ مرز میان آن‌ها از داده‌های داخلی Natural Earth محاسبه می‌شود.
comp-rule-no-commitment = بدون تعهد: این قاعده هیچ نقضی را جریمه نمی‌کند
comp-schedule-caption = آنچه هر قاعدهٔ جدول جریمه‌ها جریمه می‌کند
comp-rule = قاعده
comp-penalty = جریمه
comp-categories = دسته‌ها
comp-commitments-penalised = تعهداتی که نقضشان را جریمه می‌کند
comp-schedule-empty = جدول هیچ قاعده‌ای ندارد.

## A commitment's state (tv)

comp-state-pending = در انتظار
comp-state-in-force = نافذ
comp-state-suspended = معلق
comp-state-met = انجام‌شده
comp-state-overdue = مهلت گذشته
comp-state-breached = نقض‌شده

## Kinds of penalty (tv)

comp-penalty-kind-formal-notice = اخطار رسمی
comp-penalty-kind-public-attribution = انتساب علنی
comp-penalty-kind-fine = جریمهٔ نقدی
comp-penalty-kind-benefit-suspension = تعلیق مزایا
comp-penalty-kind-referral = ارجاع به مراجع بالاتر

## A penalty's status (tv)

comp-penalty-status-imposed = اعمال‌شده
comp-penalty-status-appealed = در تجدیدنظر
comp-penalty-status-overturned = لغوشده
comp-penalty-status-served = اجراشده
comp-penalty-status-lifted = رفع‌شده

## Decisions on an appeal (tv)

comp-appeal-result-upheld = تجدیدنظرخواهی: تأیید جریمه
comp-appeal-result-overturned = تجدیدنظرخواهی: لغو جریمه
comp-appeal-result-varied = تجدیدنظرخواهی: تعدیل جریمه

## Ledger explorer: the latest checkpoint

led-title = کاوشگر دفتر ثبت
led-checkpoint-title = آخرین نقطهٔ بررسی
led-sig-log-ok = دفتر ثبت { $origin }: امضا راستی‌آزمایی شد
led-sig-log-bad = دفتر ثبت { $origin }: امضا راستی‌آزمایی نمی‌شود
led-sig-witness-ok = گواه { $name }: امضای مشترک در { $at }
led-sig-witness-bad = گواه { $name }: { $why }
led-does-not-verify = راستی‌آزمایی نمی‌شود
led-origin = مبدأ
led-size = اندازه
led-root = ریشه
led-witnesses = گواهان
led-quorum = { $n } از { $total } امضای مشترک کرده‌اند (حد نصاب { $quorum })
led-signed-note = یادداشت امضاشده

## Ledger explorer: an entry and its inclusion proof

led-entry-title = یک ثبت و اثبات آن
led-entry-index = شمارهٔ ثبت
led-show-verify = نمایش و راستی‌آزمایی
led-not-yet = ثبت { $index } هنوز در آخرین نقطهٔ بررسی نیست (اندازه { $size })
led-proof-ok = ثبت { $index } در نقطهٔ بررسی با اندازهٔ { $size } گنجانده شده است: اثبات آن، متشکل از { $hashes } هش، به ریشهٔ دارای امضای مشترک می‌رسد (در همین مرورگر بررسی شد).
led-proof-bad = ثبت { $index }: اثبات به ریشهٔ نقطهٔ بررسی نمی‌رسد.
led-kind = نوع
led-signed-by = امضاکننده
led-seq = شمارهٔ ترتیبی امضاکننده
led-leaf-hash = هش برگ
led-public-part = بخش عمومی (باقی مُهروموم شده است)
led-body = متن
led-download-receipt = دریافت رسید tlog-proof

## Ledger explorer: a sealed entry's opening

led-sealed-closed = مُهروموم‌شده: شما از کسانی نیستید که می‌توانند این ثبت را بگشایند. با این حال، تعهد رمزنگاری بالا محتوای آن را به‌هرحال تثبیت می‌کند.
led-opening-bad = دادهٔ گشایشی که سرور داد با تعهد رمزنگاری این ثبت مطابقت ندارد.
led-opening-ok = گشوده شد: بخش مُهروموم‌شده با تعهد رمزنگاری این ثبت مطابقت دارد (در همین مرورگر بررسی شد).
led-sealed-part = بخش مُهروموم‌شده
led-download-opening = دریافت دادهٔ گشایش

## Enrolment with an invitation

enr-title = ثبت‌نام با دعوت‌نامه
enr-intro = دبیرخانه به شما یک کد دعوت یک‌بارمصرف داده است. این مرورگر کلید امضای شما را می‌سازد؛ کلید هرگز از آن بیرون نمی‌رود و هر اقدامی که اینجا انجام دهید با آن امضا می‌شود.
enr-code = کد دعوت
enr-look-up = جست‌وجوی دعوت‌نامه
enr-used = این دعوت‌نامه پیش‌تر استفاده شده است (ثبت { $index }).
enr-revoked = دبیرخانه این دعوت‌نامه را پس گرفته است: دعوت‌نامهٔ تازه‌ای از آن بخواهید.
enr-expired = این دعوت‌نامه در { $at } منقضی شده است: دعوت‌نامهٔ تازه‌ای از دبیرخانه بخواهید.
enr-create-key = ساختن کلید من و ثبت‌نام
enr-member = عضو
enr-for = به نمایندگی از
enr-roles = نقش‌ها
enr-founding = دعوت بنیان‌گذار: کلید این مرورگر نخستین کلید دبیرخانهٔ این روند خواهد بود. می‌تواند روند را تعریف کند، مشارکت‌کنندگان را بیفزاید و از اعضا دعوت کند.
enr-list-sep = ،
enr-enrolled = در ثبت { $index } با کلید { $key } ثبت‌نام شدید. اکنون وارد شده‌اید.
enr-refused = ثبت‌نام پذیرفته نشد: { $why }
enr-no-such-code = هیچ دعوت‌نامه‌ای با این کد وجود ندارد.

## Sign-in with this browser's key

enr-signin-title = ورود
enr-no-key = این مرورگر هنوز کلیدی ندارد.
enr-enrol-link = ثبت‌نام با کد دعوت
enr-signin-button = ورود با کلید این مرورگر
enr-this-key = کلید این مرورگر:
enr-signed-in-as = با نام { $who } وارد شده‌اید.
enr-forget-confirm = کلید این مرورگر فراموش شود؟ برای ورود دوباره در اینجا به دعوت‌نامهٔ تازه‌ای نیاز خواهید داشت.
enr-forget = فراموش کردن این کلید
enr-signin-refused = ورود پذیرفته نشد: { $why }

## Members' roles

enr-role-signatory = امضاکننده
enr-role-delegate = نماینده
enr-role-mediator = میانجی
enr-role-witness = گواه
enr-role-secretariat = دبیرخانه
enr-role-monitor = پایشگر
enr-role-observer = ناظر

## Who is signed in, when not a member

enr-viewer-public = عموم
enr-viewer-secretariat = دبیرخانه
enr-viewer-member = عضو

## The mechanism's structured editor (mechanism.js)

mech-procedure = آیین کار
mech-force = لازم‌الاجرا شدن
mech-quorum = حد نصاب یافته (میانجی‌ها)
mech-quorum-hint = چند شرکت‌کنندهٔ میانجی باید موافقت کنند تا یافته نافذ شود
mech-reply-hours = مهلت پاسخ طرف (ساعت)
mech-appeal-days = مهلت تجدیدنظرخواهی از جریمه (روز)
mech-joint = هر تیم راستی‌آزمایی یک عضو از هر طرف را در بر دارد
mech-appeal-body = میانجی‌هایی که دربارهٔ تجدیدنظرخواهی‌ها تصمیم می‌گیرند
mech-territory = قلمرو { $party }
mech-territory-hint = نام کشور چنان‌که در مرزهای نقشه به انگلیسی آمده است، مثلاً Afghanistan
mech-categories = دسته‌های رویداد
mech-categories-hint = شناسه‌ها با ویرگول جدا شوند؛ اگر دست‌نخورده بمانند، دسته‌های پیش‌فرض اعمال می‌شوند
mech-commitments = تعهدات
mech-commitment-n = تعهد { $n }
mech-id = شناسه
mech-clause = بند توافق‌نامه
mech-modality = نوع حکم
mech-modality-prohibition = منع
mech-modality-obligation = الزام
mech-modality-permission = اجازه
mech-bearer = طرف متعهد
mech-beneficiary = طرف ذی‌نفع
mech-action = آنچه طرف انجام می‌دهد یا از آن خودداری می‌کند
mech-verification = شیوهٔ راستی‌آزمایی
mech-breached-by = رویدادهایی که آن را نقض می‌کنند
mech-due = سررسید
mech-due-continuing = مستمر
mech-due-date = در تاریخی معین
mech-due-days = چند روز پس از لازم‌الاجرا شدن
mech-due-date-label = تاریخ
mech-due-days-label = شمار روزها پس از لازم‌الاجرا شدن
mech-more = شرایط بیشتر: دامنه، دوره، شرط، پیوندها
mech-concerns = نیروها یا گروه‌های مربوط
mech-area = منطقه
mech-within-km = در فاصلهٔ (km از مرز)
mech-from = از
mech-until = تا
mech-reciprocal = متقابلِ تعهد
mech-depends-on = وابسته به
mech-has-condition = مشروط: با نقض تأییدشدهٔ طرف دیگر معلق می‌شود
mech-condition-text = شرط، به عبارت
mech-condition-by = نقض از سوی
mech-condition-categories = دسته‌هایی که آن را معلق می‌کنند
mech-suspends-days = مدت تعلیق (روز)
mech-suspends-hint = خالی: تا اطلاع ثانوی
mech-remove-commitment = حذف این تعهد
mech-add-commitment = افزودن تعهد
mech-schedule = جدول جریمه‌ها
mech-rule-n = قاعدهٔ { $n }
mech-rule-categories = دسته‌هایی که این قاعده می‌شمارد
mech-min-severity = حداقل شدت
mech-nth = شمارهٔ نقض تأییدشده
mech-nth-hint = 1 برای نخستین، 2 برای دومین در بازهٔ زمانی…
mech-window = بازهٔ زمانی (روز)
mech-cure = مهلت جبران (روز)
mech-penalty = جریمه
mech-detail = جزئیات
mech-amount = مبلغ
mech-benefit = مزیت معلق‌شده
mech-remove-rule = حذف این قاعده
mech-add-rule = افزودن قاعده
mech-severity-minor = جزئی
mech-severity-moderate = متوسط
mech-severity-serious = جدی
mech-severity-grave = بسیار شدید
mech-penalty-formal-notice = اخطار رسمی
mech-penalty-public-attribution = انتساب علنی
mech-penalty-fine = جریمهٔ نقدی
mech-penalty-benefit-suspension = تعلیق مزایا
mech-penalty-referral = ارجاع به مراجع بالاتر
mech-category-armed-clash = درگیری مسلحانه
mech-category-air-drone-strike = حملهٔ هوایی یا پهپادی
mech-category-shelling = گلوله‌باری
mech-category-cross-border-raid = یورش فرامرزی
mech-category-ied = بمب دست‌ساز
mech-category-attack-on-civilians = حمله به غیرنظامیان
mech-category-movement-of-forces = جابه‌جایی نیروها
mech-category-obstruction-of-monitors = ممانعت از کار پایشگران
mech-category-hostile-propaganda = تبلیغات خصمانه
mech-category-other = سایر
comp-json-from-form = نوشتن فرم به صورت JSON
comp-json-to-form = خواندن این JSON در فرم

## The process's timeline (pages/process.js)

proc-tl-caption = دورها و مهلت‌ها از { $from } تا { $to }؛ خط، امروز ({ $today }) را نشان می‌دهد
proc-tl-round = { $title }: از { $from } تا { $to } ({ $state })
proc-tl-deadline = مهلت: { $title }، سررسید { $due }

## The mechanism editor: defaults kept as defaults

mech-yes = بله
mech-no = خیر
mech-default = — (پیش‌فرض قواعد)
mech-default-hint = خالی: پیش‌فرض قواعد، { $value }
mech-appeal-body-hint = هیچ‌کدام انتخاب نشده: هر میانجی دربارهٔ تجدیدنظرخواهی تصمیم می‌گیرد
mech-lines-hint = هر مورد در یک سطر
comp-json-not-read = JSON با فرم فرق دارد: نخست آن را در فرم بخوانید، یا آن را ببندید

## The public record (pages/public.js)

app-nav-public = اسناد عمومی
app-title-public = اسناد عمومی
pub-title = اسناد عمومی
pub-at-size = در اندازهٔ { $size } دفتر ثبت
pub-feed = خوراک Atom انتشارها
pub-check = بررسی کنید
pub-checking = در حال بررسی در این مرورگر…
pub-loading = در حال بارگذاری…
pub-check-checkpoint-ok = امضای دفتر ثبت بر نقطهٔ بررسی با اندازهٔ { $size } تأیید می‌شود
pub-check-checkpoint-bad = امضای دفتر ثبت بر نقطهٔ بررسی با اندازهٔ { $size } تأیید نمی‌شود
pub-check-included = ثبت { $index } ({ $kind }) در درخت نقطهٔ بررسی گنجانده شده است
pub-check-not-included = ثبت { $index } ({ $kind }) در درخت نقطهٔ بررسی گنجانده نشده است
pub-check-opening-ok = بخش افشاشدهٔ ثبت { $index } با تعهد رمزنگاری آن در دفتر ثبت مطابقت دارد
pub-check-opening-bad = بخش افشاشدهٔ ثبت { $index } با تعهد رمزنگاری آن در دفتر ثبت مطابقت ندارد
pub-check-text-ok = هش متن نمایش‌داده‌شده { $hash } است
pub-check-text-bad = هش متن نمایش‌داده‌شده { $hash } نیست
pub-check-commits-ok = ثبت { $index } همین متن را تثبیت کرده است
pub-check-commits-bad = ثبت { $index } این متن را تثبیت نکرده است
pub-check-signed-ok = امضاکنندهٔ { $party } این متن را امضا کرد
pub-check-signed-bad = امضاکنندهٔ { $party } این متن را امضا نکرد
pub-check-finding-ok = ثبت مربوط به یافته، یافتهٔ { $id } را با همین نتیجه درج کرده است
pub-check-finding-bad = ثبت مربوط به یافته، یافتهٔ { $id } را با این نتیجه درج نکرده است
pub-check-statement-ok = ثبت { $index } این بیانیه را منتشر کرد
pub-check-statement-bad = ثبت { $index } این بیانیه را منتشر نکرد
pub-check-report-ok = ثبت { $index } هش این گزارش را منتشر کرد
pub-check-report-bad = ثبت { $index } هش این گزارش را منتشر نکرد
pub-agreement = توافق‌نامه
pub-agreement-facts = نسخهٔ { $version }، منتشرشده در { $published } در ثبت شمارهٔ { $entry }. هش محتوا:
pub-no-agreement = میانجی‌ها توافق‌نامه‌ای منتشر نکرده‌اند.
pub-rounds = دورها و اعلامیه‌ها
pub-findings = یافته‌های منتشرشده
pub-finding-title = یافتهٔ { $id }: { $outcome }
pub-finding-facts = طرف: { $party } · نظرهای مخالف ثبت‌شده: { $dissents } · منتشرشده در { $published } در ثبت شمارهٔ { $entry }
pub-penalty = جریمهٔ { $id }: { $kind } بر { $party }، { $status }.
pub-appeal = تجدیدنظرخواهی در { $at }: { $decision }.
pub-undecided = هنوز تصمیمی گرفته نشده است
pub-no-findings = هیچ یافته‌ای منتشر نشده است.
pub-reports = گزارش‌های منتشرشده
pub-report-period = (از { $from } تا { $to })
pub-report-data = داده‌ها همراه با اثبات‌ها (JSON)
pub-no-reports = هیچ گزارشی منتشر نشده است.
pub-older = نمایش موارد قدیمی‌تر ({ $n } مورد دیگر)
pub-verify-offline = دادهٔ هر گزارش، نقطهٔ بررسی دارای امضای مشترک و همهٔ ثبت‌هایی را که گزارش در شمار می‌آورد، هر یک با اثبات شمول خود، در بر دارد: truce verify-report آن را به‌صورت آفلاین بررسی می‌کند.
pub-commitments = تعهدات، آن‌گونه که عموم از آن‌ها آگاه‌اند
pub-col-commitment = تعهد
pub-col-clause = بند
pub-col-bearer = طرف متعهد
pub-col-state = وضعیت

## Publishing, at the mediators' quorum

neg-publish-title = انتشار توافق‌نامهٔ { $id }
neg-publish-sign = امضای انتشار آن
neg-publish-done = انتشار امضا شد
neg-publish-note = هر میانجی امضا می‌کند؛ با رسیدن به حد نصاب میانجی‌ها، متن همراه با امضاهایش عمومی می‌شود تا هر کس بتواند آن را بررسی کند.
comp-reports-title = گزارش‌ها
comp-report-download = گزارش شما از این دوره:
comp-report-from = از
comp-report-to = تا
comp-report-propose-title = پیشنهاد گزارش عمومی این دوره برای انتشار
comp-report-propose-sign = امضا و پیشنهاد
comp-report-proposed = گزارش برای انتشار پیشنهاد شد
comp-report-id = شناسهٔ گزارش
comp-report-title-field = عنوان (اختیاری)
comp-report-cosign-title = انتشار گزارش { $id }
comp-report-cosign = امضای انتشار آن
comp-report-cosigned = انتشار امضا شد
comp-report-proposal = { $title } (از { $from } تا { $to })، که تاکنون { $signers } آن را امضا کرده‌اند. داده‌های آن:
ver-publish-signed-by = تاکنون { $signers } امضا کرده‌اند؛ هنگامی که { $quorum } میانجی امضا کنند، منتشر می‌شود.
ov-wait-publish-finding = انتشار یافتهٔ { $id } را امضا کنید
ov-wait-publish-agreement = انتشار توافق‌نامهٔ { $id } را امضا کنید
ov-wait-publish-report = انتشار گزارش { $id } را امضا کنید
