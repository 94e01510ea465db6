### Truce: the interface in Arabic (ar).
### One catalogue per language, the same messages as en.ftl (crates/server/tests/catalogues.rs
### checks it); terms as in web/GLOSSARY.md. Text from the log is never translated.

## The header, the router and the log watch (app.js, index.html)

app-skip = الانتقال إلى المحتوى
app-nav-main = القائمة الرئيسية
app-nav-overview = نظرة عامة
app-nav-process = العملية
app-nav-negotiation = التفاوض
app-nav-map = خريطة الحوادث
app-nav-verification = التحقق
app-nav-compliance = الامتثال
app-nav-ledger = السجل
app-language = اللغة
app-title-overview = نظرة عامة
app-title-process = العملية
app-title-negotiation = قاعة التفاوض
app-title-map = خريطة الحوادث
app-title-verification = لوحة التحقق
app-title-compliance = الامتثال
app-title-ledger = مستعرض السجل
app-title-enrol = التسجيل
app-title-signin = تسجيل الدخول
app-not-found = الصفحة غير موجودة
app-no-page = لا توجد صفحة { $path }
app-signed-in-as = تم تسجيل الدخول باسم
app-sign-out = تسجيل الخروج
app-public-view = العرض العام
app-sign-in = تسجيل الدخول
app-enrol = التسجيل
app-live =
    السجل: { $n ->
        [zero] لا توجد قيود
        [one] قيد واحد
        [two] قيدان
        [few] { $n } قيود
        [many] { $n } قيدًا
       *[other] { $n } قيد
    }
app-live-updated =
    السجل: { $n ->
        [zero] لا توجد قيود
        [one] قيد واحد
        [two] قيدان
        [few] { $n } قيود
        [many] { $n } قيدًا
       *[other] { $n } قيد
    } · تم التحديث
app-watch-first = مراقبة السجل: تحقّق هذا المتصفح من نقطة التحقق ذات الحجم { $size } واحتفظ بها.
app-watch-same = مراقبة السجل: الحجم { $size }، كما رآه هذا المتصفح من قبل.
app-watch-extends = مراقبة السجل: الحجم { $size } امتدادٌ للحجم { $seen } الذي رآه هذا المتصفح (جرى التحقق من إثبات الاتساق هنا).
app-watch-unverified = مراقبة السجل: نقطة التحقق هذه لا تُثبت شيئًا ({ $why }).
app-alarm = إنذار ({ $kind }): { $what }.
app-alarm-kind-fork = تفرّع السجل
app-alarm-kind-rollback = تراجع السجل
app-alarm-kind-inconsistent = تاريخ غير متسق
app-alarm-kind-keys = تغيّر المفاتيح
app-alarm-advice = عرض هذا السجل على هذا المتصفح روايتين مختلفتين لتاريخه، أو أخفى جزءًا من إحداهما. يُرجى الاحتفاظ بالأدلة وإبلاغ الوسطاء والطرف الآخر.
app-alarm-checkpoints = نقطتا التحقق الموقّعتان
app-alarm-download = تنزيل الأدلة
app-alarm-check = (للتحقق منها استخدم الأمر { $command })
app-dismiss = إغلاق

## Shared by every page (core.js)

core-list-sep = ،
core-sign-and-submit = التوقيع والتقديم
core-act-done = { $what }: القيد رقم { $index }
core-act-refused = { $what } — رُفض الطلب: { $why }
core-no-key-yet = لا يحمل هذا المتصفح أي مفتاح بعد: يُرجى التسجيل أولًا باستخدام رمز الدعوة
core-no-key = لا يحمل هذا المتصفح أي مفتاح: يُرجى التسجيل أولًا
core-unknown-kind = لا يقبل السجل أي إجراء من نوع { $kind }
core-file-too-big = حجم الملف { $size } بايت، والحد الأقصى لحجم الملف { $max } بايت (64 MiB)
core-proof-index = الفهرس { $index } ليس أصغر من الحجم { $size }
core-proof-long = الإثبات أطول من عمق الشجرة
core-proof-short = الإثبات أقصر من عمق الشجرة
core-not-a-note = ليست مذكرة موقّعة
core-bad-sig-line = سطر توقيع غير صالح: { $line }
core-no-sig-by-key = لا يوجد توقيع بهذا المفتاح
core-unknown-key-type = نوع مفتاح غير معروف: { $type }

## The log watch's findings (watch.js)

watch-no-answer = لم يستجب السجل ({ $why })
watch-bad-log-sig = تعذّر التحقق من توقيع السجل على نقطة التحقق الخاصة به
watch-under-quorum =
    { $n ->
        [zero] لا توجد توقيعات مشتركة
        [one] توقيع مشترك واحد
        [two] توقيعان مشتركان
        [few] { $n } توقيعات مشتركة
        [many] { $n } توقيعًا مشتركًا
       *[other] { $n } توقيع مشترك
    } من الشهود الذين رآهم هذا المتصفح أول مرة، في حين أن النصاب { $quorum }
watch-keys-log-key = يُعلن السجل الآن مفتاح سجل آخر، خلافًا لما رآه هذا المتصفح أول مرة
watch-keys-witnesses = يُعلن السجل الآن قائمة شهود تخلو من { $names }، خلافًا لما رآه هذا المتصفح أول مرة
watch-keys-quorum = يُعلن السجل الآن نصابًا قدره { $now } بدلًا من { $was }، خلافًا لما رآه هذا المتصفح أول مرة
watch-fork = نقطتا تحقق بالحجم { $size } بجذرين مختلفين
watch-rollback =
    قدّم السجل الحجم { $size } بعد أن كان { $old }، متراجعًا بذلك عن { $lost ->
        [one] قيد واحد
        [two] قيدين
        [few] { $lost } قيود
        [many] { $lost } قيدًا
       *[other] { $lost } قيد
    }
watch-no-proof = لا يوجد إثبات اتساق انطلاقًا من الحجم { $old } ({ $why })
watch-bad-proof = تعذّر التحقق من إثبات السجل أن شجرته ذات الحجم { $size } امتدادٌ للشجرة ذات الحجم { $old } التي رآها هذا المتصفح
watch-not-extended = شجرة السجل ذات الحجم { $size } ليست امتدادًا للشجرة ذات الحجم { $old } التي عرضها على هذا المتصفح من قبل

## Process overview (web/app/pages/overview.js)

ov-title = نظرة عامة على العملية
ov-agreement = الاتفاق
ov-rounds = الجولات
ov-participants = المشاركون
ov-removed = (أُزيل)

## The agreement's status

ov-adopted = معتمد
ov-not-adopted = غير معتمد
ov-adopted-unpublished = اعتُمد اتفاق؛ ويبقى نصه مقصورًا على الأعضاء إلى أن يُنشر.
ov-no-agreement = لم يُعتمد أي اتفاق بعد.
ov-version-content = النسخة { $version }، المحتوى
ov-signed-by = وقّعه { $member } ({ $participant }) في { $at }
ov-witnessed-by = شهد عليه { $member } ({ $participant }) في { $at }
ov-receipt = الإيصال

