# وہ وجوہات جو سرور کسی درخواست کو مسترد کرتے وقت بتاتا ہے، اردو (ur) میں: reasons/en.ftl کا ترجمہ۔
# Translated from reasons/en.ftl (written by crates/server/tests/catalogues.rs); terms as in web/GLOSSARY.md.

## crates/domain/src/disclosure.rs

disclosure-unknown-kind = نامعلوم قسم «{ $kind }»: رجسٹر صرف وہی اقسام قبول کرتا ہے جو اس کے افشا کے جدول میں درج ہیں
disclosure-not-object = { $kind } اندراج کا متن JSON آبجیکٹ نہیں ہے
disclosure-confidential-in-public = { $kind } سربمہر ہے: اس کے اندراج کا متن صرف { $public } اور "sealed" دکھا سکتا ہے، لیکن یہ «{ $field }» دکھاتا ہے (اسے کھولے گئے مواد میں رکھیں)
disclosure-no-commitment = { $kind } سربمہر ہے: اس کے اندراج کے متن میں "sealed" کرپٹوگرافک عہد (64 ہیکس ہندسے) درکار ہے
disclosure-no-opening = { $kind } سربمہر ہے: اس کا کھولا گیا مواد لفافے (envelope) کے ساتھ بھیجیں
disclosure-not-sealed = { $kind } عوامی ہے: اس میں نہ "sealed" کرپٹوگرافک عہد ہوتا ہے نہ کھولا گیا مواد
disclosure-opening-shape = کھولے گئے مواد کی شکل { $shape } نہیں ہے: { $why }
disclosure-salt = کھولے گئے مواد کا salt، base64 میں { $n } بائٹس کا ہونا چاہیے
disclosure-too-large = کھولا گیا مواد { $n } بائٹس کا ہے؛ زیادہ سے زیادہ { $max }
disclosure-mismatch = کھولا گیا مواد اندراج کے کرپٹوگرافک عہد سے مطابقت نہیں رکھتا (اس کا ہیش { $got } ہے)
disclosure-public-in-opening = کھولے گئے مواد میں عوامی فیلڈ «{ $field }» شامل نہیں ہو سکتی
disclosure-body-json = { $kind } کا متن: { $detail }

## crates/domain/src/document.rs

document-json = دستاویز مسودے کی شکل کا درست JSON نہیں ہے: { $detail }
document-too-large = دستاویز { $n } بائٹس کی ہے؛ زیادہ سے زیادہ { $max } بائٹس قبول کیے جاتے ہیں
document-no-language = دستاویز میں کسی زبان کا نام درج نہیں
document-language-code = «{ $code }» زبان کا کوڈ نہیں ہے
document-language-twice = زبان «{ $code }» دو بار درج ہے
document-no-authoritative = کوئی زبان مستند کے طور پر نشان زد نہیں (ایک زبان کو، یا کئی زبانوں کو یکساں مستند کے طور پر نشان زد کریں)
document-text-unlisted-language = { $what } میں «{ $code }» زبان کا متن ہے، جو دستاویز کی فہرست میں شامل نہیں
document-text-missing = { $what } میں مستند زبان «{ $language }» کا متن موجود نہیں
document-part-title = عنوان
document-part-preamble = تمہید
document-no-article = دستاویز میں کوئی دفعہ نہیں
document-article-eid = دفعہ کی شناخت «{ $eid }» کوئی eId نہیں ہے (چھوٹے انگریزی حروف، ہندسے، '_')
document-eid-twice = شق کی شناخت «{ $eid }» دو بار استعمال ہوئی ہے
document-part-heading = { $eid } کی سرخی
document-no-paragraph = دفعہ { $eid } میں کوئی شق نہیں
document-paragraph-eid = شق کی شناخت «{ $eid }» کوئی eId نہیں ہے (چھوٹے انگریزی حروف، ہندسے، '_')
document-part-clause = شق { $eid }
document-bracketed-no-alternatives = شق { $eid } قوسین میں ہے لیکن اس میں کوئی متبادل درج نہیں
document-alternatives-not-bracketed = شق { $eid } میں متبادل درج ہیں لیکن اس کی حیثیت { $status } ہے، قوسین میں نہیں
document-part-alternative = شق { $eid } کا متبادل { $n }

## crates/domain/src/fold.rs

territories-no-world = علاقوں کی جانچ کے لیے کوئی سرحدی ڈیٹا موجود نہیں
territories-refused = علاقے: { $why }

## crates/domain/src/geo.rs

geo-not-topojson = سرحدی ڈیٹا TopoJSON میں نہیں ہے: { $why }
geo-unknown-country = سرحدی ڈیٹا میں «{ $name }» نام کا کوئی ملک نہیں
geo-no-border = سرحدی ڈیٹا کے مطابق { $a } اور { $b } کی کوئی مشترکہ سرحد نہیں
geo-not-a-number = { $what } عدد نہیں ہے
geo-arc-reference = کسی قوس (arc) کا حوالہ صحیح عدد نہیں ہے
geo-no-arcs = کوئی قوس (arcs) موجود نہیں
geo-arc-not-array = ایک قوس array نہیں ہے
geo-no-geometries = objects.countries.geometries موجود نہیں
geo-no-such-arc = قوس { $i } موجود نہیں
geo-frontier-two = سرحد کے لیے ٹھیک دو علاقے درکار ہیں

## crates/domain/src/lib.rs

