# أسباب رفض الخادم للطلبات، بالعربية (ar): ترجمة reasons/en.ftl.
# Translated from reasons/en.ftl (written by crates/server/tests/catalogues.rs); terms as in web/GLOSSARY.md.

## crates/domain/src/disclosure.rs

disclosure-unknown-kind = نوع غير معروف «{ $kind }»: لا يقبل السجل إلا الأنواع الواردة في جدول الإفصاح الخاص به
disclosure-not-object = متن القيد من نوع { $kind } ليس كائن JSON
disclosure-confidential-in-public = { $kind } مختوم: لا يجوز أن يُظهر متن قيده إلا { $public } و"sealed"، لكنه يُظهر «{ $field }» (ضعه في بيانات الفتح)
disclosure-no-commitment = { $kind } مختوم: يحتاج متن قيده إلى تعهّد تشفيري "sealed" (64 رقمًا ست عشريًا)
disclosure-no-opening = { $kind } مختوم: أرسل بيانات فتحه مع المغلّف
disclosure-not-sealed = { $kind } علني: لا يحمل تعهّدًا تشفيريًا "sealed" ولا بيانات فتح
disclosure-opening-shape = بيانات الفتح ليست بالشكل { $shape }: { $why }
disclosure-salt = يجب أن يكون الملح (salt) في بيانات الفتح { $n } بايت بترميز base64
disclosure-too-large = حجم بيانات الفتح { $n } بايت؛ والحد الأقصى { $max }
disclosure-mismatch = بيانات الفتح لا تطابق التعهّد التشفيري للقيد (بصمتها { $got })
disclosure-public-in-opening = لا يجوز أن تتضمن بيانات الفتح الحقل العلني «{ $field }»
disclosure-body-json = متن { $kind }: { $detail }

## crates/domain/src/document.rs

document-json = الوثيقة ليست JSON صالحًا بشكل المسودة: { $detail }
document-too-large = حجم الوثيقة { $n } بايت؛ والحد الأقصى المقبول { $max }
document-no-language = لا تذكر الوثيقة أي لغة
document-language-code = «{ $code }» ليس رمز لغة
document-language-twice = اللغة «{ $code }» مدرجة مرتين
document-no-authoritative = لم تُحدَّد أي لغة ذات حجية (حدّد لغة واحدة، أو عدة لغات متساوية في الحجية)
document-text-unlisted-language = في { $what } نص باللغة «{ $code }»، وهي لغة لا تدرجها الوثيقة
document-text-missing = ليس في { $what } نص باللغة ذات الحجية «{ $language }»
document-part-title = العنوان
document-part-preamble = الديباجة
document-no-article = لا تتضمن الوثيقة أي مادة
document-article-eid = معرّف المادة «{ $eid }» ليس معرّف eId (أحرف لاتينية صغيرة وأرقام و'_')
document-eid-twice = معرّف الفقرة «{ $eid }» مستخدم مرتين
document-part-heading = عنوان { $eid }
document-no-paragraph = المادة { $eid } لا تتضمن أي فقرة
document-paragraph-eid = معرّف الفقرة «{ $eid }» ليس معرّف eId (أحرف لاتينية صغيرة وأرقام و'_')
document-part-clause = الفقرة { $eid }
document-bracketed-no-alternatives = الفقرة { $eid } بين معقوفتين لكنها لا تدرج أي بدائل
document-alternatives-not-bracketed = الفقرة { $eid } تدرج بدائل لكن حالتها { $status } وليست بين معقوفتين
document-part-alternative = البديل { $n } من الفقرة { $eid }

## crates/domain/src/fold.rs

territories-no-world = لا توجد بيانات حدود يُتحقق منها على أساسها
territories-refused = الأقاليم: { $why }

## crates/domain/src/geo.rs

geo-not-topojson = بيانات الحدود ليست بصيغة TopoJSON: { $why }
geo-unknown-country = لا يوجد في بيانات الحدود بلد باسم «{ $name }»
geo-no-border = لا تجمع { $a } و{ $b } حدود مشتركة في بيانات الحدود
geo-not-a-number = { $what } ليس عددًا
geo-arc-reference = مرجع قوس ليس عددًا صحيحًا
geo-no-arcs = لا توجد أقواس (arcs)
geo-arc-not-array = قوس ليس مصفوفة
geo-no-geometries = لا يوجد objects.countries.geometries
geo-no-such-arc = القوس { $i } غير موجود
geo-frontier-two = يتطلب خط الحدود إقليمين اثنين بالضبط

## crates/domain/src/lib.rs