## What needs the signed-in member's action

ov-todo = ما يتطلب إجراءً مني
ov-sign-in-to-see = سجّل الدخول لترى ما يتطلب إجراءً منك.
ov-nothing-waits = لا شيء بانتظارك الآن.
ov-wait-sign = وقّع النسخة { $id } إذا كان وفدك يقبلها
ov-wait-sign-titled = وقّع النسخة { $id } («{ $title }») إذا كان وفدك يقبلها
ov-wait-witness = اشهد على النسخة { $id }
ov-wait-witness-titled = اشهد على النسخة { $id } («{ $title }»)
ov-wait-relay = أحِل النسخة { $id } إلى الأطراف التي لا تحوزها
ov-wait-relay-titled = أحِل النسخة { $id } («{ $title }») إلى الأطراف التي لا تحوزها
ov-wait-reply = قدّم الرد في القضية { $id }
ov-wait-reply-titled = قدّم الرد في القضية { $id }: { $title }
ov-wait-assess = قيّم القضية { $id }
ov-wait-propose = اقترح استنتاجًا في القضية { $id }
ov-wait-vote = صوّت على الاستنتاج { $id }
ov-wait-appeal = استأنف العقوبة { $id } إذا كان وفدك يعترض عليها
ov-wait-decide = افصل في استئناف العقوبة { $id }
ov-wait-serve = بلّغ العقوبة { $id } رسميًا
ov-wait-deadline = الموعد النهائي: { $title }
# An act the page has no sentence for: its kind, the object's type and id.
ov-wait-other = { $kind } على { $type } { $id }
# Before the due time: " — due <time>".
ov-due = الموعد النهائي
ov-overdue = (تجاوز الموعد)

## Reminders

ov-reminders = التذكيرات بالبريد الإلكتروني والتقويم
ov-calendar-feed = موجز التقويم (احتفظ به سرًا؛ ويتوقف عند تغيير مفتاحك):
ov-subscribe = اشترك
ov-email-label = أرسل التذكيرات إلى البريد الإلكتروني (فارغ: لا تُرسل)
ov-email-hint = يذكر كل تذكير ما ينتظر وموعده، مع المعرّفات، دون أي نص من نصوص العملية.
ov-save = حفظ
ov-reminders-go-to = تُرسل التذكيرات إلى { $email }.
ov-reminders-off = لم تعد التذكيرات تُرسل بالبريد الإلكتروني.

## A round's state (tv: ov-round-state)

ov-round-state-scheduled = مجدولة
ov-round-state-in-session = منعقدة
ov-round-state-stalled = متعثرة
ov-round-state-suspended = معلّقة
ov-round-state-resumed = مستأنفة
ov-round-state-concluded = مختتمة

## A participant's kind (tv: ov-kind)

ov-kind-party = طرف
ov-kind-mediator = وسيط
ov-kind-monitor = راصد
ov-kind-observer = مراقب

## A member's role (tv: ov-role)

ov-role-signatory = موقّع
ov-role-delegate = مندوب
ov-role-mediator = وسيط
ov-role-witness = شاهد
ov-role-secretariat = الأمانة
ov-role-monitor = راصد
ov-role-observer = مراقب

## The process page (web/app/pages/process.js)

proc-heading = العملية
# Fields and table columns used in several forms of the page.
proc-id = المعرّف
proc-field-title = العنوان
proc-name = الاسم
proc-participant = المشارك
proc-roles = الأدوار
proc-status = الحالة
proc-acts = الإجراءات

## Definition

proc-definition = التعريف
# After the process's title (in bold).
proc-def-summary = ({ $id })؛ يتطلب الاعتماد { $n ->
        [one] شهادة وسيط واحد
        [two] شهادة وسيطين
        [few] شهادة { $n } وسطاء
        [many] شهادة { $n } وسيطًا
       *[other] شهادة { $n } وسيط
    }.
proc-not-defined = لم تُعرَّف العملية بعد.
proc-define = تعريف العملية
proc-quorum = عدد شهادات الوسطاء اللازمة للاعتماد (فارغ: جميعهم)

## Participants

proc-participants = المشاركون
proc-add-participant = إضافة مشارك
proc-kind = النوع

## Members

proc-members = الأعضاء
proc-members-signed-in = لا تُعرض قائمة الأعضاء إلا للأعضاء الذين سجّلوا الدخول.
proc-key-placeholder = مفتاح التحقق بصيغة name+hex+base64
proc-rotate = تغيير مفتاح { $member }
proc-new-key = مفتاح التحقق الجديد
proc-remove = إزالة { $member }
proc-remove-reason = السبب (مختوم: يطّلع عليه أعضاء العملية)
proc-removed-at = أُزيل في القيد { $entry }
proc-removed-at-reason = أُزيل في القيد { $entry }: { $reason }
proc-active = نشط
proc-key = المفتاح
proc-add-member = إضافة عضو بمفتاح يحوزه
proc-member-id = معرّف العضو
proc-their-key = مفتاح التحقق الخاص بالعضو

## Invitations

proc-invitations = الدعوات
proc-member = العضو
proc-invited = الدعوة
proc-expires = انتهاء الصلاحية
proc-entry = القيد { $entry }
proc-entry-paren = (القيد { $entry })
proc-no-invitation = لا توجد دعوة بعد.
proc-invite = دعوة عضو
proc-invite-link = سلّم هذا الرابط الصالح لمرة واحدة إلى المدعو عبر قناة تثق بها؛ فهو لا يُعرض إلا الآن.
proc-valid-days = مدة الصلاحية (بالأيام، وفق ساعة السجل؛ فارغ: إلى أن تُستخدم أو تُسحب)
proc-withdraw = سحب دعوة { $member }
proc-sign-withdraw = وقّع: سحب الدعوة
proc-withdrawn = سُحبت الدعوة
proc-reason-public = السبب (علني)

## Rounds

proc-rounds = الجولات
proc-move = تغيير حالة { $round }
proc-to = الحالة الجديدة
proc-transition-reason = السبب (مطلوب للتعثر أو التعليق)
proc-outcome = الحصيلة
proc-walked-out = الوفد الذي انسحب (في حالة التعليق)
proc-schedule = جدولة جولة
proc-place = المكان
proc-starts = تبدأ في
proc-ends = تنتهي في

## Deadlines

proc-deadlines = المواعيد النهائية
proc-no-deadline = لم يُحدَّد أي موعد نهائي.
proc-set-deadline = تحديد موعد نهائي
proc-what-due = المطلوب
proc-due = الموعد النهائي
proc-round = الجولة

## Communiqués