body-invalid = { $kind } کا متن درست نہیں: { $why }
unknown = { $what } «{ $id }» موجود نہیں
duplicate = { $what } «{ $id }» پہلے سے موجود ہے
not-a-member = کلید { $key } کسی رکن کی کلید نہیں؛ پہلے اسے member.add کے ذریعے شامل کریں
key-retired = کلید { $key } اندراج { $at } پر غیر فعال کر دی گئی (رکن { $member } { $why }) اور اس کے بعد کسی چیز پر دستخط نہیں کرتی
retired-removed = ہٹا دیا گیا
retired-rotated = نئی کلید پر منتقل ہو گیا
forbidden = { $actor } کو { $act } کی اجازت نہیں: { $rule }
round-transition = دور «{ $round }» کی حالت { $from } سے بدل کر { $to } نہیں ہو سکتی
reason-required = حالت { $state } کے لیے وجہ بیان کرنا لازمی ہے
content-missing = مواد { $hash } اپ لوڈ نہیں ہوا: جمع کرانے سے پہلے اسے /api/v1/blobs پر POST کریں
bad-document = مواد { $hash } درست مسودہ نہیں: { $why }
not-with-mediators = نسخہ { $version } { $to } کے لیے ثالثوں کے پاس نہیں ہے: اس کی ترسیل اندراج { $at } پر { $to } کو ہو چکی ہے
text-changed = متن بدل چکا ہے: نسخہ { $version } کا مواد { $current } ہے، لیکن یہ اقدام { $named } کا حوالہ دیتا ہے
bracketed = جب تک ہر بات پر اتفاق نہ ہو، کسی بات پر اتفاق نہیں: نسخہ { $version } میں اب بھی قوسین والی شقیں ہیں ({ $clauses })
thing-action-report = اقدام کی رپورٹ
thing-case = معاملہ
thing-clause = شق
thing-comment = تبصرہ
thing-commitment = عہد
thing-evidence = ثبوت
thing-evidence-request = ثبوت کی درخواست
thing-finding = نتیجہ
thing-import-batch = درآمدی بیچ
thing-incident = واقعہ
thing-member = رکن
thing-open-invitation = رکن کے لیے کھلا دعوت نامہ
thing-participant = شریک
thing-penalty = جرمانہ
thing-penalty-rule = جرمانے کا قاعدہ
thing-round = دور
thing-version = نسخہ
round-state-scheduled = طے شدہ
round-state-in-session = اجلاس جاری
round-state-stalled = تعطل کا شکار
round-state-suspended = معطل
round-state-resumed = دوبارہ شروع
round-state-concluded = اختتام پذیر
blob-hash-mismatch = فراہم کردہ بائٹس کا ہیش { $got } ہے
import-bad-rows = { $bad } ناقص قطاریں؛ پہلی: { $first }
import-row-count = اس میں { $held } قطاریں ہیں، { $rows } نہیں
evidence-size = اس کا حجم { $got } بائٹس ہے، اعلان کردہ { $size } نہیں
evidence-type = اسے { $declared } قرار دیا گیا ہے لیکن اس کے بائٹس { $sniffed } ہیں
evidence-type-unknown = اسے { $declared } قرار دیا گیا ہے لیکن اس کے بائٹس کسی قابلِ قبول قسم کے نہیں

## crates/domain/src/monitor/acled.rs

import-row = سطر { $line }، کالم { $column }: { $why }
import-no-column = ہیڈر میں { $name } کالم نہیں ہے: ACLED برآمد میں یہ 31 کالم ہوتے ہیں: { $columns }
import-value-too-long = 20000 حروف سے طویل ہے
import-event-id = «{ $id_raw }» واقعے کی شناخت نہیں ہے (حروف اور ہندسے)
import-value-empty = خالی ہے
import-event-date = «{ $v }» تاریخ نہیں ہے (YYYY-MM-DD)
import-year = «{ $v }» event_date { $date } کا سال نہیں ہے
import-precision = «{ $v }» 1، 2 یا 3 نہیں ہے
import-not-number = «{ $v }» عدد نہیں ہے
import-coordinate-range = { $v } ±{ $limit } کی حد سے باہر ہے
import-not-whole-number = «{ $v }» صحیح عدد نہیں ہے
import-timestamp = «{ $timestamp }» Unix وقت نہیں ہے
import-actor-type = «{ $v }» ACLED میں فاعل کی قسم (actor type) نہیں ہے (متن، یا 0–8)

## crates/domain/src/monitor/rules.rs