body-invalid = متن { $kind } غير صالح: { $why }
unknown = ليس هناك { $what } بالمعرّف «{ $id }»
duplicate = هناك بالفعل { $what } بالمعرّف «{ $id }»
not-a-member = المفتاح { $key } ليس مفتاح أحد الأعضاء؛ أضفه أولًا بإجراء member.add
key-retired = أُوقف العمل بالمفتاح { $key } في القيد { $at } (العضو { $member } { $why }) ولا يوقّع شيئًا بعده
retired-removed = أُزيل
retired-rotated = انتقل إلى مفتاح جديد
forbidden = لا يجوز لـ{ $actor } إجراء { $act }: { $rule }
round-transition = لا يمكن نقل الجولة «{ $round }» من حالة { $from } إلى حالة { $to }
reason-required = يتطلب { $state } بيان السبب
content-missing = لم يُرفع المحتوى { $hash }: أرسله بطلب POST إلى /api/v1/blobs قبل التقديم
bad-document = المحتوى { $hash } ليس مسودة صالحة: { $why }
not-with-mediators = النسخة { $version } ليست لدى الوسطاء لإحالتها إلى { $to }: فقد أُحيلت إلى { $to } في القيد { $at }
text-changed = تغيّر النص: محتوى النسخة { $version } هو { $current }، لكن هذا الإجراء يذكر { $named }
bracketed = لا يُتفق على شيء ما لم يُتفق على كل شيء: لا تزال في النسخة { $version } فقرات بين معقوفتين ({ $clauses })
thing-action-report = تقرير إجراء
thing-case = قضية
thing-clause = فقرة
thing-comment = تعليق
thing-commitment = التزام
thing-evidence = دليل
thing-evidence-request = طلب أدلة
thing-finding = استنتاج
thing-import-batch = دفعة استيراد
thing-incident = حادثة
thing-member = عضو
thing-open-invitation = دعوة مفتوحة للعضو
thing-participant = مشارك
thing-penalty = عقوبة
thing-penalty-rule = قاعدة عقوبة
thing-round = جولة
thing-version = نسخة
round-state-scheduled = الجدولة
round-state-in-session = الانعقاد
round-state-stalled = التعثر
round-state-suspended = التعليق
round-state-resumed = معاودة الانعقاد
round-state-concluded = الاختتام
blob-hash-mismatch = بصمة البايتات المقدَّمة هي { $got }
import-bad-rows = عدد الصفوف غير الصالحة { $bad }؛ أولها: { $first }
import-row-count = يتضمن الملف { $held } صفًا، لا { $rows }
evidence-size = حجم الملف { $got } بايت، لا { $size } كما صُرِّح
evidence-type = صُرِّح بأن نوعه { $declared }، لكن بايتاته من نوع { $sniffed }
evidence-type-unknown = صُرِّح بأن نوعه { $declared }، لكن بايتاته ليست من أي نوع مقبول

## crates/domain/src/monitor/acled.rs

import-row = السطر { $line }، العمود { $column }: { $why }
import-no-column = لا يتضمن سطر العناوين العمود { $name }: يتضمن ملف تصدير ACLED هذه الأعمدة الـ31: { $columns }
import-value-too-long = القيمة أطول من 20000 حرف
import-event-id = «{ $id_raw }» ليس معرّف حدث (أحرف وأرقام)
import-value-empty = القيمة فارغة
import-event-date = «{ $v }» ليس تاريخًا (YYYY-MM-DD)
import-year = «{ $v }» ليس سنة event_date { $date }
import-precision = «{ $v }» ليس 1 أو 2 أو 3
import-not-number = «{ $v }» ليس عددًا
import-coordinate-range = { $v } خارج النطاق ±{ $limit }
import-not-whole-number = «{ $v }» ليس عددًا صحيحًا
import-timestamp = «{ $timestamp }» ليس وقتًا بصيغة Unix
import-actor-type = «{ $v }» ليس نوع فاعل في ACLED (نص، أو من 0 إلى 8)

## crates/domain/src/monitor/rules.rs