proc-communiques = البيانات
proc-none-issued = لم يصدر أي بيان.
proc-issue = إصدار بيان
proc-text-public = النص (علني)

## A round's state (tv: proc-round-state)

proc-round-state-scheduled = مجدولة
proc-round-state-in-session = منعقدة
proc-round-state-stalled = متعثرة
proc-round-state-suspended = معلّقة
proc-round-state-resumed = مستأنفة
proc-round-state-concluded = مختتمة

## A participant's kind (tv: proc-participant-kind)

proc-participant-kind-party = طرف
proc-participant-kind-mediator = وسيط
proc-participant-kind-monitor = راصد
proc-participant-kind-observer = مراقب

## A member's role (tv: proc-role)

proc-role-signatory = موقّع
proc-role-delegate = مندوب
proc-role-mediator = وسيط
proc-role-witness = شاهد
proc-role-secretariat = الأمانة
proc-role-monitor = راصد
proc-role-observer = مراقب

## An invitation's status (tv: proc-inv-status)

proc-inv-status-pending = قيد الانتظار
proc-inv-status-used = مستخدمة
proc-inv-status-revoked = مسحوبة
proc-inv-status-expired = منتهية الصلاحية

## Negotiation room (pages/negotiation.js)

neg-title = غرفة التفاوض
neg-drafts-confidential = المسودات سرية: سجّل الدخول لترى النسخ التي يحوزها وفدك. لا يرى الجمهور إلا الاتفاق المعتمد.
neg-no-version = لا توجد بعدُ نسخة يمكنك قراءتها.
neg-version-option = { $id } — { $title } ({ $author })
neg-mediators = الوسطاء
neg-compare-none = — لا شيء —
neg-langs-side-by-side = اللغات جنبًا إلى جنب
neg-authentic = (ذات حجية)
neg-version = النسخة
neg-compare-with = المقارنة مع
neg-text-heading = { $title } — النسخة { $id }
neg-submitted-by = قدّمها { $member } ({ $participant }) في { $at }؛ المحتوى
neg-the-mediators = الوسطاء
neg-unattributed = غير منسوبة
neg-changes-from-to = التغييرات من { $from } إلى { $to }
neg-clause-status = حالة الفقرة:
neg-col-clause = الفقرة
neg-col-status = الحالة
neg-article = المادة { $num }.
neg-alternative = [البديل { $n }:
neg-comments-on = التعليقات على { $eid }
neg-no-clause-changed = لم تتغير أي فقرة.
neg-col-change = التغيير
neg-col-words = الكلمات

## Shuttle history

neg-hist-submitted = قُدِّمت { $id }
neg-hist-mediators-unattributed = الوسطاء (دون نسبة)
neg-hist-relayed = أُحيلت { $id }
neg-hist-signed = وُقِّعت { $id }
neg-hist-witnessed = شُهِد على { $id }
neg-shuttle-history = تاريخ الوساطة المكوكية
neg-col-entry = القيد
neg-col-when = الوقت
neg-col-what = الإجراء
neg-col-by = من
neg-col-to = إلى

## Acts on a version

neg-act = الإجراءات
neg-sign-in-to-act = سجّل الدخول لاتخاذ إجراء.
neg-imported = تم استيراد { $articles ->
        [zero] { $articles } مادة
        [one] مادة واحدة
        [two] مادتين
        [few] { $articles } مواد
        [many] { $articles } مادة
       *[other] { $articles } مادة
    } و{ $clauses ->
        [zero] { $clauses } فقرة
        [one] فقرة واحدة
        [two] فقرتين
        [few] { $clauses } فقرات
        [many] { $clauses } فقرة
       *[other] { $clauses } فقرة
    }: راجِعها قبل الإرسال.
neg-docx-unreadable = تعذّرت قراءة ملف ‎.docx: { $why }
neg-paste-ph-article = # المادة 1 …
neg-paste-ph-first = الفقرة الأولى.
neg-paste-ph-second = الفقرة الثانية.
neg-pasted = تم لصق { $articles ->
        [zero] { $articles } مادة
        [one] مادة واحدة
        [two] مادتين
        [few] { $articles } مواد
        [many] { $articles } مادة
       *[other] { $articles } مادة
    } و{ $clauses ->
        [zero] { $clauses } فقرة
        [one] فقرة واحدة
        [two] فقرتين
        [few] { $clauses } فقرات
        [many] { $clauses } فقرة
       *[other] { $clauses } فقرة
    }: راجِعها قبل الإرسال.
neg-paste-into-clauses = لصق في الفقرات
neg-import-summary = استيراد مسودة: ملف ‎.docx أو نص ملصوق
neg-import-docx = ملف ‎.docx (كل عنوان مادة، وكل مقطع فقرة)
neg-import-in-language = باللغة
neg-import-paste = أو الصق نصًا (السطر الذي يبدأ بـ “Article” أو “#” يبدأ مادة؛ والأسطر الفارغة تفصل بين الفقرات)
neg-changes-against = ما تغيّره هذه النسخة مقارنةً بـ { $id }
neg-new-draft-by-clause = المسودة الجديدة، فقرةً فقرة
neg-show-changes = اعرض ما تغيّره هذه النسخة
neg-submit-amended-title = تقديم نسخة معدّلة من { $id } إلى الوسطاء
neg-submit-new-title = تقديم مسودة جديدة إلى الوسطاء
neg-submit-draft = تقديم المسودة
neg-submit-new-draft = تقديم المسودة الجديدة
neg-draft-submitted = قُدِّمت المسودة
neg-languages-codes = اللغات (رموز؛ الأولى ذات حجية)
neg-new-version-id = معرّف النسخة الجديدة
neg-draft = المسودة
neg-bridging-text = نص توفيقي دون نسبة
neg-relay-to = إلى
neg-relay-title = إحالة { $id }
neg-relay = إحالة
neg-relayed = أُحيلت
neg-note = ملاحظة
neg-vis-choice-internal = داخلي (وفدي)
neg-vis-choice-mediators = للوسطاء
neg-vis-choice-shared = مشترك (كل من يحوز النص)
neg-comment-title = تعليق على { $id }
neg-add-comment = إضافة تعليق
neg-comment-added = أُضيف التعليق
neg-clause = الفقرة
neg-visibility = نطاق الاطلاع
neg-comment = التعليق
neg-sign-title = توقيع { $id }
neg-sign-this-version = توقيع هذه النسخة
neg-signed = وُقِّعت
neg-content = المحتوى
neg-sign-binds = التوقيع يُلزم وفدك بهذا النص بعينه.
neg-witness-title = الشهادة على { $id }
neg-witness-this-version = الشهادة على هذه النسخة
neg-witnessed = تمت الشهادة
neg-witness-binds = يشهد الوسطاء على توقيعات الطرفين على هذا النص بعينه.
neg-nothing-to-do = لا يوجد ما يمكنك القيام به على هذه النسخة الآن.
neg-copy-title = نص { $id } للاحتفاظ به أو توقيعه
neg-print = طباعة
neg-show-signing-copy = عرض النص المعدّ للتوقيع
neg-download-docx = تنزيل ‎.docx

## Clause statuses (tv "neg-status")

neg-status-proposed = مقترحة
neg-status-bracketed = بين معقوفتين
neg-status-agreed-ad-referendum = متفق عليها رهنًا بالموافقة
neg-status-agreed = متفق عليها

## Clause changes between versions (tv "neg-change")

neg-change-added = مضافة
neg-change-removed = محذوفة
neg-change-changed = معدّلة
neg-change-moved = منقولة
neg-change-moved-and-changed = منقولة ومعدّلة
neg-change-unchanged = دون تغيير

## Who may read a comment (tv "neg-visibility")

neg-visibility-internal = داخلي
neg-visibility-mediators = للوسطاء
neg-visibility-shared = مشترك

## Clause editor, pre-send changes, signing copy and .docx export (editor.js)

ed-title = العنوان
ed-article = المادة { $num }
ed-add-paragraph = إضافة فقرة إلى المادة { $num }
ed-add-article = إضافة مادة
ed-status = الحالة
ed-remove = حذف
ed-alternative = البديل { $n }
ed-remove-alternative = حذف
ed-add-alternative = إضافة بديل
ed-no-changes = لا تغيّر هذه النسخة شيئًا مقارنةً بالنسخة الأصل.
ed-col-clause = الفقرة
ed-col-change = التغيير
ed-col-status = الحالة
ed-col-before = قبل
ed-col-after = بعد
ed-version-of-draft = النسخة { $id } من المسودة { $draft }. بصمة المحتوى SHA-256:
ed-signature-binds = التوقيع يُلزم بهذا المحتوى بعينه: قارن البصمة بقيد السجل قبل التوقيع.
ed-cannot-load = تعذّر تحميل { $file }
ed-alternative-docx = [البديل { $n }]

## Clause statuses (tv "ed-status")

ed-status-proposed = مقترحة
ed-status-bracketed = بين معقوفتين
ed-status-agreed-ad-referendum = متفق عليها رهنًا بالموافقة
ed-status-agreed = متفق عليها

## Changes before sending (tv "ed-change")

ed-change-added = مضافة
ed-change-changed = معدّلة
ed-change-removed = محذوفة

## Incident map: filters and the map

map-title = خريطة الحوادث
map-filters = عوامل التصفية
map-any = الكل
map-from = من
map-to = إلى
map-category = الفئة
map-alleged-party = الطرف المنسوبة إليه
map-status = الحالة
map-region = خريطة الحوادث المبلَّغ عنها
map-list = الحوادث المعروضة
map-legend-status = الحالة:
map-attribution = الحدود: Natural Earth
map-list-item = { $when } · { $category } · { $place } ({ $status })
map-summary-points = { $n ->
    [zero] لا توجد حوادث معروضة
    [one] حادثة واحدة معروضة
    [two] حادثتان معروضتان
    [few] { $n } حوادث معروضة
   *[other] { $n } حادثة معروضة
}
map-summary-clusters = { $n ->
    [few] { $n } حوادث معروضة
   *[other] { $n } حادثة معروضة
} في { $clusters ->
    [one] مجموعة واحدة
    [two] مجموعتين
    [few] { $clusters } مجموعات
   *[other] { $clusters } مجموعة
}: كبّر الخريطة لعرض البلاغات منفردة
map-cluster-title = { $n ->
    [one] حادثة واحدة
    [two] حادثتان
    [few] { $n } حوادث
   *[other] { $n } حادثة
}، أغلبها من فئة { $category }
map-list-summary = الحوادث المعروضة (قائمة)

## Incident map: a report's popup

map-popup-when-where = { $when }، { $where }
map-popup-point = { $lat }، { $lon }
map-popup-alleged = تُنسب إلى: { $party }.
map-popup-border = على بعد { $km } كم من الحدود، في جانب { $side }.
map-popup-footer = { $id } · المُبلِّغ: { $reporter } ({ $channel }) · القيد { $index }

## Incident map: the report form

map-report-title = الإبلاغ عن حادثة
map-report-not-now = لا يمكنك تقديم بلاغ في الوقت الحالي.
map-report-sign-in = سجّل الدخول لتقديم بلاغ.
map-unknown-party = غير معروف
map-report-pick = انقر على الخريطة لتحديد الموقع، أو أدخل إحداثياته.
map-lat = خط العرض
map-lon = خط الطول
map-occurred = وقت وقوعها (UTC)
map-place = المكان
map-narrative = ما الذي حدث
map-source = المصدر
map-casualties = الخسائر البشرية (أفضل تقدير)
map-evidence-files = ملفات الأدلة
map-evidence-files-hint = صور أو مقاطع فيديو أو مستندات: يُحفظ كل ملف ببصمته SHA-256 ويُدرج في سلسلة حفظ الأدلة.
map-public-channel = إحالة من القناة العامة
map-report-submit = التوقيع وتقديم البلاغ
map-reported-point = الموقع المبلَّغ عنه
map-report-filed = قُدِّم البلاغ { $id } في القيد { $index }.
map-evidence-entered = أُدرج الدليل { $name } ({ $hash }…) في القيد { $index }.
map-report-refused = رُفض البلاغ: { $why }

## Incident map: evidence, merging and import

map-evidence-title = تقديم الأدلة
map-evidence-submit = التوقيع وتقديم الأدلة
map-file = الملف
map-for-report = البلاغ المعني
map-merge-title = دمج البلاغات المكررة
map-merge-submit = التوقيع على الدمج
map-merge-keep = البلاغ المُبقى عليه
map-merge-merged = البلاغات المدموجة فيه
map-merge-reason = سبب اعتبارها حادثة واحدة
map-import-title = استيراد أحداث ACLED ‏(CSV)
map-import-submit = التوقيع على الاستيراد
map-import-file = ملف تصدير ACLED
map-import-hint = يصبح كل صف بلاغًا يُحدَّد موقعه بالنسبة إلى الحدود؛ ويُحفظ الملف ببصمته.

## Incident status (as the reader may know it)

map-status-reported = مُبلَّغ عنها
map-status-under-verification = قيد التحقق
map-status-confirmed = مؤكَّدة
map-status-not-confirmed = غير مؤكَّدة
map-status-merged = مدموجة

## Incident categories (the defaults; an agreement may name others)

map-cat-armed-clash = اشتباك مسلح
map-cat-air-drone-strike = ضربة جوية أو بطائرة مسيّرة
map-cat-shelling = قصف مدفعي
map-cat-cross-border-raid = غارة عابرة للحدود
map-cat-ied = عبوة ناسفة بدائية الصنع
map-cat-attack-on-civilians = هجوم على مدنيين
map-cat-movement-of-forces = تحركات قوات
map-cat-obstruction-of-monitors = عرقلة عمل فرق الرصد
map-cat-hostile-propaganda = دعاية عدائية
map-cat-other = أخرى

## The channel a report came through

map-channel-monitor = فريق الرصد
map-channel-party = طرف
map-channel-mediator = وسيط
map-channel-public = الجمهور

## Verification board (web/app/pages/verification.js)

ver-title = لوحة التحقق
ver-public-notice = لا يطّلع الجمهور إلا على الاستنتاجات المنشورة. سجّل الدخول للاطلاع على القضايا التي تعنيك.
ver-col-open = مفتوحة: الأدلة والردود ({ $n })
ver-col-awaiting-quorum = استنتاج بانتظار النصاب ({ $n })
ver-col-decided = محسومة ({ $n })

## A case's card

ver-case-title = القضية { $id }
ver-incidents = الحوادث
ver-action-ref = الإجراء { $id }
ver-accused = الطرف المتَّهَم
ver-team = الفريق
ver-reply-due = الموعد النهائي للرد
ver-overdue = (فات الموعد)
ver-replied = تمّ الرد
ver-requests = الأدلة المطلوبة
ver-request-item = { $from }: { $what } — الموعد النهائي { $due }
ver-replies = الردود
ver-late = متأخر
ver-assessments = التقييمات
ver-assessment = { $member }: { $outcome } — الوقوع { $happened }٪، المسؤولية { $responsible }٪. { $note }
ver-assessment-attributed = { $member }: { $outcome } — الوقوع { $happened }٪، المسؤولية { $responsible }٪ ({ $party }). { $note }
ver-finding = الاستنتاج
ver-quorum = النصاب: موافقة { $concur } من أصل { $quorum }
ver-in-effect = نافذ اعتبارًا من القيد { $index }
ver-published = منشور
ver-vote-concurs = { $member } ({ $participant }): موافق
ver-vote-dissents = { $member } ({ $participant }): مخالف
ver-prescribes = ينصّ الجدول على: { $penalty } (القاعدة { $rule }، الانتهاك رقم { $count }).

## A case's acts

ver-request-title = طلب أدلة
ver-request-sign = توقيع الطلب
ver-request-done = طُلبت الأدلة
ver-from = من
ver-what = المطلوب
ver-due = الموعد النهائي (18:00 UTC)
ver-reply-title = رد وفدكم
ver-reply-sign = التوقيع وتقديم الرد
ver-reply-done = قُدِّم الرد
ver-reply-to-case = — (الرد على القضية)
ver-answering = ردًّا على الطلب
ver-assess-title = التقييم
ver-assess-sign = توقيع التقييم
ver-assess-done = قُدِّم التقييم
ver-happened = الوقوع (٪)
ver-responsible = المسؤولية (٪)
ver-outcome = النتيجة
ver-attributed-to = منسوب إلى
ver-note = ملاحظة
ver-commitments-breached = الالتزامات المنتهَكة (إن لم يُحدَّد شيء: كل ما تنتهكه الفئة)
ver-propose-title = اقتراح استنتاج
ver-propose-sign = التوقيع والاقتراح
ver-propose-done = اقتُرح الاستنتاج
ver-party = الطرف
ver-category = الفئة
ver-severity = درجة الخطورة
ver-summary = الملخّص
ver-vote-title = التصويت
ver-vote-sign = توقيع التصويت
ver-vote-done = أُدلي بالصوت
ver-i-dissent = لديّ رأي مخالف
ver-dissent-reason = السبب (مطلوب لإبداء رأي مخالف)
ver-publish-title = النشر
ver-publish-sign = نشر الاستنتاج
ver-publish-done = نُشر
ver-public-statement = البيان العام
ver-impose-title = فرض العقوبة
ver-impose-sign = فرض العقوبة المقرَّرة ({ $penalty })
ver-impose-done = فُرضت العقوبة
ver-detail = التفاصيل (اختياري)

## Penalties and appeals

ver-penalty-line = العقوبة { $id }: { $kind } على { $party }
ver-appeal-until = يجوز الاستئناف حتى { $at }
ver-appealed = قُدِّم استئناف: { $grounds }
ver-appeal-title = استئناف هذه العقوبة
ver-appeal-sign = التوقيع والاستئناف
ver-appeal-done = قُدِّم الاستئناف
ver-appeal-note = استئناف واحد فقط، حتى { $at }.
ver-grounds = الأسباب
ver-decide-title = البتّ في الاستئناف
ver-decide-sign = توقيع القرار
ver-decide-done = بُتَّ في الاستئناف
ver-decision = القرار
ver-reason = السبب
ver-serve-title = تنفيذ العقوبة
ver-serve-sign = توقيع: نُفِّذت
ver-serve-done = نُفِّذت العقوبة
ver-lift-title = رفع العقوبة
ver-lift-sign = توقيع: رُفعت
ver-lift-done = رُفعت العقوبة

## Opening a case

ver-incident-filter = التصفية حسب المعرّف أو المكان أو الفئة أو التاريخ
ver-open-title = فتح قضية
ver-open-sign = التوقيع وفتح القضية
ver-open-done = فُتحت القضية
ver-find-reports = البحث في البلاغات
ver-pick-reports = البلاغات (اختر بلاغًا واحدًا أو أكثر)
ver-accused-party = الطرف المتَّهَم
ver-joint-team-hint = في الفرق المشتركة، أدرج عضوًا من كل طرف.
ver-hours-to-reply = مهلة الرد بالساعات
ver-verify-action = التحقق من تقرير الإجراء { $id }

## Evidence and its chain of custody

ver-evidence = الأدلة
ver-access-title = الاطلاع (يُسجَّل في سلسلة الحيازة)
ver-access-sign = توقيع الاطلاع
ver-access-done = سُجِّل الاطلاع
ver-purpose = الغرض
ver-transfer-title = نقل الحيازة
ver-transfer-sign = توقيع النقل
ver-transfer-done = نُقلت الحيازة
ver-to = إلى

## Outcomes of an assessment or a finding (tv)

ver-outcome-confirmed = مؤكَّد
ver-outcome-not-confirmed = غير مؤكَّد
ver-outcome-no-violation = لا انتهاك
ver-outcome-inconclusive = غير حاسم
ver-outcome-verified = تمّ التحقق منه
ver-outcome-not-verified = لم يتم التحقق منه

## Incident categories: the defaults when the agreement names none (tv)

ver-category-armed-clash = اشتباك مسلح
ver-category-air-drone-strike = ضربة جوية أو بطائرة مسيّرة
ver-category-shelling = قصف مدفعي
ver-category-cross-border-raid = غارة عبر الحدود
ver-category-ied = عبوة ناسفة بدائية الصنع
ver-category-attack-on-civilians = هجوم على المدنيين
ver-category-movement-of-forces = تحريك القوات
ver-category-obstruction-of-monitors = عرقلة عمل المراقبين
ver-category-hostile-propaganda = دعاية عدائية
ver-category-other = أخرى

## Severities (tv)

ver-severity-minor = طفيفة
ver-severity-moderate = متوسطة
ver-severity-serious = جسيمة
ver-severity-grave = بالغة الجسامة

## Kinds of penalty (tv)

ver-penalty-kind-formal-notice = إخطار رسمي
ver-penalty-kind-public-attribution = إسناد المسؤولية علنًا
ver-penalty-kind-fine = غرامة مالية
ver-penalty-kind-benefit-suspension = تعليق المزايا
ver-penalty-kind-referral = الرفع إلى المرجعيات العليا

## A penalty's status (tv)

ver-penalty-status-imposed = مفروضة
ver-penalty-status-appealed = مستأنَفة
ver-penalty-status-overturned = ملغاة
ver-penalty-status-served = منفَّذة
ver-penalty-status-lifted = مرفوعة

## Decisions on an appeal: the picker (tv)

ver-decision-upheld = تأييد العقوبة
ver-decision-overturned = إلغاء العقوبة
ver-decision-varied = تعديل العقوبة

## Decisions on an appeal: in a penalty's line (tv)

ver-appeal-result-upheld = الاستئناف: تأييد العقوبة
ver-appeal-result-overturned = الاستئناف: إلغاء العقوبة
ver-appeal-result-varied = الاستئناف: تعديل العقوبة

## Compliance dashboard (web/app/pages/compliance.js)

comp-title = الامتثال
comp-members-only = شروط الآلية والامتثال متاحة للأعضاء فقط: سجّل الدخول.
comp-not-configured = لم تُهيَّأ آلية الرصد بعد.
comp-as-of = حتى قيد السجل (غير مشمول)
comp-show = عرض
comp-latest = الأحدث
comp-as-of-note = الحالة على امتداد القيود الأولى وعددها { $upto }، في { $at }.

## Commitments table

comp-commitment = الالتزام
comp-clause = الفقرة
comp-bearer = الطرف الملتزم
comp-state = الحالة
comp-why = السبب
comp-entry-ref = [القيد { $index }]
comp-action-title = الإبلاغ عن إجراء بشأن هذا الالتزام
comp-action-sign = توقيع تقرير الإجراء
comp-action-what = ما قام به طرفكم

## Charts and penalties

comp-chart-violations = الانتهاكات المؤكَّدة لكل طرف، حسب الشهر
comp-chart-penalties = العقوبات لكل طرف، حسب الشهر
comp-penalties = العقوبات
comp-none = لا شيء.

## Configuring the mechanism

comp-not-json = الشروط ليست بصيغة JSON: { $why }
comp-check-ok = سيقبل السجل هذه الشروط.
comp-check-refused = سيرفض السجل هذه الشروط: { $reason }
comp-check = التحقق وفق القواعد
comp-configure-title = تهيئة آلية الرصد
comp-configure-sign = توقيع شروط الآلية
comp-agreement = الاتفاق المعتمد
comp-terms = الشروط (الالتزامات، جدول العقوبات، الإجراءات)
comp-territories-hint = الأقاليم: بلد كل طرف باسمه وفق ISO، مثلًا { $example }؛ وتُحسب الحدود بينهما من بيانات Natural Earth المضمَّنة.
comp-rule-no-commitment = لا التزام: هذه القاعدة لا تعاقب على أي انتهاك
comp-schedule-caption = ما تعاقب عليه كل قاعدة من جدول العقوبات
comp-rule = القاعدة
comp-penalty = العقوبة
comp-categories = الفئات
comp-commitments-penalised = الالتزامات التي تعاقب على انتهاكها
comp-schedule-empty = لا يتضمن الجدول أي قاعدة.

## A commitment's state (tv)

comp-state-pending = قيد الانتظار
comp-state-in-force = نافذ
comp-state-suspended = معلَّق
comp-state-met = مُستوفى
comp-state-overdue = فات موعده
comp-state-breached = منتهَك

## Kinds of penalty (tv)

comp-penalty-kind-formal-notice = إخطار رسمي
comp-penalty-kind-public-attribution = إسناد المسؤولية علنًا
comp-penalty-kind-fine = غرامة مالية
comp-penalty-kind-benefit-suspension = تعليق المزايا
comp-penalty-kind-referral = الرفع إلى المرجعيات العليا

## A penalty's status (tv)

comp-penalty-status-imposed = مفروضة
comp-penalty-status-appealed = مستأنَفة
comp-penalty-status-overturned = ملغاة
comp-penalty-status-served = منفَّذة
comp-penalty-status-lifted = مرفوعة

## Decisions on an appeal (tv)

comp-appeal-result-upheld = الاستئناف: تأييد العقوبة
comp-appeal-result-overturned = الاستئناف: إلغاء العقوبة
comp-appeal-result-varied = الاستئناف: تعديل العقوبة

## Ledger explorer: the latest checkpoint

led-title = مستكشف السجل
led-checkpoint-title = أحدث نقطة تحقق
led-sig-log-ok = السجل { $origin }: تم التحقق من التوقيع
led-sig-log-bad = السجل { $origin }: التوقيع لا يجتاز التحقق
led-sig-witness-ok = الشاهد { $name }: وقّع توقيعًا مشتركًا في { $at }
led-sig-witness-bad = الشاهد { $name }: { $why }
led-does-not-verify = لا يجتاز التحقق
led-origin = الأصل
led-size = الحجم
led-root = الجذر
led-witnesses = الشهود
led-quorum = { $n } من أصل { $total } وقّعوا توقيعًا مشتركًا (النصاب { $quorum })
led-signed-note = المذكرة الموقَّعة

## Ledger explorer: an entry and its inclusion proof

led-entry-title = قيد وإثباته
led-entry-index = رقم القيد
led-show-verify = العرض والتحقق
led-not-yet = القيد { $index } غير مشمول بعد في أحدث نقطة تحقق (الحجم { $size })
led-proof-ok = القيد { $index } مُضمَّن في نقطة التحقق ذات الحجم { $size }: إثباته المؤلف من { $hashes ->
    [one] تجزئة واحدة
    [two] تجزئتين
    [few] { $hashes } تجزئات
   *[other] { $hashes } تجزئة
} يؤدي إلى الجذر الموقَّع توقيعًا مشتركًا (تم التحقق في هذا المتصفح).
led-proof-bad = القيد { $index }: الإثبات لا يؤدي إلى جذر نقطة التحقق.
led-kind = النوع
led-signed-by = الموقِّع
led-seq = الرقم التسلسلي للموقِّع
led-leaf-hash = تجزئة الورقة
led-public-part = الجزء العام (الباقي مختوم)
led-body = المتن
led-download-receipt = تنزيل إيصال tlog-proof

## Ledger explorer: a sealed entry's opening

led-sealed-closed = مختوم: لست ممن يحق لهم فتح هذا القيد. ومع ذلك فإن التعهّد التشفيري أعلاه يُثبّت محتواه.
led-opening-bad = بيانات الفتح التي قدّمها الخادم لا تطابق التعهّد التشفيري للقيد.
led-opening-ok = فُتح: الجزء المختوم يطابق التعهّد التشفيري للقيد (تم التحقق في هذا المتصفح).
led-sealed-part = الجزء المختوم
led-download-opening = تنزيل بيانات الفتح

## Enrolment with an invitation

enr-title = التسجيل بدعوة
enr-intro = أعطتك الأمانة رمز دعوة صالحًا لمرة واحدة. ينشئ هذا المتصفح مفتاح التوقيع الخاص بك؛ ولا يغادره المفتاح أبدًا، ويُوقَّع به كل إجراء تتخذه هنا.
enr-code = رمز الدعوة
enr-look-up = البحث عن الدعوة
enr-used = سبق استخدام هذه الدعوة (القيد { $index }).
enr-revoked = سحبت الأمانة هذه الدعوة: اطلب منها دعوة جديدة.
enr-expired = انتهت صلاحية هذه الدعوة في { $at }: اطلب من الأمانة دعوة جديدة.
enr-create-key = إنشاء مفتاحي والتسجيل
enr-member = العضو
enr-for = الجهة
enr-roles = الأدوار
enr-founding = دعوة تأسيسية: سيكون مفتاح هذا المتصفح أول مفتاح للأمانة في العملية. يمكنه تعريف العملية وإضافة الجهات المشاركة ودعوة الأعضاء.
enr-list-sep = ،
enr-enrolled = تم التسجيل في القيد { $index } بالمفتاح { $key }. لقد سجّلت الدخول.
enr-refused = رُفض التسجيل: { $why }
enr-no-such-code = لا توجد دعوة بهذا الرمز.

## Sign-in with this browser's key

enr-signin-title = تسجيل الدخول
enr-no-key = لا يحمل هذا المتصفح أي مفتاح بعد.
enr-enrol-link = التسجيل برمز دعوة
enr-signin-button = تسجيل الدخول بمفتاح هذا المتصفح
enr-this-key = مفتاح هذا المتصفح:
enr-signed-in-as = تم تسجيل الدخول باسم { $who }.
enr-forget-confirm = هل تريد حذف مفتاح هذا المتصفح؟ ستحتاج إلى دعوة جديدة لتسجيل الدخول هنا مرة أخرى.
enr-forget = حذف هذا المفتاح
enr-signin-refused = رُفض تسجيل الدخول: { $why }

## Members' roles

enr-role-signatory = موقِّع
enr-role-delegate = مندوب
enr-role-mediator = وسيط
enr-role-witness = شاهد
enr-role-secretariat = الأمانة
enr-role-monitor = راصد
enr-role-observer = مراقب

## Who is signed in, when not a member

enr-viewer-public = الجمهور
enr-viewer-secretariat = الأمانة
enr-viewer-member = عضو

## The mechanism's structured editor (mechanism.js)

mech-procedure = الإجراءات
mech-force = بدء النفاذ
mech-quorum = نصاب الاستنتاج (الوسطاء)
mech-quorum-hint = عدد المشاركين من الوسطاء الذين يجب أن يوافقوا قبل أن يسري الاستنتاج
mech-reply-hours = مهلة رد الطرف بالساعات
mech-appeal-days = مهلة استئناف العقوبة بالأيام
mech-joint = يضم كل فريق تحقق عضوًا من كل طرف
mech-appeal-body = الوسطاء الذين يبتّون في الاستئنافات
mech-territory = إقليم { $party }
mech-territory-hint = اسم الدولة كما يرد بالإنجليزية في حدود الخريطة، مثل Afghanistan
mech-categories = فئات الحوادث
mech-categories-hint = معرّفات مفصولة بفواصل؛ وتُعتمد الفئات الافتراضية إن تُركت كما هي
mech-commitments = الالتزامات
mech-commitment-n = الالتزام { $n }
mech-id = المعرّف
mech-clause = فقرة الاتفاق
mech-modality = نوع الحكم
mech-modality-prohibition = حظر
mech-modality-obligation = إلزام
mech-modality-permission = إذن
mech-bearer = الطرف الملتزم
mech-beneficiary = الطرف المستفيد
mech-action = ما يقوم به الطرف أو يمتنع عنه
mech-verification = كيفية التحقق منه
mech-breached-by = الحوادث التي تنتهكه
mech-due = الموعد النهائي
mech-due-continuing = مستمر
mech-due-date = في تاريخ محدد
mech-due-days = بعد عدد من الأيام من بدء النفاذ
mech-due-date-label = التاريخ
mech-due-days-label = عدد الأيام بعد بدء النفاذ
mech-more = شروط أخرى: النطاق، المدة، الشرط، الروابط
mech-concerns = القوات أو الجماعات المعنية
mech-area = المنطقة
mech-within-km = في حدود (km من الحدود)
mech-from = من
mech-until = إلى
mech-reciprocal = مقابل للالتزام
mech-depends-on = يتوقف على
mech-has-condition = مشروط: يُعلَّق بانتهاك مؤكَّد من الطرف الآخر
mech-condition-text = نص الشرط
mech-condition-by = الانتهاك من جانب
mech-condition-categories = الفئات التي تعلّقه
mech-suspends-days = مدة التعليق بالأيام
mech-suspends-hint = فارغ: حتى إشعار آخر
mech-remove-commitment = إزالة هذا الالتزام
mech-add-commitment = إضافة التزام
mech-schedule = جدول العقوبات
mech-rule-n = القاعدة { $n }
mech-rule-categories = الفئات التي تحتسبها
mech-min-severity = الحد الأدنى لدرجة الخطورة
mech-nth = ترتيب الانتهاك المؤكَّد
mech-nth-hint = 1 للأول، 2 للثاني ضمن الفترة الزمنية…
mech-window = الفترة الزمنية بالأيام
mech-cure = مهلة التدارك بالأيام
mech-penalty = العقوبة
mech-detail = التفاصيل
mech-amount = المبلغ
mech-benefit = الميزة المعلَّقة
mech-remove-rule = إزالة هذه القاعدة
mech-add-rule = إضافة قاعدة
mech-severity-minor = طفيفة
mech-severity-moderate = متوسطة
mech-severity-serious = جسيمة
mech-severity-grave = بالغة الجسامة
mech-penalty-formal-notice = إخطار رسمي
mech-penalty-public-attribution = إسناد المسؤولية علنًا
mech-penalty-fine = غرامة مالية
mech-penalty-benefit-suspension = تعليق المزايا
mech-penalty-referral = الرفع إلى المرجعيات العليا
mech-category-armed-clash = اشتباك مسلح
mech-category-air-drone-strike = ضربة جوية أو بطائرة مسيّرة
mech-category-shelling = قصف مدفعي
mech-category-cross-border-raid = غارة عبر الحدود
mech-category-ied = عبوة ناسفة بدائية الصنع
mech-category-attack-on-civilians = هجوم على المدنيين
mech-category-movement-of-forces = تحريك القوات
mech-category-obstruction-of-monitors = عرقلة عمل فرق الرصد
mech-category-hostile-propaganda = دعاية عدائية
mech-category-other = أخرى
comp-json-from-form = كتابة النموذج بصيغة JSON
comp-json-to-form = نقل محتوى JSON هذا إلى النموذج

## The process's timeline (pages/process.js)

proc-tl-caption = الجولات والمواعيد النهائية من { $from } إلى { $to }؛ ويشير الخط إلى اليوم، { $today }
proc-tl-round = { $title }: من { $from } إلى { $to } ({ $state })
proc-tl-deadline = الموعد النهائي: { $title }، بحلول { $due }

## The mechanism editor: defaults kept as defaults

mech-yes = نعم
mech-no = لا
mech-default = — (الافتراضي في القواعد)
mech-default-hint = فارغ: الافتراضي في القواعد، { $value }
mech-appeal-body-hint = إن لم يُحدَّد أحد: يبتّ أي وسيط في الاستئنافات
mech-lines-hint = واحد في كل سطر
comp-json-not-read = يختلف JSON عن النموذج: اقرأه في النموذج أولًا، أو أغلقه

## The public record (pages/public.js)

app-nav-public = الوثائق العامة
app-title-public = الوثائق العامة
pub-title = الوثائق العامة
pub-at-size = عند حجم السجل { $size }
pub-feed = موجز Atom للمنشورات
pub-check = تحقّق منه
pub-checking = جارٍ التحقق في هذا المتصفح…
pub-loading = جارٍ التحميل…
pub-check-checkpoint-ok = تم التحقق من توقيع السجل على نقطة التحقق ذات الحجم { $size }
pub-check-checkpoint-bad = تعذّر التحقق من توقيع السجل على نقطة التحقق ذات الحجم { $size }
pub-check-included = القيد { $index } ({ $kind }) مُضمَّن في شجرة نقطة التحقق
pub-check-not-included = القيد { $index } ({ $kind }) غير مُضمَّن في شجرة نقطة التحقق
pub-check-opening-ok = الجزء المكشوف من القيد { $index } يطابق تعهّده التشفيري في السجل
pub-check-opening-bad = الجزء المكشوف من القيد { $index } لا يطابق تعهّده التشفيري في السجل
pub-check-text-ok = بصمة النص المعروض هي { $hash }
pub-check-text-bad = بصمة النص المعروض ليست { $hash }
pub-check-commits-ok = ثبّت القيد { $index } هذا النص
pub-check-commits-bad = لم يُثبّت القيد { $index } هذا النص
pub-check-signed-ok = وقّع الموقّع عن { $party } هذا النص
pub-check-signed-bad = لم يوقّع الموقّع عن { $party } هذا النص
pub-check-finding-ok = قيد الاستنتاج يسجّل الاستنتاج { $id } بهذه النتيجة
pub-check-finding-bad = قيد الاستنتاج لا يسجّل الاستنتاج { $id } بهذه النتيجة
pub-check-statement-ok = نشر القيد { $index } هذا البيان
pub-check-statement-bad = لم ينشر القيد { $index } هذا البيان
pub-check-report-ok = نشر القيد { $index } بصمة هذا التقرير
pub-check-report-bad = لم ينشر القيد { $index } بصمة هذا التقرير
pub-agreement = الاتفاق
pub-agreement-facts = النسخة { $version }، نُشرت في { $published } في القيد { $entry }. بصمة المحتوى:
pub-no-agreement = لم ينشر الوسطاء أي اتفاق.
pub-rounds = الجولات والبيانات
pub-findings = الاستنتاجات المنشورة
pub-finding-title = الاستنتاج { $id }: { $outcome }
pub-finding-facts = الطرف: { $party } · الآراء المخالفة المسجّلة: { $dissents } · نُشر في { $published } في القيد { $entry }
pub-penalty = العقوبة { $id }: { $kind } على { $party }، { $status }.
pub-appeal = استُؤنفت في { $at }: { $decision }.
pub-undecided = لم يُبتّ فيه بعد
pub-no-findings = لم يُنشر أي استنتاج.
pub-reports = التقارير المنشورة
pub-report-period = (من { $from } إلى { $to })
pub-report-data = البيانات مع الإثباتات (JSON)
pub-no-reports = لم يُنشر أي تقرير.
pub-older = عرض الأقدم ({ $n } أخرى)
pub-verify-offline = تتضمّن بيانات كل تقرير نقطةَ التحقق الموقّعة توقيعًا مشتركًا وكلَّ قيد يحتسبه التقرير مع إثبات تضمينه: ويتحقق منها الأمر truce verify-report دون اتصال بالشبكة.
pub-commitments = الالتزامات كما يعرفها الجمهور
pub-col-commitment = الالتزام
pub-col-clause = الفقرة
pub-col-bearer = الطرف الملتزم
pub-col-state = الحالة

## Publishing, at the mediators' quorum

neg-publish-title = نشر الاتفاق { $id }
neg-publish-sign = التوقيع على نشره
neg-publish-done = تم التوقيع على النشر
neg-publish-note = يوقّع كل وسيط؛ ويصبح النص علنيًا مع توقيعاته عند اكتمال نصاب الوسطاء، ليتمكن أي شخص من التحقق منه.
comp-reports-title = التقارير
comp-report-download = تقريرك عن هذه الفترة:
comp-report-from = من
comp-report-to = إلى
comp-report-propose-title = اقتراح التقرير العام لهذه الفترة للنشر
comp-report-propose-sign = التوقيع والاقتراح
comp-report-proposed = اقتُرح التقرير للنشر
comp-report-id = معرّف التقرير
comp-report-title-field = العنوان (اختياري)
comp-report-cosign-title = نشر التقرير { $id }
comp-report-cosign = التوقيع على نشره
comp-report-cosigned = تم التوقيع على النشر
comp-report-proposal = { $title } (من { $from } إلى { $to })، وقّعه حتى الآن { $signers }. بياناته:
ver-publish-signed-by = وقّعه حتى الآن { $signers }؛ ويُنشر عندما يوقّع { $quorum } من الوسطاء.
ov-wait-publish-finding = وقّع على نشر الاستنتاج { $id }
ov-wait-publish-agreement = وقّع على نشر الاتفاق { $id }
ov-wait-publish-report = وقّع على نشر التقرير { $id }