mech-not-configured = نگرانی کا میکانزم ابھی ترتیب نہیں دیا گیا (mechanism.configure)
mech-not-a-party = { $field } «{ $id }» عمل کا فریق نہیں ہے
mech-unknown-category = زمرہ «{ $c }» ان زمروں میں سے نہیں جو معاہدہ مقرر کرتا ہے: { $categories }
evidence-not-citable = ثبوت { $h } ایسا ثبوت نہیں جس کا آپ حوالہ دے سکیں: حوالہ دینے سے پہلے اسے جمع کرائیں (evidence.submit)، اور صرف اسی ثبوت کا حوالہ دیں جو آپ کا شریک پڑھ سکتا ہو
rule-mediators = صرف ثالثوں کو اجازت ہے
mech-configured = میکانزم پہلے ہی ترتیب دیا جا چکا ہے
mech-agreement-not-adopted = نسخہ { $version } منظور شدہ معاہدہ نہیں: عہود منظور شدہ متن سے لیے جاتے ہیں
mech-appeal-body-not-mediator = appeal_body «{ $body }» ثالث نہیں ہے
mech-commitment-no-clause = عہد { $commitment }: معاہدے میں «{ $clause }» نام کی کوئی شق نہیں
mech-commitment-not-before = عہد { $commitment }: «{ $d }» اس سے پہلے درج کوئی عہد نہیں
mech-prohibition-no-categories = عہد { $commitment }: ممانعت میں خلاف ورزی کے وہ زمرے بیان کیے جاتے ہیں جو اسے توڑتے ہیں
mech-quorum-too-large = finding_quorum { $quorum } ثالثوں کی تعداد { $mediators } سے زیادہ ہے
rule-mediators-relay-public = عوام کی رپورٹوں کی ترسیل صرف ثالث کرتے ہیں
rule-secretariat = صرف سیکرٹریٹ کو اجازت ہے
import-csv-missing = درآمد کی CSV فائل منسلک نہیں کی گئی
rule-mediators-and-monitors = صرف ثالثوں اور نگرانوں کو اجازت ہے
incident-target-merged = واقعہ { $into } خود کسی دوسرے واقعے میں ضم ہو چکا ہے
incident-merge-self = کسی واقعے کو خود اسی میں ضم نہیں کیا جا سکتا
incident-already-merged = واقعہ { $x } پہلے ہی { $t } میں ضم ہو چکا ہے
rule-evidence-access = ایسا کوئی ثبوت موجود نہیں جو اس کا جمع کنندہ، اس کا تحویل دار، ثالث یا اس کا حوالہ دینے والے معاملے کے فریقین آپ کو فراہم کر سکیں
rule-evidence-holder = صرف موجودہ ثبوت کے تحویل دار کو، یا ثالثوں کو، اجازت ہے
rule-bearer-delegates = صرف اس فریق کے مندوبین کو اجازت ہے جو اس کا پابند ہے
action-not-obligation = عہد { $commitment } ایک { $modality } ہے: اقدام سے صرف ذمہ داریاں پوری ہوتی ہیں
case-incident-merged = واقعہ { $i } { $t } میں ضم ہو چکا ہے: اس کی جگہ { $t } کا حوالہ دیں
case-action-accused = اقدام سے متعلق معاملہ اسی فریق سے متعلق ہوتا ہے جس نے اقدام کی رپورٹ دی
case-team-no-mediator = تصدیقی ٹیم میں کم از کم ایک ثالث رکن شامل ہوتا ہے
case-team-not-joint = معاہدہ مشترکہ ٹیمیں مقرر کرتا ہے: ٹیم میں { $missing } کا کوئی رکن نہیں
rule-team-and-mediators = صرف معاملے کی ٹیم اور ثالثوں کو اجازت ہے
case-decided = معاملہ { $case } کا فیصلہ ہو چکا ہے
rule-party-delegates = صرف کسی فریق کے مندوبین کو اجازت ہے
case-decided-replies = معاملہ { $case } کا فیصلہ ہو چکا ہے: جوابات کا ریکارڈ بند ہے
rule-team-members = صرف معاملے کی ٹیم کے ارکان کو اجازت ہے
case-decided-assessments = معاملہ { $case } کا فیصلہ ہو چکا ہے: اس کے جائزے بند ہیں
rule-mediator-members = صرف ثالثوں کے ارکان کو اجازت ہے
case-has-finding = معاملہ { $case } کا نتیجہ { $f } پہلے سے موجود ہے
rule-mediators-and-team = صرف ثالثوں اور معاملے کی ٹیم کو اجازت ہے
finding-already-voted = رکن { $member } نتیجہ { $finding } پر پہلے ہی ووٹ دے چکا ہے
finding-in-effect = نتیجہ { $finding } پہلے ہی نافذ ہو چکا ہے
rule-publication-mediators = صرف کسی ثالث شریک کے ثالثوں کو، ہر ایک کو اپنے شریک کی جانب سے، اجازت ہے
finding-published = نتیجہ { $finding } پہلے ہی شائع ہو چکا ہے
finding-already-signed = { $participant } نتیجہ { $finding } کی اشاعت پر پہلے ہی دستخط کر چکا ہے (اندراج { $at })
finding-statement-differs = یہ بیان اندراج { $at } پر تجویز کردہ بیان سے مختلف ہے: ہر ثالث ایک ہی متن پر دستخط کرتا ہے
rule-commission = صرف ثالثوں کو، بطور کمیشن، اجازت ہے
penalty-not-confirmed = نتیجہ { $finding } { $outcome } ہے: جرمانہ صرف ثابت شدہ خلاف ورزی پر عائد ہوتا ہے
penalty-exists = نتیجہ { $finding } پر جرمانہ { $penalty } پہلے سے عائد ہے
penalty-wrong-rule = جرمانہ «{ $rule }» اس نتیجے کے لیے جدول میں نہیں: مدتِ شمار میں اس نوعیت کی خلاف ورزی نمبر { $n } کے لیے قاعدہ { $prescribed } ({ $kind }) مقرر ہے
penalty-not-prescribed = جرمانہ «{ $rule }» جدول میں نہیں: جدول اس نتیجے کے لیے کوئی جرمانہ مقرر نہیں کرتا
rule-penalised-party = صرف اس فریق کو اجازت ہے جس پر جرمانہ عائد ہوا
appeal-already = جرمانہ { $penalty } کے خلاف پہلے ہی اپیل کی جا چکی ہے: صرف ایک اپیل کی جا سکتی ہے
appeal-penalty-lifted = جرمانہ { $penalty } اٹھا لیا گیا تھا
appeal-period-ended = اپیل کی مدت { $end } کو ختم ہو گئی: { $imposed } کو عائد کیے جانے سے { $days } دن
rule-appeal-body = صرف معاہدے کے مقرر کردہ اپیلی ادارے کو اجازت ہے
appeal-none = جرمانہ { $penalty } کے خلاف اپیل نہیں کی گئی
appeal-decided = { $penalty } کی اپیل کا فیصلہ پہلے ہی ہو چکا ہے
penalty-cannot-serve = جرمانہ { $penalty } { $status } ہے: اس پر عمل درآمد نہیں ہو سکتا
penalty-cannot-lift = جرمانہ { $penalty } { $status } ہے: اسے اٹھایا نہیں جا سکتا
finding-not-in-effect = نتیجہ { $finding } نافذ نہیں ہوا: اسے { $quorum } متفق ثالثوں کا کورم حاصل نہیں
case-outcome-action = معاملہ { $case } اقدام کی رپورٹ کی تصدیق کرتا ہے: اس کا حاصل verified، not_verified یا inconclusive ہوتا ہے
case-outcome-incident = معاملہ { $case } واقعات سے متعلق ہے: اس کا حاصل confirmed، not_confirmed، no_violation یا inconclusive ہوتا ہے

## crates/domain/src/monitor/wire.rs

body-not-one-of = { $field } «{ $v }» ان میں سے نہیں: { $all }
body-not-a-time = { $field } «{ $v }» وقت نہیں ہے
body-at-missing = at موجود نہیں
body-at-not-a-time = at وقت نہیں ہے
mech-deadline-shape = عہد { $id }: آخری تاریخ «{ $s }» نہ "continuing" ہے، نہ { $date } اور نہ { $days }
mech-condition-no-categories = عہد { $id }: شرط میں کوئی زمرہ بیان نہیں
mech-penalty-rule-no-categories = جرمانے کا قاعدہ { $rule }: کوئی زمرہ بیان نہیں کرتا
mech-penalty-rule-nth = جرمانے کا قاعدہ { $rule }: nth کی گنتی 1 سے ہوتی ہے
incident-coordinate-range = { $field } { $v } ±{ $limit } کی حد سے باہر ہے
incident-casualties-order = casualties میں low ≤ best ≤ high ہونا چاہیے، نہ کہ { $low } / { $best } / { $high }
incident-channel = channel «{ $other }»: صرف "public" دیا جا سکتا ہے (جب کوئی ثالث عوام کی رپورٹ کی ترسیل کرے)؛ بصورتِ دیگر چینل رپورٹ کنندہ کا اپنا ہوتا ہے
mech-quorum-zero = finding_quorum کم از کم 1 ہونا چاہیے
mech-categories-empty = categories خالی ہے
import-no-rows = rows صفر ہے: کسی درآمد میں کم از کم ایک قطار ہوتی ہے
incident-merged-empty = merged خالی ہے
evidence-media-type = media_type «{ $media_type }» ان میں سے نہیں: { $types }
evidence-size-range = size { $size } کی قدر 1 اور { $max } بائٹس کے درمیان نہیں
case-incidents-or-action = معاملہ یا تو واقعات سے متعلق ہوتا ہے یا اقدام کی کسی ایک رپورٹ سے: incidents اور action میں سے ٹھیک ایک دیں
case-team-empty = team خالی ہے
case-confidence-range = اعتماد کی قدریں فیصد میں ہوتی ہیں، 0 سے 100 تک
finding-confirmed-fields = ثابت شدہ خلاف ورزی میں وہ فریق جس سے یہ منسوب ہے، اس کا زمرہ اور اس کی سنگینی بیان کی جاتی ہے
finding-vote-value = ووٹ «{ $v }» concur یا dissent میں سے نہیں
finding-dissent-reason = اختلاف کے ساتھ اس کی وجہ بیان کی جاتی ہے