mech-not-configured = لم تُهيَّأ آلية الرصد بعد (mechanism.configure)
mech-not-a-party = { $field } «{ $id }» ليس طرفًا في العملية
mech-unknown-category = الفئة «{ $c }» ليست من الفئات التي يحددها الاتفاق: { $categories }
evidence-not-citable = الدليل { $h } ليس دليلًا يجوز لك الاستشهاد به: قدّمه (evidence.submit) قبل الاستشهاد به، ولا تستشهد إلا بأدلة يجوز للمشارك الذي تنتمي إليه الاطلاع عليها
rule-mediators = لا يجوز ذلك إلا للوسطاء
mech-configured = الآلية مهيَّأة بالفعل
mech-agreement-not-adopted = النسخة { $version } ليست اتفاقًا معتمدًا: الالتزامات تُستمد من النص المعتمد
mech-appeal-body-not-mediator = appeal_body «{ $body }» ليس وسيطًا
mech-commitment-no-clause = الالتزام { $commitment }: لا يتضمن الاتفاق الفقرة «{ $clause }»
mech-commitment-not-before = الالتزام { $commitment }: «{ $d }» ليس التزامًا مدرجًا قبله
mech-prohibition-no-categories = الالتزام { $commitment }: يجب أن يذكر الحظر فئات الانتهاكات التي تخرقه
mech-quorum-too-large = finding_quorum { $quorum } أكبر من عدد الوسطاء ({ $mediators })
rule-mediators-relay-public = لا يحيل بلاغات الجمهور إلا الوسطاء
rule-secretariat = لا يجوز ذلك إلا للأمانة
import-csv-missing = لم يُرفق ملف CSV الخاص بالاستيراد
rule-mediators-and-monitors = لا يجوز ذلك إلا للوسطاء والراصدين
incident-target-merged = الحادثة { $into } نفسها مدموجة في حادثة أخرى
incident-merge-self = لا يمكن دمج حادثة في نفسها
incident-already-merged = الحادثة { $x } مدموجة بالفعل في { $t }
rule-evidence-access = لا توجد أدلة من هذا القبيل يمكن أن يتيحها لك مقدّمها أو حائزها أو الوسطاء أو أطراف قضية تستشهد بها
rule-evidence-holder = لا يجوز ذلك إلا لحائز دليل موجود، أو للوسطاء
rule-bearer-delegates = لا يجوز ذلك إلا لمندوبي الطرف الملتزم به
action-not-obligation = الالتزام { $commitment } من نوع { $modality }: لا يُستوفى بالإجراءات إلا الإلزام
case-incident-merged = الحادثة { $i } دُمجت في { $t }: اذكر { $t } بدلًا منها
case-action-accused = قضية الإجراء تتعلق بالطرف الذي أبلغ عن الإجراء
case-team-no-mediator = يجب أن يضم فريق التحقق عضوًا واحدًا على الأقل من الوسطاء
case-team-not-joint = ينص الاتفاق على فرق مشتركة: لا يضم الفريق أي عضو من { $missing }
rule-team-and-mediators = لا يجوز ذلك إلا لفريق القضية وللوسطاء
case-decided = حُسمت القضية { $case }
rule-party-delegates = لا يجوز ذلك إلا لمندوبي أحد الأطراف
case-decided-replies = حُسمت القضية { $case }: أُغلق سجل الردود
rule-team-members = لا يجوز ذلك إلا لأعضاء فريق القضية
case-decided-assessments = حُسمت القضية { $case }: أُغلق باب تقييماتها
rule-mediator-members = لا يجوز ذلك إلا لأعضاء الوسطاء
case-has-finding = للقضية { $case } استنتاج بالفعل هو { $f }
rule-mediators-and-team = لا يجوز ذلك إلا للوسطاء ولفريق القضية
finding-already-voted = سبق أن صوّت العضو { $member } على { $finding }
finding-in-effect = أصبح الاستنتاج { $finding } نافذًا بالفعل
rule-publication-mediators = لا يجوز ذلك إلا للأعضاء الوسطاء لدى مشارك وسيط، كلٌّ باسم المشارك الذي يتبعه
finding-published = نُشر الاستنتاج { $finding } بالفعل
finding-already-signed = سبق أن وقّع { $participant } على نشر الاستنتاج { $finding } (القيد { $at })
finding-statement-differs = يختلف البيان عن البيان المقترح في القيد { $at }: يوقّع كل وسيط على النص نفسه
rule-commission = لا يجوز ذلك إلا للوسطاء بصفتهم اللجنة
penalty-not-confirmed = نتيجة الاستنتاج { $finding } هي { $outcome }: لا يُعاقب إلا على انتهاك مؤكَّد
penalty-exists = للاستنتاج { $finding } عقوبة بالفعل هي { $penalty }
penalty-wrong-rule = العقوبة «{ $rule }» ليست في الجدول لهذا الاستنتاج: الانتهاك رقم { $n } من نوعه خلال الفترة الزمنية يستوجب القاعدة { $prescribed } ({ $kind })
penalty-not-prescribed = العقوبة «{ $rule }» ليست في الجدول: لا ينص الجدول على أي عقوبة لهذا الاستنتاج
rule-penalised-party = لا يجوز ذلك إلا للطرف المعاقَب
appeal-already = سبق استئناف العقوبة { $penalty }: لا يُسمح إلا باستئناف واحد
appeal-penalty-lifted = رُفعت العقوبة { $penalty }
appeal-period-ended = انتهت مهلة الاستئناف في { $end }: { $days } يومًا من فرض العقوبة في { $imposed }
rule-appeal-body = لا يجوز ذلك إلا لهيئة الاستئناف المحددة في الاتفاق
appeal-none = لم تُستأنف العقوبة { $penalty }
appeal-decided = سبق البتّ في استئناف { $penalty }
penalty-cannot-serve = حالة العقوبة { $penalty } هي { $status }: لا يمكن تنفيذها
penalty-cannot-lift = حالة العقوبة { $penalty } هي { $status }: لا يمكن رفعها
finding-not-in-effect = لم يصبح الاستنتاج { $finding } نافذًا: لم يبلغ نصاب { $quorum } من الوسطاء الموافقين
case-outcome-action = القضية { $case } تتحقق من تقرير إجراء: نتيجتها verified أو not_verified أو inconclusive
case-outcome-incident = القضية { $case } تتعلق بحوادث: نتيجتها confirmed أو not_confirmed أو no_violation أو inconclusive

## crates/domain/src/monitor/wire.rs

body-not-one-of = { $field } «{ $v }» ليس من بين { $all }
body-not-a-time = { $field } «{ $v }» ليس وقتًا
body-at-missing = الحقل at مفقود
body-at-not-a-time = الحقل at ليس وقتًا
mech-deadline-shape = الالتزام { $id }: الموعد النهائي «{ $s }» ليس "continuing" ولا { $date } ولا { $days }
mech-condition-no-categories = الالتزام { $id }: الشرط لا يذكر أي فئة
mech-penalty-rule-no-categories = قاعدة العقوبة { $rule }: لا تذكر أي فئة
mech-penalty-rule-nth = قاعدة العقوبة { $rule }: يبدأ عدّ nth من 1
incident-coordinate-range = { $field } { $v } خارج النطاق ±{ $limit }
incident-casualties-order = يجب أن تكون الخسائر البشرية low ≤ best ≤ high، لا { $low } / { $best } / { $high }
incident-channel = القناة «{ $other }»: لا يجوز تحديد قناة غير "public" (عندما يحيل وسيط بلاغًا من الجمهور)؛ وفي غير ذلك تكون القناة قناة المُبلِّغ
mech-quorum-zero = يجب ألا يقل finding_quorum عن 1
mech-categories-empty = الحقل categories فارغ
import-no-rows = قيمة rows هي 0: يتضمن الاستيراد صفًا واحدًا على الأقل
incident-merged-empty = الحقل merged فارغ
evidence-media-type = media_type «{ $media_type }» ليس من بين { $types }
evidence-size-range = الحجم { $size } ليس بين 1 و{ $max } بايت
case-incidents-or-action = تتعلق القضية إما بحوادث وإما بتقرير إجراء واحد: حدّد واحدًا فقط من incidents وaction
case-team-empty = الحقل team فارغ
case-confidence-range = درجات الثقة نسب مئوية، من 0 إلى 100
finding-confirmed-fields = يذكر الانتهاك المؤكَّد الطرف المنسوب إليه وفئته ودرجة خطورته
finding-vote-value = التصويت «{ $v }» ليس من بين concur وdissent
finding-dissent-reason = يجب أن يبيّن الرأي المخالف سببه