## crates/domain/src/publication.rs

body-publication-agreement-report = معاہدہ صرف اپنے نسخے کی شناخت سے شائع ہوتا ہے: report ہٹا دیں
body-publication-period = رپورٹ کی مدت اپنے آغاز ({ $from }) سے پہلے ختم ({ $to }) ہوتی ہے
body-publication-size = report.size رجسٹر کا وہی سائز ہونا چاہیے جس پر رپورٹ بنائی گئی
body-publication-no-report = رپورٹ report کے ساتھ شائع ہوتی ہے: { $shape }
body-publication-object = object «{ $object }» ان میں سے نہیں: agreement، report (نتیجہ finding.publish کے ذریعے شائع ہوتا ہے)
publication-report-json = یہ کسی رپورٹ کا JSON نہیں: { $detail }
publication-report-schema = اس کا schema { $schema } نہیں
publication-report-not-public = یہ عوامی رپورٹ نہیں: صرف وہی شائع ہو سکتا ہے جو پہلے سے شائع شدہ ہو
publication-report-period = اس کی مدت { $from } سے { $to } تک نہیں، جیسا کہ دستخط شدہ ہے
publication-report-size = یہ رجسٹر کے سائز { $size } پر نہیں بنائی گئی، جیسا کہ دستخط شدہ ہے
publication-not-adopted = نسخہ { $version } منظور شدہ معاہدہ نہیں: صرف معاہدہ شائع ہوتا ہے
publication-report-unchecked = رپورٹ { $id } کے ہم زاد ڈیٹا کی دستخط شدہ مواد سے جانچ نہیں ہوئی
publication-report-differs = رپورٹ { $id } کسی دوسرے ہیش، مدت، سائز یا عنوان کے ساتھ تجویز کی گئی تھی: اسی پر دستخط کریں، یا اسے کسی دوسری شناخت کے تحت شائع کریں
publication-done = { $object } { $id } پہلے ہی شائع ہو چکا ہے (اندراج { $at })
publication-signed-twice = { $mediator } { $object } { $id } کی اشاعت پر پہلے ہی دستخط کر چکا ہے (اندراج { $at })

## crates/domain/src/report/mod.rs

report-period-date = { $name } «{ $date }» تاریخ نہیں ہے (YYYY-MM-DD)
report-period-reversed = مدت اپنے آغاز ({ $from }) سے پہلے ختم ({ $to }) ہوتی ہے
report-period-too-long = کوئی مدت زیادہ سے زیادہ دس سال کی ہو سکتی ہے
report-recount-grouping = incidents.{ $name } درج واقعات سے مطابقت نہیں رکھتا
report-recount-summary = summary.{ $key } کی قدر { $got } ہے لیکن { $n } اشیا درج ہیں
report-recount-period = واقعہ { $id } مدت { $period } میں ہے، موجودہ یا سابقہ مدت میں نہیں
report-recount-restrictions = restrictions_on_monitors درج واقعات سے مطابقت نہیں رکھتا
report-recount-commitments = summary.commitments.{ $state } کی قدر { $got } ہے لیکن اس حالت میں { $n } عہود درج ہیں
report-recount-casualties = summary.casualties کی قدر { $got } ہے لیکن درج واقعات کا مجموعہ { $casualties } بنتا ہے
report-items-not-list = items.{ $section } فہرست نہیں ہے
report-item-unnamed = { $section } کی ایک شے کی نہ شناخت ہے نہ اندراج: { $item }
report-item-twice = { $section } کی شے { $id } دو بار درج ہے

## crates/domain/src/state.rs