## crates/domain/src/publication.rs

body-publication-agreement-report = يُنشر الاتفاق بمعرّف نسخته وحده: احذف report
body-publication-period = تنتهي فترة التقرير ({ $to }) قبل أن تبدأ ({ $from })
body-publication-size = يجب أن يكون report.size حجم السجل الذي أُعدّ التقرير عنده
body-publication-no-report = يُنشر التقرير بالحقل report: { $shape }
body-publication-object = الكائن «{ $object }» ليس من بين agreement وreport (يُنشر الاستنتاج بإجراء finding.publish)
publication-report-json = ليس JSON تقرير: { $detail }
publication-report-schema = مخططه ليس { $schema }
publication-report-not-public = ليس التقرير العام: لا يجوز أن يُنشر إلا ما سبق نشره
publication-report-period = فترته ليست من { $from } إلى { $to } كما وُقِّع
publication-report-size = لم يُعدّ عند حجم السجل { $size } كما وُقِّع
publication-not-adopted = النسخة { $version } ليست اتفاقًا معتمدًا: لا يُنشر إلا الاتفاق
publication-report-unchecked = لم يُتحقق من مطابقة البيانات المرافقة للتقرير { $id } لما وُقِّع
publication-report-differs = اقتُرح التقرير { $id } ببصمة أو فترة أو حجم أو عنوان مختلف: وقّع على ذلك المقترح، أو انشر هذا بمعرّف آخر
publication-done = { $object } { $id } منشور بالفعل (القيد { $at })
publication-signed-twice = سبق أن وقّع { $mediator } على نشر { $object } { $id } (القيد { $at })

## crates/domain/src/report/mod.rs

report-period-date = { $name } «{ $date }» ليس تاريخًا (YYYY-MM-DD)
report-period-reversed = تنتهي الفترة ({ $to }) قبل أن تبدأ ({ $from })
report-period-too-long = لا تتجاوز الفترة عشر سنوات
report-recount-grouping = incidents.{ $name } لا يطابق الحوادث المدرجة
report-recount-summary = قيمة summary.{ $key } هي { $got } لكن عدد البنود المدرجة { $n }
report-recount-period = الحادثة { $id } تقع في الفترة { $period }، لا في الفترة الحالية أو السابقة
report-recount-restrictions = restrictions_on_monitors لا يطابق الحوادث المدرجة
report-recount-commitments = قيمة summary.commitments.{ $state } هي { $got } لكن عدد الالتزامات المدرجة بهذه الحالة { $n }
report-recount-casualties = قيمة summary.casualties هي { $got } لكن مجموع الحوادث المدرجة { $casualties }
report-items-not-list = items.{ $section } ليس قائمة
report-item-unnamed = بند من { $section } بلا id ولا entry: { $item }
report-item-twice = البند { $id } من { $section } مدرج مرتين

## crates/domain/src/state.rs

invitation-unknown = لا توجد دعوة بهذا الرمز
invitation-used = سبق استخدام الدعوة، في القيد { $at }
invite-withdrawn = سحبت الأمانة الدعوة في القيد { $at }
invite-expired = انتهت صلاحية الدعوة في { $expired } (وقت السجل { $now })
enrol-other-key = التسجيل موقَّع بالمفتاح { $signer } لكنه يسجّل المفتاح { $key }
clock-not-later = log.time { $unix } ليس لاحقًا لوقت السجل { $t } (القيد { $at })
process-defined = العملية معرَّفة بالفعل
invitation-exists = توجد بالفعل دعوة بهذا الرمز
invite-no-clock = تُحتسب valid_hours وفق وقت السجل، ولا يحتفظ هذا السجل بأي وقت بعد
invite-open = للعضو { $member } دعوة مفتوحة بالفعل (القيد { $at })
rule-member-or-secretariat = لا يجوز ذلك إلا للعضو نفسه أو للأمانة
party-unknown = «{ $party }» ليس طرفًا في العملية
rule-mediators-or-delegates = لا يجوز ذلك إلا للوسطاء ولمندوبي الأطراف
rule-party-delegates-or-mediators = لا يجوز ذلك إلا لمندوبي أحد الأطراف وللوسطاء
rule-unattributed-bridging = لا يكون دون نسبة إلا النص التوفيقي للوسطاء؛ أما مسودة الطرف فتُنسب إليه دائمًا
draft-needs-parent = للمسودة { $draft } نسخ بالفعل: اذكر النسخة الأصل التي تعدّلها هذه النسخة
draft-parent-elsewhere = النسخة الأصل { $parent } تنتمي إلى المسودة { $owner }، لا إلى { $draft }
draft-parent-not-relayed = النسخة { $parent } لم تُحَل إلى { $party }: لا يعدّل الطرف إلا ما أحاله إليه الوسطاء
rule-mediators-relay = لا يُحيل إلا الوسطاء؛ ولا يرسل الأطراف شيئًا إلى بعضهم مباشرة
draft-relay-twice = { $to } مذكور مرتين
draft-relay-not-party = «{ $to }» ليس طرفًا: تُحال المسودات إلى الأطراف
draft-relay-own = النسخة { $version } هي مسودة { $to } نفسه؛ وتُحال إلى الأطراف الأخرى
comment-not-relayed = النسخة { $version } لم تُحَل إلى { $party }
comment-shared-by-party = تعليق الطرف إما داخلي وإما للوسطاء؛ ولا يرسل الأطراف شيئًا إلى بعضهم مباشرة
rule-parties-delegates-or-mediators = لا يجوز ذلك إلا لمندوبي الأطراف وللوسطاء
rule-signatory = لا يجوز ذلك إلا للموقّع المفوَّض عن أحد الأطراف
agreement-adopted = النسخة { $version } معتمدة بالفعل
agreement-signed-twice = سبق أن وقّع { $party } على النسخة { $version } في القيد { $at }
rule-witness = لا يجوز ذلك إلا لعضو لدى أحد الوسطاء يحمل دور الشاهد أو الوسيط
agreement-unsigned = يشهد الوسطاء على التوقيعات: لا تزال النسخة { $version } تفتقر إلى توقيع { $missing }
agreement-witnessed-twice = سبق أن شهد { $mediator } على النسخة { $version } في القيد { $at }
agreement-not-with-every-party = النسخة { $version } لم تُحَل إلى { $missing }: يجب أن يحوز كل طرف النص الذي يوقّعه
member-removed = أُزيل العضو { $id } في القيد { $at }
member-role-unfit = الدور { $role } لا يناسب عضوًا لدى { $participant }، وهو من نوع { $kind }
member-key-taken = المفتاح { $key } يخص بالفعل العضو { $member }
member-key-retired = أُوقف العمل بالمفتاح { $key } لدى العضو { $member } في القيد { $at } ولا يمكن استخدامه مجددًا