invitation-unknown = اس کوڈ کا کوئی دعوت نامہ موجود نہیں
invitation-used = دعوت نامہ پہلے ہی اندراج { $at } پر استعمال ہو چکا ہے
invite-withdrawn = سیکرٹریٹ نے دعوت نامہ اندراج { $at } پر واپس لے لیا
invite-expired = دعوت نامے کی میعاد { $expired } کو ختم ہو گئی (رجسٹر کا وقت { $now } ہے)
enrol-other-key = رکنیت کے اندراج پر { $signer } کے دستخط ہیں لیکن یہ کلید { $key } کو درج کرتا ہے
clock-not-later = log.time { $unix } رجسٹر کے وقت { $t } (اندراج { $at }) کے بعد کا نہیں
process-defined = عمل پہلے ہی متعین ہو چکا ہے
invitation-exists = اس کوڈ کا ایک دعوت نامہ پہلے سے موجود ہے
invite-no-clock = valid_hours کا تعین رجسٹر کے وقت سے ہوتا ہے، اور یہ رجسٹر ابھی کوئی وقت درج نہیں رکھتا
invite-open = رکن { $member } کا ایک کھلا دعوت نامہ پہلے سے موجود ہے (اندراج { $at })
rule-member-or-secretariat = صرف خود رکن کو یا سیکرٹریٹ کو اجازت ہے
party-unknown = «{ $party }» عمل کا فریق نہیں ہے
rule-mediators-or-delegates = صرف ثالثوں اور فریقین کے مندوبین کو اجازت ہے
rule-party-delegates-or-mediators = صرف کسی فریق کے مندوبین اور ثالثوں کو اجازت ہے
rule-unattributed-bridging = صرف ثالثوں کا مصالحتی متن انتساب کے بغیر ہوتا ہے؛ کسی فریق کا مسودہ ہمیشہ اسی کا ہوتا ہے
draft-needs-parent = مسودہ { $draft } کے نسخے پہلے سے موجود ہیں: وہ سابقہ نسخہ بتائیں جس میں یہ نسخہ ترمیم کرتا ہے
draft-parent-elsewhere = سابقہ نسخہ { $parent } مسودہ { $owner } کا ہے، { $draft } کا نہیں
draft-parent-not-relayed = نسخہ { $parent } کی { $party } کو ترسیل نہیں ہوئی: فریق صرف اسی متن میں ترمیم کرتا ہے جس کی ثالثوں نے اسے ترسیل کی ہو
rule-mediators-relay = ترسیل صرف ثالث کرتے ہیں؛ فریقین کبھی براہِ راست ایک دوسرے کو کچھ نہیں بھیجتے
draft-relay-twice = { $to } کا نام دو بار دیا گیا ہے
draft-relay-not-party = «{ $to }» فریق نہیں ہے: مسودوں کی ترسیل فریقین کو ہوتی ہے
draft-relay-own = نسخہ { $version } خود { $to } کا مسودہ ہے؛ اس کی ترسیل دوسرے فریقین کو ہوتی ہے
comment-not-relayed = نسخہ { $version } کی { $party } کو ترسیل نہیں ہوئی
comment-shared-by-party = کسی فریق کا تبصرہ اندرونی ہوتا ہے یا ثالثوں کے لیے؛ فریقین کبھی براہِ راست ایک دوسرے کو کچھ نہیں بھیجتے
rule-parties-delegates-or-mediators = صرف فریقین کے مندوبین اور ثالثوں کو اجازت ہے
rule-signatory = صرف کسی فریق کے مجاز دستخط کنندہ کو اجازت ہے
agreement-adopted = نسخہ { $version } پہلے ہی منظور ہو چکا ہے
agreement-signed-twice = { $party } نسخہ { $version } پر اندراج { $at } میں پہلے ہی دستخط کر چکا ہے
rule-witness = صرف کسی ثالث کے اس رکن کو اجازت ہے جس کا کردار گواہ یا ثالث کا ہو
agreement-unsigned = ثالث دستخطوں کی گواہی دیتے ہیں: نسخہ { $version } پر ابھی { $missing } کے دستخط نہیں ہوئے
agreement-witnessed-twice = { $mediator } نسخہ { $version } کی اندراج { $at } میں پہلے ہی گواہی دے چکا ہے
agreement-not-with-every-party = نسخہ { $version } کی { $missing } کو ترسیل نہیں ہوئی: ہر فریق کے پاس وہ متن ہونا چاہیے جس پر وہ دستخط کرتا ہے
member-removed = رکن { $id } کو اندراج { $at } پر ہٹا دیا گیا
member-role-unfit = کردار { $role } { $participant } کے رکن کے لیے موزوں نہیں، جو ایک { $kind } ہے
member-key-taken = کلید { $key } پہلے ہی رکن { $member } کی ہے
member-key-retired = کلید { $key } کو اندراج { $at } پر رکن { $member } سے غیر فعال کر دیا گیا تھا اور اسے دوبارہ استعمال نہیں کیا جا سکتا

## crates/domain/src/wire.rs

body-not-an-id = { $field } «{ $v }» شناخت نہیں ہے (1 سے 64 تک چھوٹے انگریزی حروف، ہندسے، '.'، '_'، '-')
body-no-role = رکن کا کم از کم ایک کردار ہونا ضروری ہے
body-empty = { $field } خالی ہے
body-too-long = { $field } { $max } حروف سے طویل ہے
body-not-sha256 = { $field } «{ $v }» چھوٹے حروف کے ہیکس میں SHA-256 نہیں ہے
body-not-a-date = { $field } «{ $v }» تاریخ نہیں ہے (YYYY-MM-DD)
body-not-date-or-time = { $field } «{ $v }» نہ تاریخ ہے (YYYY-MM-DD) نہ UTC وقت (YYYY-MM-DDTHH:MM:SSZ)
body-at-not-utc = at «{ $v }» UTC وقت نہیں ہے (YYYY-MM-DDTHH:MM:SSZ)
body-witness-quorum = witness_quorum کم از کم 1 ہونا چاہیے
code-hash-hex = code_sha256 کو 64 ہیکس ہندسوں پر مشتمل ہونا چاہیے
body-valid-hours = valid_hours کو 1 سے 8784 (ایک سال) کے درمیان ہونا چاہیے
body-key = key: { $detail }
body-round-reversed = دور اپنے آغاز ({ $starts }) سے پہلے ختم ({ $ends }) ہوتا ہے
body-time-range = وقت (time) حد سے باہر ہے
body-relay-no-party = to میں کسی فریق کا نام نہیں

## crates/ledger/src/authority.rs

key-already-revoked = کلید { $id } پہلے ہی منسوخ ہو چکی ہے
time-not-log-key = log.time پر صرف رجسٹر کی کلید دستخط کرتی ہے، { $key } نہیں
founding-invitation-expired = بانی دعوت نامے کی میعاد unix وقت { $expired } پر ختم ہو گئی (رجسٹر کا وقت { $now } ہے)
time-body = متن unix سیکنڈز میں وقت نہیں ہے: { $detail }
time-backwards = وقت { $time } رجسٹر کے وقت { $last } (اندراج { $at }) کے بعد کا نہیں: رجسٹر کی گھڑی صرف آگے بڑھتی ہے
genesis-no-name = عمل کا نام خالی ہے
genesis-no-founder = کم از کم ایک بانی کلید یا بانی دعوت نامہ درکار ہے
genesis-invitation-twice = بانی دعوت نامہ { $hash } دو بار درج ہے
genesis-founder-twice = بانی کلید { $key } دو بار درج ہے یا یہ رجسٹر کی کلید ہے
key-unparsable = کلید «{ $key }»: { $detail }
key-not-ed25519 = کلید { $key } Ed25519 دستخطی کلید (type 0x01) نہیں ہے

## crates/ledger/src/entry.rs

entry-too-large = اندراج { $n } بائٹس کا ہے؛ کوئی اندراج زیادہ سے زیادہ 65535 بائٹس کا ہو سکتا ہے (بڑا مواد blob کے طور پر محفوظ کریں اور اس کے SHA-256 کا حوالہ دیں)
entry-not-dsse = اندراج DSSE JSON لفافہ (envelope) نہیں ہے: { $detail }
entry-payload-base64 = لفافے کا payload درست base64 نہیں ہے
entry-signature-count = لفافے میں { $n } دستخط ہیں؛ Truce کے اندراجات میں ٹھیک ایک دستخط ہوتا ہے
entry-signature-encoding = دستخط base64 میں 64 بائٹس کا نہیں ہے
entry-payload-type = payload type «{ $t }» application/vnd.truce.<kind>+json نہیں ہے
entry-not-statement = payload، Truce کا بیان (statement) نہیں ہے: { $detail }
entry-wrong-origin = یہ بیان رجسٹر «{ $got }» کے لیے ہے، جبکہ یہ رجسٹر «{ $want }» ہے
entry-zero-seq = ترتیبی نمبر 0 کی اجازت نہیں؛ کسی دستخط کنندہ کے پہلے اندراج کا seq 1 ہوتا ہے
entry-unknown-key = نامعلوم کلید { $key }: یہ اس رجسٹر میں کبھی درج نہیں ہوئی
entry-revoked-key = کلید { $key } اندراج { $at } پر منسوخ کر دی گئی اور اس کے بعد کسی چیز پر دستخط نہیں کرتی
entry-replay = دہرایا گیا یا بے ترتیب اندراج: کلید { $key } پہلے ہی seq { $last } استعمال کر چکی ہے، جبکہ اس اندراج کا seq { $got } ہے
entry-bad-signature = کلید { $key } کے مطابق دستخط کی تصدیق نہیں ہوتی
entry-not-genesis = رجسٹر کا پہلا اندراج اس کا ابتدائی اندراج (genesis) ہونا چاہیے
entry-second-genesis = رجسٹر کا ٹھیک ایک ابتدائی اندراج (genesis) ہوتا ہے، اشاریہ 0 پر
entry-genesis-signer = ابتدائی اندراج (genesis) پر رجسٹر کی کلید { $key } کے دستخط ہونا ضروری ہیں
entry-genesis = ابتدائی اندراج (genesis) درست نہیں: { $why }
entry-not-registrar = کلید { $key } کلیدوں کا اندراج یا منسوخی نہیں کر سکتی
entry-registration = کلید کا اندراج درست نہیں: { $why }
entry-already-registered = کلید { $key } پہلے ہی درج ہے
entry-log-key-misuse = رجسٹر کی کلید صرف ابتدائی اندراج (genesis)، log.time اندراجات اور چیک پوائنٹس پر دستخط کرتی ہے
entry-time = log.time درست نہیں: { $why }

## crates/ledger/src/reason.rs

detail = { $detail }
id = اردو متن، { $name } اور «{ $other }» کے ساتھ

## crates/server/src/engine/mod.rs

entry-log-time-reserved = log.time ترتیب کار (sequencer) کا اپنی گھڑی کا ریکارڈ ہے: اسے کوئی جمع نہیں کراتا
entry-none = کوئی اندراج { $index } موجود نہیں
report-no-checkpoint-yet = رپورٹ کی جانچ کے لیے ابھی کوئی چیک پوائنٹ موجود نہیں: کچھ دیر بعد دوبارہ کوشش کریں
report-stale-size = رپورٹ { $id } رجسٹر کے سائز { $made } پر بنائی گئی تھی لیکن تازہ ترین چیک پوائنٹ سائز { $size } پر ہے: اسے دوبارہ بنائیں اور اس پر دستخط کریں
report-not-the-public-one = رپورٹ { $id } رجسٹر کے سائز { $size } پر { $from } سے { $to } تک کی عوامی رپورٹ نہیں: صرف وہی شائع کی جا سکتی ہے
content-check-unfinished = مواد کی جانچ مکمل نہیں ہوئی: { $detail }
log-shutting-down = رجسٹر بند ہو رہا ہے
entry-stored-unreadable = محفوظ شدہ اندراج { $index }: { $detail }
time-ahead-of-clock = { $field } { $text } سرور کی گھڑی سے { $ahead } سیکنڈ آگے ہے: دعویٰ کردہ وقت مستقبل میں نہیں ہو سکتا ({ $skew } سیکنڈ سے زیادہ)

## crates/server/src/engine/quota.rs

quota-entries-per-minute = اندراجات فی منٹ
quota-blob-bytes-per-hour = blob بائٹس فی گھنٹہ
quota-diffs-per-minute = موازنے فی منٹ
quota-refusals-per-minute = مسترد شدہ درخواستیں فی منٹ
holder-participant = شریک { $participant }
holder-key = کلید { $key }
holder-address = پتہ { $address }
holder-public = عوام
quota-over = { $holder } کے لیے مقررہ حد ({ $amount } { $what }) سے تجاوز ہو گیا ہے: { $retry } سیکنڈ بعد دوبارہ کوشش کریں

## crates/server/src/engine/sequencer.rs

store-foreign-entries = ذخیرے میں ایسے اندراجات ہیں جنہیں یہ سرور قبول نہیں کر سکتا: { $detail }
storage-failed = ذخیرہ کاری ناکام ہو گئی: { $detail }

## crates/server/src/http/acts.rs

body-check-invalid = جانچ کی درخواست درست نہیں: { $detail }
check-not-an-act = { $kind } عمل کا کوئی اقدام نہیں ہے
check-founding-key-only = { $kind } پر صرف بانی کلید دستخط کر سکتی ہے
check-content-checked-on-submit = یہ اقدام مواد { $hash } کا حوالہ دیتا ہے، جس کی جانچ اس کے جمع کرائے جانے پر ہوتی ہے

## crates/server/src/http/app.rs

quota-exports-per-minute = برآمدات فی منٹ

## crates/server/src/http/auth.rs

auth-members-only = یہ صرف ارکان کر سکتے ہیں: درخواست پر اپنی کلید سے دستخط کریں (اس کے متن کا کوئی حصہ نہیں پڑھا گیا)
auth-header-not-text = ہیڈر { $name } متن نہیں ہے
session-expired-sign-in = سیشن کی میعاد ختم ہو گئی ہے یا اس سے سائن آؤٹ کیا جا چکا ہے: دوبارہ سائن ان کریں
auth-created-not-seconds = { $header } Unix سیکنڈز میں نہیں ہے
auth-signature-not-base64 = { $header } base64 میں نہیں ہے
auth-signed-too-far-from-now = درخواست پر { $created } کو دستخط ہوئے، جو سرور کے وقت { $now } سے { $skew } سیکنڈ سے زیادہ فرق رکھتا ہے
auth-signature-does-not-verify = کلید { $key } کے تحت درخواست کے دستخط کی تصدیق نہیں ہوتی («{ $message }» پر دستخط کریں)
auth-key-revoked = کلید { $key } اندراج { $at } پر منسوخ کر دی گئی
auth-key-of-no-member = کلید { $key } غیر فعال ہے یا اس عمل کے کسی رکن کی نہیں
auth-header-needs = { $header } کے لیے { $needed } درکار ہے
auth-unknown-key = نامعلوم کلید { $key }
session-csrf-mismatch = X-Truce-CSRF ٹوکن اس سیشن کے ٹوکن سے مطابقت نہیں رکھتا
session-csrf-missing = سائن ان کی حالت میں کسی تبدیلی کے لیے سیشن کا X-Truce-CSRF ہیڈر درکار ہے