## crates/domain/src/wire.rs

body-not-an-id = { $field } «{ $v }» ليس معرّفًا (من 1 إلى 64 من الأحرف اللاتينية الصغيرة والأرقام و'.' و'_' و'-')
body-no-role = يحتاج العضو إلى دور واحد على الأقل
body-empty = { $field } فارغ
body-too-long = { $field } أطول من { $max } حرف
body-not-sha256 = { $field } «{ $v }» ليس بصمة SHA-256 بأرقام ست عشرية صغيرة
body-not-a-date = { $field } «{ $v }» ليس تاريخًا (YYYY-MM-DD)
body-not-date-or-time = { $field } «{ $v }» ليس تاريخًا (YYYY-MM-DD) ولا وقتًا بتوقيت UTC (YYYY-MM-DDTHH:MM:SSZ)
body-at-not-utc = at «{ $v }» ليس وقتًا بتوقيت UTC (YYYY-MM-DDTHH:MM:SSZ)
body-witness-quorum = يجب ألا يقل witness_quorum عن 1
code-hash-hex = يجب أن يتألف code_sha256 من 64 رقمًا ست عشريًا
body-valid-hours = يجب أن تكون valid_hours من 1 إلى 8784 (سنة)
body-key = الحقل key: { $detail }
body-round-reversed = تنتهي الجولة ({ $ends }) قبل أن تبدأ ({ $starts })
body-time-range = الوقت خارج النطاق
body-relay-no-party = لا يذكر الحقل to أي طرف

## crates/ledger/src/authority.rs

key-already-revoked = المفتاح { $id } مُلغى بالفعل
time-not-log-key = لا يوقّع log.time إلا مفتاح السجل، لا { $key }
founding-invitation-expired = انتهت صلاحية الدعوة التأسيسية في الوقت { $expired } بتوقيت Unix (وقت السجل { $now })
time-body = المتن ليس وقتًا بثواني Unix: { $detail }
time-backwards = الوقت { $time } ليس لاحقًا لوقت السجل { $last } (القيد { $at }): لا تتقدم ساعة السجل إلا إلى الأمام
genesis-no-name = اسم العملية فارغ
genesis-no-founder = يلزم مفتاح تأسيسي واحد أو دعوة تأسيسية واحدة على الأقل
genesis-invitation-twice = الدعوة التأسيسية { $hash } مدرجة مرتين
genesis-founder-twice = المفتاح التأسيسي { $key } مدرج مرتين أو هو مفتاح السجل
key-unparsable = المفتاح «{ $key }»: { $detail }
key-not-ed25519 = المفتاح { $key } ليس مفتاح توقيع Ed25519 (النوع 0x01)

## crates/ledger/src/entry.rs

entry-too-large = حجم القيد { $n } بايت؛ والحد الأقصى للقيد 65535 بايت (احفظ المحتوى الأكبر ككتلة بيانات وأشر إلى بصمتها SHA-256)
entry-not-dsse = القيد ليس مغلّف DSSE بصيغة JSON: { $detail }
entry-payload-base64 = حمولة المغلّف ليست بترميز base64 صالح
entry-signature-count = عدد التوقيعات في المغلّف { $n }؛ وقيود Truce تحمل توقيعًا واحدًا بالضبط
entry-signature-encoding = التوقيع ليس 64 بايت بترميز base64
entry-payload-type = نوع الحمولة «{ $t }» ليس application/vnd.truce.<kind>+json
entry-not-statement = الحمولة ليست بيان Truce: { $detail }
entry-wrong-origin = البيان موجّه إلى السجل «{ $got }»، وهذا السجل هو «{ $want }»
entry-zero-seq = الرقم التسلسلي 0 غير مسموح به؛ أول قيد للموقّع رقمه التسلسلي 1
entry-unknown-key = مفتاح غير معروف { $key }: لم يُسجَّل قط في هذا السجل
entry-revoked-key = أُلغي المفتاح { $key } في القيد { $at } ولا يوقّع شيئًا بعده
entry-replay = قيد مُعاد أو خارج الترتيب: استخدم المفتاح { $key } بالفعل الرقم التسلسلي { $last }، والرقم التسلسلي لهذا القيد { $got }
entry-bad-signature = التوقيع لا يجتاز التحقق بالمفتاح { $key }
entry-not-genesis = يجب أن يكون أول قيد في السجل قيدَ التأسيس
entry-second-genesis = للسجل قيد تأسيس واحد فقط، عند الفهرس 0
entry-genesis-signer = يجب أن يوقّع قيدَ التأسيس مفتاحُ السجل { $key }
entry-genesis = قيد تأسيس غير صالح: { $why }
entry-not-registrar = لا يجوز للمفتاح { $key } تسجيل المفاتيح أو إلغاؤها
entry-registration = تسجيل مفتاح غير صالح: { $why }
entry-already-registered = المفتاح { $key } مسجَّل بالفعل
entry-log-key-misuse = لا يوقّع مفتاح السجل إلا قيد التأسيس وقيود log.time ونقاط التحقق
entry-time = قيد log.time غير صالح: { $why }

## crates/ledger/src/reason.rs

detail = { $detail }
id = نص إنجليزي فيه { $name } و«{ $other }»

## crates/server/src/engine/mod.rs

entry-log-time-reserved = log.time هو سجل المُسلسِل (sequencer) الخاص لساعته: لا يقدّمه أحد
entry-none = لا يوجد القيد { $index }
report-no-checkpoint-yet = لا توجد بعد نقطة تحقق يُتحقق من التقرير على أساسها: أعد المحاولة بعد قليل
report-stale-size = أُعدّ التقرير { $id } عند حجم السجل { $made } لكن أحدث نقطة تحقق عند الحجم { $size }: أعِد إعداده ووقّع على التقرير الجديد
report-not-the-public-one = التقرير { $id } ليس التقرير العام للفترة من { $from } إلى { $to } عند حجم السجل { $size }: لا يجوز نشر سواه
content-check-unfinished = لم يكتمل التحقق من المحتوى: { $detail }
log-shutting-down = السجل قيد الإيقاف
entry-stored-unreadable = القيد المحفوظ { $index }: { $detail }
time-ahead-of-clock = { $field } { $text } يسبق ساعة الخادم بـ{ $ahead } ثانية: لا يجوز أن يقع الوقت المُدّعى في المستقبل (بأكثر من { $skew } ثانية)

## crates/server/src/engine/quota.rs

quota-entries-per-minute = القيود في الدقيقة
quota-blob-bytes-per-hour = بايتات كتل البيانات في الساعة
quota-diffs-per-minute = عمليات المقارنة في الدقيقة
quota-refusals-per-minute = الطلبات المرفوضة في الدقيقة
holder-participant = المشارك { $participant }
holder-key = المفتاح { $key }
holder-address = العنوان { $address }
holder-public = الجمهور
quota-over = تجاوز { $holder } حصته البالغة { $amount } من { $what }: أعد المحاولة بعد { $retry } ثانية

## crates/server/src/engine/sequencer.rs

store-foreign-entries = يحتوي المخزن على قيود لا يستطيع هذا الخادم قبولها: { $detail }
storage-failed = فشل التخزين: { $detail }

## crates/server/src/http/acts.rs

body-check-invalid = طلب التحقق غير صالح: { $detail }
check-not-an-act = { $kind } ليس إجراءً من إجراءات العملية
check-founding-key-only = لا يوقّع { $kind } إلا مفتاح تأسيسي
check-content-checked-on-submit = يذكر هذا الإجراء المحتوى { $hash }، ويُتحقق منه عند تقديمه

## crates/server/src/http/app.rs

quota-exports-per-minute = عمليات التصدير في الدقيقة

## crates/server/src/http/auth.rs

auth-members-only = هذا مقصور على الأعضاء: وقّع الطلب بمفتاحك (لم يُقرأ شيء من متنه)
auth-header-not-text = الترويسة { $name } ليست نصًا
session-expired-sign-in = انتهت الجلسة أو سُجِّل الخروج منها: سجّل الدخول مجددًا
auth-created-not-seconds = { $header } ليس بثواني Unix
auth-signature-not-base64 = { $header } ليس بترميز base64
auth-signed-too-far-from-now = وُقِّع الطلب في { $created }، بفارق يزيد على { $skew } ثانية عن وقت الخادم { $now }
auth-signature-does-not-verify = توقيع الطلب لا يجتاز التحقق بالمفتاح { $key } (وقّع "{ $message }")
auth-key-revoked = أُلغي المفتاح { $key } في القيد { $at }
auth-key-of-no-member = المفتاح { $key } موقوف العمل به أو لا يخص أي عضو في هذه العملية
auth-header-needs = { $header } يحتاج إلى { $needed }
auth-unknown-key = مفتاح غير معروف { $key }
session-csrf-mismatch = رمز X-Truce-CSRF لا يطابق رمز هذه الجلسة
session-csrf-missing = يحتاج التغيير في جلسة مسجَّل دخولها إلى الترويسة X-Truce-CSRF الخاصة بالجلسة

## crates/server/src/http/conn.rs