## crates/server/src/http/conn.rs

body-too-large = متن { $n } بائٹس کا ہے؛ یہ endpoint زیادہ سے زیادہ { $limit } قبول کرتا ہے
request-cross-site = کسی دوسری سائٹ کے صفحے سے بھیجی گئی درخواست مسترد کی جاتی ہے: Truce کے اقدامات اس کے اپنے صفحے یا کسی کلائنٹ سے آتے ہیں
request-timeout = درخواست { $secs } سیکنڈ کے اندر مکمل نہیں ہوئی: اسے مکمل اور بروقت بھیجیں

## crates/server/src/http/error.rs

storage-unavailable = ذخیرہ دستیاب نہیں: { $detail }

## crates/server/src/http/mod.rs

endpoint-none = ایسا کوئی endpoint موجود نہیں

## crates/server/src/http/monitoring.rs

mech-members-only = میکانزم کی شرائط اور پاسداری ارکان کے لیے ہیں: درخواست پر اپنی کلید سے دستخط کریں
mech-none-configured = نگرانی کا میکانزم ترتیب نہیں دیا گیا
mech-entry-unreadable = میکانزم کا اندراج: { $detail }
query-not-a-time = { $field } «{ $value }» نہ YYYY-MM-DD ہے نہ YYYY-MM-DDTHH:MM:SSZ
query-bbox-not-numbers = bbox «{ $bbox }» چار اعداد نہیں ہیں
query-bbox-not-four = bbox «{ $bbox }» کی شکل min_lon,min_lat,max_lon,max_lat نہیں ہے
query-bbox-not-a-box = bbox «{ $bbox }» WGS84 ڈگریوں میں min ≤ max والا خانہ نہیں ہے
query-status-unknown = status «{ $status }» ان میں سے نہیں: { $all }
query-side-no-border = side: میکانزم میں مشترکہ سرحد والے کوئی دو علاقے درج نہیں
query-limit-range = limit { $n } کی قدر 1 اور 10000 کے درمیان نہیں
query-cell-range = cell { $cell } کی قدر 0.01 اور 10 ڈگری کے درمیان نہیں
incident-none-readable = کوئی ایسا واقعہ { $id } موجود نہیں جسے آپ پڑھ سکیں
incident-duplicates-mediators-only = دہری رپورٹوں کی تجاویز ثالثوں کے لیے ہیں، جو رپورٹیں ضم کرتے ہیں
query-duplicates-range = km کو 0 اور 500 کے درمیان، اور hours کو 0 اور 720 کے درمیان ہونا چاہیے
border-none = میکانزم میں مشترکہ سرحد والے کوئی دو علاقے درج نہیں
query-lon-lat-range = lon اور lat کو WGS84 ڈگریوں میں ہونا چاہیے
query-lon-lat-both = lon اور lat دونوں دیں، یا کوئی بھی نہیں
evidence-none-readable = کوئی ایسا ثبوت { $h } موجود نہیں جسے آپ پڑھ سکیں
evidence-hash-malformed = «{ $h }» ہیکس میں SHA-256 نہیں ہے
evidence-members-only = ثبوت ارکان پڑھتے ہیں، اور ہر بار پڑھنا ریکارڈ پر آتا ہے: درخواست پر دستخط کریں
evidence-access-not-recorded = ثبوت { $h } کو پڑھنا ریکارڈ پر آتا ہے: پہلے اس کے لیے evidence.access اندراج پر دستخط کریں (truce evidence get یہی کرتا ہے)
case-none-readable = کوئی ایسا معاملہ { $id } موجود نہیں جسے آپ پڑھ سکیں

## crates/server/src/http/negotiation.rs

version-none-readable = کوئی ایسا نسخہ «{ $id }» موجود نہیں جسے آپ پڑھ سکیں
version-none-readable-sign = کوئی ایسا نسخہ «{ $id }» موجود نہیں جسے آپ پڑھ سکیں (درخواست پر دستخط کریں: مسودے خفیہ ہیں)
blob-stored-hash-malformed = «{ $hash }» SHA-256 نہیں ہے
blob-missing-from-store = blob { $hash } ذخیرے میں موجود نہیں
blob-stored-not-json = محفوظ شدہ blob { $hash } JSON نہیں ہے: { $detail }
slot-what-diffs = موازنے
diff-failed = موازنہ ناکام ہو گیا

## crates/server/src/http/pace.rs

pace-public-reads-taken = عوام کے لیے فی سیکنڈ { $per_second } مطالعاتی درخواستوں کی گنجائش پوری ہو چکی ہے: { $secs } سیکنڈ بعد دوبارہ کوشش کریں (سائن ان کرنے والے ارکان پر یہ پابندی نہیں؛ جامد سائٹ، `truce publish-site`، عوامی ریکارڈ کہیں سے بھی فراہم کرتی ہے)

## crates/server/src/http/reminders.rs

reminder-settings-invalid = یاد دہانی کی ترتیبات درست نہیں: { $detail }
reminder-feed-none = ایسی کوئی کیلنڈر فیڈ موجود نہیں (کلید بدلنے یا رکن کے ہٹائے جانے سے یہ ختم ہو جاتی ہے)

## crates/server/src/http/reports.rs

report-typesetter-busy = ٹائپ سیٹر دیگر رپورٹوں میں مصروف ہے: کچھ دیر بعد دوبارہ کوشش کریں
report-renderer-failed = رپورٹ کا رینڈرر ناکام ہو گیا: { $detail }
report-none-published = کوئی شائع شدہ رپورٹ { $h } موجود نہیں
blob-hash-malformed = «{ $h }» ہیکس SHA-256 نہیں ہے
report-published-not-json = شائع شدہ رپورٹ JSON نہیں ہے: { $detail }
report-id-malformed = id: A-Z a-z 0-9 - _ . میں سے 1 سے 100 حروف
report-no-checkpoint-cosigned = ابھی کسی چیک پوائنٹ پر مشترکہ دستخط نہیں ہوئے: کچھ دیر بعد دوبارہ کوشش کریں
report-checkpoint-being-cosigned = اگلے چیک پوائنٹ پر مشترکہ دستخط ہو رہے ہیں: کچھ دیر بعد دوبارہ کوشش کریں
public-record-being-made = عوامی ریکارڈ تیار ہو رہا ہے: کچھ دیر بعد دوبارہ کوشش کریں
public-record-failed = عوامی ریکارڈ تیار نہیں ہو سکا: { $detail }
public-list-none = کوئی عوامی فہرست «{ $list }» موجود نہیں: فہرستیں یہ ہیں: { $lists }
public-list-offset-malformed = offset «{ $offset }» فہرست میں کوئی مقام نہیں (0، 1، 2، …)

## crates/server/src/http/session.rs

session-not-signed-in = آپ سائن ان نہیں ہیں
session-expired = سیشن کی میعاد ختم ہو گئی ہے یا اس سے سائن آؤٹ کیا جا چکا ہے
session-sign-in-body-invalid = سائن ان کا متن درست نہیں: { $detail }
session-signature-not-base64 = دستخط (signature) base64 میں نہیں ہے
session-challenge-unknown = چیلنج نامعلوم، استعمال شدہ یا میعاد ختم شدہ ہے: نیا چیلنج طلب کریں
session-signature-does-not-verify = کلید { $key } کے تحت دستخط کی تصدیق نہیں ہوتی («{ $message }» پر دستخط کریں)
session-bad-cookie = ناقص کوکی
invite-code-hash-malformed = code_sha256 کو 64 ہیکس ہندسوں (کوڈ کا SHA-256) پر مشتمل ہونا چاہیے
invite-no-such-code = اس کوڈ کا کوئی دعوت نامہ موجود نہیں

## crates/server/src/http/sessions.rs

session-too-many-attempts = { $ip } سے سائن ان کی بہت زیادہ کوششیں: ہر { $window } سیکنڈ میں زیادہ سے زیادہ { $limit }؛ بعد میں دوبارہ کوشش کریں

## crates/server/src/http/slots.rs

slot-upload-one-at-a-time = { $holder } کا ایک اپ لوڈ پہلے ہی وصول کیا جا رہا ہے: ایک وقت میں ایک
slot-what-blob-uploads = blob اپ لوڈز
slot-batch-one-at-a-time = پتہ { $address } کا ایک بیچ پہلے ہی وصول کیا جا رہا ہے: ایک وقت میں ایک
slot-what-batches = بیچز
slot-busy = سرور مصروف ہے، دیگر { $what } جاری ہیں: کچھ دیر بعد دوبارہ کوشش کریں
slot-sends-per-reader = { $holder } کے لیے { $count } فائلیں یا برآمدات پہلے ہی بھیجی جا رہی ہیں: ایک وقت میں زیادہ سے زیادہ { $most }
slot-sending-budget = سرور پہلے ہی فائلیں بھیجنے کی اپنی { $mib } MiB کی حد استعمال کر رہا ہے: کچھ دیر بعد دوبارہ کوشش کریں
slot-what-exports = برآمدات

## crates/server/src/http/tlog.rs

body-sealed-submission-invalid = سربمہر درخواست { $shape } ہوتی ہے: { $detail }
body-batch-too-many = ایک بیچ میں زیادہ سے زیادہ { $max } اندراجات ہوتے ہیں
body-batch-invalid = بیچ DSSE لفافوں کا JSON array ہوتا ہے: { $detail }
entry-index-malformed = «{ $s }» اندراج کا اشاریہ نہیں ہے
entry-none-of-size = کوئی اندراج { $index } موجود نہیں: رجسٹر میں { $size } اندراجات ہیں
entry-no-opening = اندراج { $index } کا کوئی ایسا کھولا گیا مواد موجود نہیں جسے آپ پڑھ سکیں
entry-no-opening-sign = اندراج { $index } کا کوئی ایسا کھولا گیا مواد موجود نہیں جسے آپ پڑھ سکیں (درخواست پر دستخط کریں)
entry-not-yet-published = اندراج { $index } ابھی کسی شائع شدہ چیک پوائنٹ میں شامل نہیں
proof-index-outside = اشاریہ { $index } سائز { $size } کے درخت سے باہر ہے
proof-sizes-reversed = سائز { $old } سائز { $new } سے بڑا ہے
proof-size-too-large = سائز { $size } درخت ({ $available } اندراجات) سے بڑا ہے
key-unknown = نامعلوم کلید { $id }
blob-empty = خالی blob محفوظ نہیں کیا جاتا
blob-hashing-unfinished = ہیش کاری مکمل نہیں ہوئی: { $detail }
blob-none-readable = کوئی ایسا blob { $h } موجود نہیں جسے آپ پڑھ سکیں
blob-none-readable-sign = کوئی ایسا blob { $h } موجود نہیں جسے آپ پڑھ سکیں (درخواست پر دستخط کریں)
blob-none = کوئی blob { $h } موجود نہیں
checkpoint-none-yet = ابھی تک کوئی چیک پوائنٹ شائع نہیں ہوا
tile-path-malformed = ٹائل کا راستہ ناقص ہے: { $why }
tile-none = ٹائل { $path } { $size } اندراجات کے درخت میں موجود نہیں

## crates/server/src/http/web.rs

web-ui-not-built = ویب انٹرفیس اس سرور میں شامل کر کے نہیں بنایا گیا
web-asset-none = کوئی فائل (asset) { $url } موجود نہیں
stream-public-full = عوام کے لیے { $streams } براہِ راست سلسلے سب زیرِ استعمال ہیں: صفحہ ان کے بغیر بھی کام کرتا ہے (نئے اندراجات دیکھنے کے لیے اسے دوبارہ لوڈ کریں)؛ سائن ان کرنے والے رکن کا اپنا سلسلہ ہوتا ہے

## crates/server/src/http/work.rs

work-unfinished = کام مکمل نہیں ہوا: { $detail }

## crates/server/src/reminders.rs

reminder-address-invalid = ای میل پتہ «{ $address }» درست نہیں: { $why }
reminder-not-a-member = یاد دہانیاں ارکان کے لیے ہیں: یہ کلید کسی رکن کی نہیں
reminder-smtp-failed = { $relay } کے ذریعے ای میل بھیجنے میں ناکامی: { $why }
reminder-address-too-long = 254 بائٹس سے طویل ہے
reminder-address-control-character = اس میں ایک کنٹرول کیریکٹر شامل ہے
reminder-address-not-ascii = صرف ASCII پتوں پر ای میل بھیجی جاتی ہے (ممکن ہے relay سرور SMTPUTF8 کی معاونت نہ کرتا ہو)
reminder-address-domain = ڈومین کو نقطے والا نام ہونا چاہیے، نہ کہ کوئی پتہ یا واحد لیبل

## crates/server/src/report.rs

report-entry-missing = اندراج { $index } ذخیرے میں موجود نہیں
report-no-inclusion-proof = اندراج { $index } کے لیے شمولیت کا کوئی ثبوت نہیں: { $detail }
report-format-unknown = فارمیٹ «{ $format }» ان میں سے نہیں: { $all }