body-too-large = حجم المتن { $n } بايت؛ ولا تقبل نقطة النهاية هذه أكثر من { $limit }
request-cross-site = يُرفض الطلب المرسل من صفحة موقع آخر: تصدر إجراءات Truce من صفحتها الخاصة أو من عميل
request-timeout = لم يكتمل الطلب خلال { $secs } ثانية: أرسله كاملًا ودون تأخير

## crates/server/src/http/error.rs

storage-unavailable = التخزين غير متاح: { $detail }

## crates/server/src/http/mod.rs

endpoint-none = لا توجد نقطة نهاية بهذا العنوان

## crates/server/src/http/monitoring.rs

mech-members-only = شروط الآلية والامتثال متاحة للأعضاء: وقّع الطلب بمفتاحك
mech-none-configured = لم تُهيَّأ آلية الرصد
mech-entry-unreadable = قيد الآلية: { $detail }
query-not-a-time = { $field } «{ $value }» ليس بالصيغة YYYY-MM-DD ولا YYYY-MM-DDTHH:MM:SSZ
query-bbox-not-numbers = bbox «{ $bbox }» ليس أربعة أعداد
query-bbox-not-four = bbox «{ $bbox }» ليس بالصيغة min_lon,min_lat,max_lon,max_lat
query-bbox-not-a-box = bbox «{ $bbox }» ليس مستطيلًا بدرجات WGS84 يكون فيه min ≤ max
query-status-unknown = status «{ $status }» ليس من بين { $all }
query-side-no-border = side: لا تذكر الآلية إقليمين تجمعهما حدود مشتركة
query-limit-range = limit { $n } ليس بين 1 و10000
query-cell-range = cell { $cell } ليس بين 0.01 و10 درجات
incident-none-readable = لا توجد حادثة { $id } يجوز لك الاطلاع عليها
incident-duplicates-mediators-only = اقتراحات البلاغات المكررة مقصورة على الوسطاء، فهم من يدمجون البلاغات
query-duplicates-range = يجب أن تكون km بين 0 و500، وhours بين 0 و720
border-none = لا تذكر الآلية إقليمين تجمعهما حدود مشتركة
query-lon-lat-range = يجب أن يكون lon وlat بدرجات WGS84
query-lon-lat-both = حدّد lon وlat معًا، أو لا تحدد أيًّا منهما
evidence-none-readable = لا يوجد دليل { $h } يجوز لك الاطلاع عليه
evidence-hash-malformed = «{ $h }» ليس بصمة SHA-256 بالنظام الست عشري
evidence-members-only = يطّلع الأعضاء على الأدلة، ويُسجَّل كل اطلاع: وقّع الطلب
evidence-access-not-recorded = الاطلاع على الدليل { $h } يُسجَّل: وقّع أولًا قيد evidence.access له (يفعل ذلك الأمر truce evidence get)
case-none-readable = لا توجد قضية { $id } يجوز لك الاطلاع عليها

## crates/server/src/http/negotiation.rs

version-none-readable = لا توجد نسخة «{ $id }» يجوز لك الاطلاع عليها
version-none-readable-sign = لا توجد نسخة «{ $id }» يجوز لك الاطلاع عليها (وقّع الطلب: المسودات سرية)
blob-stored-hash-malformed = «{ $hash }» ليس بصمة SHA-256
blob-missing-from-store = كتلة البيانات { $hash } مفقودة من المخزن
blob-stored-not-json = كتلة البيانات المحفوظة { $hash } ليست بصيغة JSON: { $detail }
slot-what-diffs = عمليات مقارنة
diff-failed = فشلت المقارنة

## crates/server/src/http/pace.rs

pace-public-reads-taken = استُنفدت حصة الجمهور البالغة { $per_second } عملية قراءة في الثانية: أعد المحاولة بعد { $secs } ثانية (لا يخضع لهذا الحد الأعضاء الذين سجّلوا الدخول؛ والموقع الثابت، `truce publish-site`، يتيح السجل العام من أي مكان)

## crates/server/src/http/reminders.rs

reminder-settings-invalid = إعدادات التذكير غير صالحة: { $detail }
reminder-feed-none = لا يوجد موجز تقويم بهذا العنوان (ينتهي الموجز بتغيير المفتاح أو بإزالة العضو)

## crates/server/src/http/reports.rs

report-typesetter-busy = أداة التنضيد منشغلة بتقارير أخرى: أعد المحاولة بعد قليل
report-renderer-failed = فشلت أداة إخراج التقرير: { $detail }
report-none-published = لا يوجد تقرير منشور { $h }
blob-hash-malformed = «{ $h }» ليس بصمة SHA-256 بالنظام الست عشري
report-published-not-json = التقرير المنشور ليس بصيغة JSON: { $detail }
report-id-malformed = id: من 1 إلى 100 من A-Z a-z 0-9 - _ .
report-no-checkpoint-cosigned = لم تُوقَّع أي نقطة تحقق توقيعًا مشتركًا بعد: أعد المحاولة بعد قليل
report-checkpoint-being-cosigned = يجري التوقيع المشترك على نقطة التحقق التالية: أعد المحاولة بعد قليل
public-record-being-made = يجري إعداد الوثائق العامة: أعد المحاولة بعد قليل
public-record-failed = تعذّر إعداد الوثائق العامة: { $detail }
public-list-none = لا توجد قائمة عامة «{ $list }»: القوائم المتاحة هي { $lists }
public-list-offset-malformed = offset «{ $offset }» ليس موضعًا في القائمة (0، 1، 2، …)

## crates/server/src/http/session.rs

session-not-signed-in = لم يُسجَّل الدخول
session-expired = انتهت الجلسة أو سُجِّل الخروج منها
session-sign-in-body-invalid = متن طلب تسجيل الدخول غير صالح: { $detail }
session-signature-not-base64 = التوقيع (signature) ليس بترميز base64
session-challenge-unknown = رمز التحدي غير معروف أو مستخدم أو منتهي الصلاحية: اطلب رمزًا جديدًا
session-signature-does-not-verify = التوقيع لا يجتاز التحقق بالمفتاح { $key } (وقّع "{ $message }")
session-bad-cookie = ملف تعريف ارتباط (cookie) غير صالح
invite-code-hash-malformed = يجب أن يتألف code_sha256 من 64 رقمًا ست عشريًا (بصمة SHA-256 للرمز)
invite-no-such-code = لا توجد دعوة بهذا الرمز

## crates/server/src/http/sessions.rs

session-too-many-attempts = محاولات تسجيل دخول كثيرة جدًا من { $ip }: الحد الأقصى { $limit } كل { $window } ثانية؛ أعد المحاولة لاحقًا

## crates/server/src/http/slots.rs

slot-upload-one-at-a-time = لدى { $holder } عملية رفع قيد الاستلام بالفعل: عملية واحدة في كل مرة
slot-what-blob-uploads = عمليات رفع كتل بيانات
slot-batch-one-at-a-time = لدى العنوان { $address } دفعة قيد الاستلام بالفعل: دفعة واحدة في كل مرة
slot-what-batches = دفعات
slot-busy = الخادم منشغل بـ{ $what } أخرى: أعد المحاولة بعد قليل
slot-sends-per-reader = لدى { $holder } { $count } من الملفات أو عمليات التصدير قيد الإرسال بالفعل: الحد الأقصى { $most } في آن واحد
slot-sending-budget = يرسل الخادم بالفعل ملفات بكامل حصته البالغة { $mib } MiB: أعد المحاولة بعد قليل
slot-what-exports = عمليات تصدير

## crates/server/src/http/tlog.rs

body-sealed-submission-invalid = التقديم المختوم يكون بالشكل { $shape }: { $detail }
body-batch-too-many = لا تتضمن الدفعة أكثر من { $max } قيد
body-batch-invalid = الدفعة مصفوفة JSON من مغلّفات DSSE: { $detail }
entry-index-malformed = «{ $s }» ليس رقم قيد
entry-none-of-size = لا يوجد القيد { $index }: عدد قيود السجل { $size }
entry-no-opening = لا توجد بيانات فتح للقيد { $index } يجوز لك الاطلاع عليها
entry-no-opening-sign = لا توجد بيانات فتح للقيد { $index } يجوز لك الاطلاع عليها (وقّع الطلب)
entry-not-yet-published = القيد { $index } غير مشمول بعد في نقطة تحقق منشورة
proof-index-outside = الفهرس { $index } خارج شجرة حجمها { $size }
proof-sizes-reversed = الحجم { $old } أكبر من الحجم { $new }
proof-size-too-large = الحجم { $size } أكبر من الشجرة ({ $available } قيد)
key-unknown = مفتاح غير معروف { $id }
blob-empty = لا تُحفظ كتلة بيانات فارغة
blob-hashing-unfinished = لم يكتمل حساب البصمة: { $detail }
blob-none-readable = لا توجد كتلة بيانات { $h } يجوز لك الاطلاع عليها
blob-none-readable-sign = لا توجد كتلة بيانات { $h } يجوز لك الاطلاع عليها (وقّع الطلب)
blob-none = لا توجد كتلة بيانات { $h }
checkpoint-none-yet = لم تُنشر أي نقطة تحقق بعد
tile-path-malformed = مسار بلاطة (tile) غير صالح: { $why }
tile-none = البلاطة { $path } غير موجودة في شجرة من { $size } قيد

## crates/server/src/http/web.rs

web-ui-not-built = لم تُضمَّن واجهة الويب في هذا الإصدار من الخادم
web-asset-none = لا يوجد ملف { $url }
stream-public-full = جميع قنوات البث المباشر المخصصة للجمهور ({ $streams }) مفتوحة: تعمل الصفحة من دونها (أعد تحميلها لرؤية القيود الجديدة)؛ وللعضو الذي يسجّل الدخول قناته الخاصة

## crates/server/src/http/work.rs

work-unfinished = لم يكتمل العمل: { $detail }

## crates/server/src/reminders.rs

reminder-address-invalid = عنوان البريد الإلكتروني «{ $address }» غير صالح: { $why }
reminder-not-a-member = التذكيرات مخصصة للأعضاء: هذا المفتاح لا يخص أي عضو
reminder-smtp-failed = الإرسال عبر { $relay }: { $why }
reminder-address-too-long = العنوان أطول من 254 بايت
reminder-address-control-character = يتضمن العنوان محرف تحكم
reminder-address-not-ascii = لا تُرسل الرسائل إلا إلى عناوين ASCII (قد لا يدعم خادم الترحيل SMTPUTF8)
reminder-address-domain = يجب أن يكون النطاق اسمًا يتضمن نقطة، لا عنوانًا ولا تسمية مفردة

## crates/server/src/report.rs

report-entry-missing = القيد { $index } غير موجود في المخزن
report-no-inclusion-proof = لا يوجد إثبات تضمين للقيد { $index }: { $detail }
report-format-unknown = الصيغة «{ $format }» ليست من بين { $all }
