# Sunucunun ret gerekçeleri, Türkçe (tr): en.ftl'deki reason!(…) cümlelerinin çevirisi.
# Kaynak: crates/server/tests/catalogues.rs tarafından yazılan en.ftl; terimler web/GLOSSARY.md
# ve web/app/i18n/tr.ftl ile aynıdır.

## crates/domain/src/disclosure.rs

disclosure-unknown-kind = bilinmeyen tür "{ $kind }": kayıt defteri yalnızca ifşa tablosundaki türleri kabul eder
disclosure-not-object = bir { $kind } kaydının gövdesi JSON nesnesi değil
disclosure-confidential-in-public = { $kind } mühürlüdür: kaydının gövdesi yalnızca { $public } ve "sealed" alanlarını gösterebilir, ancak "{ $field }" alanını gösteriyor (bunu açılıma koyun)
disclosure-no-commitment = { $kind } mühürlüdür: kaydının gövdesi bir "sealed" kriptografik taahhüdü (64 onaltılık basamak) içermelidir
disclosure-no-opening = { $kind } mühürlüdür: açılımını zarfın yanında gönderin
disclosure-not-sealed = { $kind } herkese açıktır: "sealed" kriptografik taahhüdü ve açılım taşımaz
disclosure-opening-shape = açılım { $shape } biçiminde değil: { $why }
disclosure-salt = açılımın tuzu (salt) { $n } baytlık base64 olmalıdır
disclosure-too-large = açılım { $n } bayt; en fazla { $max } bayt olabilir
disclosure-mismatch = açılım, kaydın kriptografik taahhüdüyle eşleşmiyor (özeti { $got })
disclosure-public-in-opening = açılım, herkese açık "{ $field }" alanını taşıyamaz
disclosure-body-json = { $kind } gövdesi: { $detail }

## crates/domain/src/document.rs

document-json = belge, taslak biçiminde geçerli bir JSON değil: { $detail }
document-too-large = belge { $n } bayt; en fazla { $max } bayt kabul edilir
document-no-language = belge hiçbir dil belirtmiyor
document-language-code = "{ $code }" bir dil kodu değil
document-language-twice = "{ $code }" dili iki kez listelenmiş
document-no-authoritative = hiçbir dil asıl metin dili olarak işaretlenmemiş (birini ya da eşit derecede geçerli birkaçını işaretleyin)
document-text-unlisted-language = { $what }, belgede listelenmeyen "{ $code }" dilinde metin içeriyor
document-text-missing = { $what }, asıl metin dili olan "{ $language }" dilinde metin içermiyor
document-part-title = başlık
document-part-preamble = giriş bölümü
document-no-article = belgede hiç madde yok
document-article-eid = "{ $eid }" madde kimliği bir eId değil (küçük harfler, rakamlar, '_')
document-eid-twice = "{ $eid }" fıkra kimliği iki kez kullanılmış
document-part-heading = { $eid } maddesinin başlığı
document-no-paragraph = { $eid } maddesinde hiç fıkra yok
document-paragraph-eid = "{ $eid }" fıkra kimliği bir eId değil (küçük harfler, rakamlar, '_')
document-part-clause = { $eid } fıkrası
document-bracketed-no-alternatives = { $eid } fıkrası köşeli parantezli, ancak hiçbir alternatif listelemiyor
document-alternatives-not-bracketed = { $eid } fıkrası alternatifler listeliyor, ancak köşeli parantezli değil, durumu { $status }
document-part-alternative = { $eid } fıkrasının { $n }. alternatifi

## crates/domain/src/fold.rs

territories-no-world = toprakları karşılaştırmak için sınır verisi yok
territories-refused = topraklar: { $why }

## crates/domain/src/geo.rs

geo-not-topojson = sınırlar TopoJSON değil: { $why }
geo-unknown-country = sınır verilerinde "{ $name }" adlı bir ülke yok
geo-no-border = sınır verilerine göre { $a } ile { $b } arasında ortak sınır yok
geo-not-a-number = { $what } bir sayı değil
geo-arc-reference = bir yay referansı tam sayı değil
geo-no-arcs = yay yok
geo-arc-not-array = bir yay dizi değil
geo-no-geometries = objects.countries.geometries yok
geo-no-such-arc = { $i } numaralı yay mevcut değil
geo-frontier-two = bir sınır hattı tam olarak iki toprak gerektirir

## crates/domain/src/lib.rs

body-invalid = geçersiz { $kind } gövdesi: { $why }
unknown = { $what } "{ $id }" mevcut değil
duplicate = { $what } "{ $id }" zaten var
not-a-member = { $key } anahtarı bir üyenin anahtarı değil; önce member.add ile ekleyin
key-retired = { $key } anahtarı { $at } numaralı kayıtta devre dışı kaldı ({ $member } üyesi { $why }) ve bundan sonra hiçbir şey imzalayamaz
retired-removed = çıkarıldı
retired-rotated = yeni bir anahtara geçti
forbidden = { $actor }, { $act } işlemini yapamaz: { $rule }
round-transition = "{ $round }" turu { $from } durumundan { $to } durumuna geçemez
reason-required = { $state } için gerekçe belirtilmelidir
content-missing = { $hash } içeriği yüklenmemiş: sunmadan önce /api/v1/blobs adresine POST ile gönderin
bad-document = { $hash } içeriği geçerli bir taslak değil: { $why }
not-with-mediators = { $version } sürümü, { $to } için arabulucularda değil: { $at } numaralı kayıtla { $to } tarafına zaten iletildi
text-changed = metin değişti: { $version } sürümünün içeriği { $current }, ancak bu işlem { $named } içeriğini belirtiyor
bracketed = her şey üzerinde mutabakat sağlanmadıkça hiçbir şey üzerinde mutabakat sağlanmış sayılmaz: { $version } sürümünde hâlâ köşeli parantezli fıkralar var ({ $clauses })
thing-action-report = eylem raporu
thing-case = dosya
thing-clause = fıkra
thing-comment = yorum
thing-commitment = taahhüt
thing-evidence = kanıt
thing-evidence-request = kanıt talebi
thing-finding = tespit
thing-import-batch = içe aktarma grubu
thing-incident = olay
thing-member = üye
thing-open-invitation = şu üye için açık davet
thing-participant = katılımcı
thing-penalty = yaptırım
thing-penalty-rule = yaptırım kuralı
thing-round = tur
thing-version = sürüm
round-state-scheduled = planlandı
round-state-in-session = oturumda
round-state-stalled = tıkandı
round-state-suspended = askıya alındı
round-state-resumed = yeniden başladı
round-state-concluded = sona erdi
blob-hash-mismatch = verilen baytların özeti { $got }
import-bad-rows = { $bad } hatalı satır; ilki: { $first }
import-row-count = { $rows } değil, { $held } satır içeriyor
evidence-size = beyan edilen { $size } bayt değil, { $got } bayt
evidence-type = { $declared } olarak beyan edilmiş, ancak baytları { $sniffed } türünde
evidence-type-unknown = { $declared } olarak beyan edilmiş, ancak baytları kabul edilen hiçbir türe ait değil

## crates/domain/src/monitor/acled.rs

import-row = satır { $line }, sütun { $column }: { $why }
import-no-column = başlık satırında { $name } sütunu yok: bir ACLED dışa aktarımında şu 31 sütun bulunur: { $columns }
import-value-too-long = 20000 karakterden uzun
import-event-id = "{ $id_raw }" bir olay kimliği değil (harfler ve rakamlar)
import-value-empty = boş
import-event-date = "{ $v }" bir tarih değil (YYYY-MM-DD)
import-year = "{ $v }", event_date { $date } tarihinin yılı değil
import-precision = "{ $v }" 1, 2 veya 3 değil
import-not-number = "{ $v }" bir sayı değil
import-coordinate-range = { $v }, ±{ $limit } aralığının dışında
import-not-whole-number = "{ $v }" bir tam sayı değil
import-timestamp = "{ $timestamp }" bir Unix zamanı değil
import-actor-type = "{ $v }" bir ACLED aktör türü değil (metin veya 0–8)

## crates/domain/src/monitor/rules.rs

mech-not-configured = izleme mekanizması henüz yapılandırılmadı (mechanism.configure)
mech-not-a-party = { $field } "{ $id }" sürecin bir tarafı değil
mech-unknown-category = "{ $c }" kategorisi anlaşmanın belirlediği kategorilerden biri değil: { $categories }
evidence-not-citable = { $h } kanıtı, atıfta bulunabileceğiniz bir kanıt değil: atıfta bulunmadan önce sunun (evidence.submit) ve yalnızca katılımcınızın okuyabileceği kanıtlara atıfta bulunun
rule-mediators = bunu yalnızca arabulucular yapabilir
mech-configured = mekanizma zaten yapılandırılmış
mech-agreement-not-adopted = { $version } sürümü kabul edilmiş bir anlaşma değil: taahhütler kabul edilen metne aittir
mech-appeal-body-not-mediator = appeal_body "{ $body }" bir arabulucu değil
mech-commitment-no-clause = { $commitment } taahhüdü: anlaşmada "{ $clause }" maddesi yok
mech-commitment-not-before = { $commitment } taahhüdü: "{ $d }", kendisinden önce listelenmiş bir taahhüt değil
mech-prohibition-no-categories = { $commitment } taahhüdü: bir yasak, kendisini ihlal eden ihlal kategorilerini belirtir
mech-quorum-too-large = finding_quorum { $quorum }, { $mediators } olan arabulucu sayısından fazla
rule-mediators-relay-public = kamunun bildirimlerini yalnızca arabulucular iletir
rule-secretariat = bunu yalnızca sekretarya yapabilir
import-csv-missing = içe aktarmanın CSV dosyası eklenmemiş
rule-mediators-and-monitors = bunu yalnızca arabulucular ve izleme görevlileri yapabilir
incident-target-merged = { $into } olayının kendisi de başka bir olayla birleştirilmiş
incident-merge-self = bir olay kendisiyle birleştirilemez
incident-already-merged = { $x } olayı zaten { $t } olayıyla birleştirilmiş
rule-evidence-access = kanıtı sunanın, elinde bulunduranın, arabulucuların veya ona atıfta bulunan bir dosyanın taraflarının size verebileceği böyle bir kanıt yok
rule-evidence-holder = bunu yalnızca mevcut kanıtı elinde bulunduran veya arabulucular yapabilir
rule-bearer-delegates = bunu yalnızca yükümlü tarafın delegeleri yapabilir
action-not-obligation = { $commitment } taahhüdünün hüküm türü { $modality }: eylemle yalnızca yükümlülükler yerine getirilir
case-incident-merged = { $i } olayı { $t } olayıyla birleştirildi: bunun yerine { $t } olayını belirtin
case-action-accused = bir eylem dosyası, eylemi raporlayan tarafla ilgilidir
case-team-no-mediator = bir doğrulama ekibinde en az bir arabulucu üye bulunur
case-team-not-joint = anlaşma ortak ekipler öngörüyor: ekipte { $missing } tarafının hiçbir üyesi yok
rule-team-and-mediators = bunu yalnızca dosyanın ekibi ve arabulucular yapabilir
case-decided = { $case } dosyası karara bağlandı
rule-party-delegates = bunu yalnızca bir tarafın delegeleri yapabilir
case-decided-replies = { $case } dosyası karara bağlandı: yanıtların kaydı kapandı
rule-team-members = bunu yalnızca dosya ekibinin üyeleri yapabilir
case-decided-assessments = { $case } dosyası karara bağlandı: değerlendirmeler kapandı
rule-mediator-members = bunu yalnızca arabulucuların üyeleri yapabilir
case-has-finding = { $case } dosyasının zaten { $f } tespiti var
rule-mediators-and-team = bunu yalnızca arabulucular ve dosyanın ekibi yapabilir
finding-already-voted = { $member } üyesi { $finding } hakkında zaten oy verdi
finding-in-effect = { $finding } tespiti zaten yürürlüğe girdi
rule-publication-mediators = bunu yalnızca arabulucu bir katılımcının arabulucuları, her biri kendi katılımcısı adına yapabilir
finding-published = { $finding } tespiti zaten yayımlandı
finding-already-signed = { $participant }, { $finding } tespitinin yayımını zaten imzaladı ({ $at } numaralı kayıt)
finding-statement-differs = açıklama, { $at } numaralı kayıtta önerilenden farklı: her arabulucu aynı metni imzalar
rule-commission = bunu yalnızca komisyon sıfatıyla arabulucular yapabilir
penalty-not-confirmed = { $finding } tespitinin sonucu { $outcome }: yalnızca teyit edilmiş bir ihlal yaptırıma bağlanır
penalty-exists = { $finding } tespitinin zaten { $penalty } yaptırımı var
penalty-wrong-rule = "{ $rule }" yaptırımı bu tespit için çizelgede yer almıyor: süre penceresinde kendi türünün { $n }. ihlali { $prescribed } kuralını gerektirir ({ $kind })
penalty-not-prescribed = "{ $rule }" yaptırımı çizelgede yer almıyor: çizelge bu tespit için hiçbir yaptırım öngörmüyor
rule-penalised-party = bunu yalnızca yaptırıma tabi taraf yapabilir
appeal-already = { $penalty } yaptırımına zaten itiraz edildi: yalnızca bir itiraz hakkı vardır
appeal-penalty-lifted = { $penalty } yaptırımı kaldırıldı
appeal-period-ended = itiraz süresi { $end } tarihinde sona erdi: { $imposed } tarihindeki uygulamadan itibaren { $days } gün
rule-appeal-body = bunu yalnızca anlaşmanın itiraz mercii yapabilir
appeal-none = { $penalty } yaptırımına itiraz edilmedi
appeal-decided = { $penalty } yaptırımına yapılan itiraz zaten karara bağlandı
penalty-cannot-serve = { $penalty } yaptırımının durumu { $status }: yerine getirilemez
penalty-cannot-lift = { $penalty } yaptırımının durumu { $status }: kaldırılamaz
finding-not-in-effect = { $finding } tespiti yürürlüğe girmedi: { $quorum } onaylayan arabulucudan oluşan yeter sayı sağlanmadı
case-outcome-action = { $case } dosyası bir eylem raporunu doğruluyor: sonucu verified, not_verified veya inconclusive olur
case-outcome-incident = { $case } dosyası olaylarla ilgili: sonucu confirmed, not_confirmed, no_violation veya inconclusive olur

## crates/domain/src/monitor/wire.rs

body-not-one-of = { $field } "{ $v }" şunlardan biri değil: { $all }
body-not-a-time = { $field } "{ $v }" bir zaman değil
body-at-missing = at eksik
body-at-not-a-time = at bir zaman değil
mech-deadline-shape = { $id } taahhüdü: "{ $s }" son tarihi "continuing", { $date } veya { $days } değil
mech-condition-no-categories = { $id } taahhüdü: koşul hiçbir kategori belirtmiyor
mech-penalty-rule-no-categories = { $rule } yaptırım kuralı: hiçbir kategori belirtmiyor
mech-penalty-rule-nth = { $rule } yaptırım kuralı: nth 1'den başlayarak sayar
incident-coordinate-range = { $field } { $v }, ±{ $limit } aralığının dışında
incident-casualties-order = casualties için low ≤ best ≤ high olmalıdır; { $low } / { $best } / { $high } değil
incident-channel = "{ $other }" kanalı: yalnızca "public" verilebilir (kamunun bildirimini ileten bir arabulucu); aksi hâlde kanal, bildirenin kendi kanalıdır
mech-quorum-zero = finding_quorum en az 1 olmalıdır
mech-categories-empty = categories boş
import-no-rows = rows 0: bir içe aktarma en az bir satır içerir
incident-merged-empty = merged boş
evidence-media-type = media_type "{ $media_type }" şunlardan biri değil: { $types }
evidence-size-range = size { $size }, 1 ile { $max } bayt arasında değil
case-incidents-or-action = bir dosya ya olaylarla ya da tek bir eylem raporuyla ilgilidir: incidents ve action alanlarından tam olarak birini verin
case-team-empty = team boş
case-confidence-range = güven değerleri yüzdedir, 0 ile 100 arasında
finding-confirmed-fields = teyit edilmiş bir ihlal, atfedildiği tarafı, kategorisini ve ağırlığını belirtir
finding-vote-value = "{ $v }" oyu concur veya dissent değil
finding-dissent-reason = bir karşı görüş gerekçesini belirtir

## crates/domain/src/publication.rs

body-publication-agreement-report = bir anlaşma yalnızca sürüm kimliğiyle yayımlanır: report alanını çıkarın
body-publication-period = raporun dönemi, başlamadan ({ $from }) önce bitiyor ({ $to })
body-publication-size = report.size, raporun hazırlandığı andaki kayıt defteri boyutu olmalıdır
body-publication-no-report = bir rapor, report: { $shape } ile yayımlanır
body-publication-object = "{ $object }" nesnesi agreement veya report değil (bir tespit finding.publish ile yayımlanır)
publication-report-json = bir raporun JSON'u değil: { $detail }
publication-report-schema = şeması { $schema } değil
publication-report-not-public = kamuya açık rapor değil: yalnızca önceden yayımlanmış olanlar yayımlanabilir
publication-report-period = dönemi, imzalandığı gibi { $from } – { $to } değil
publication-report-size = imzalandığı gibi { $size } kayıt defteri boyutunda hazırlanmamış
publication-not-adopted = { $version } sürümü kabul edilmiş bir anlaşma değil: yalnızca anlaşma yayımlanır
publication-report-unchecked = { $id } raporunun veri ikizi, imzalananla karşılaştırılarak denetlenmedi
publication-report-differs = { $id } raporu başka bir özet, dönem, boyut veya başlıkla önerildi: onu imzalayın ya da bunu başka bir kimlikle yayımlayın
publication-done = { $object } { $id } zaten yayımlandı ({ $at } numaralı kayıt)
publication-signed-twice = { $mediator }, { $object } { $id } yayımını zaten imzaladı ({ $at } numaralı kayıt)

## crates/domain/src/report/mod.rs

report-period-date = { $name } "{ $date }" bir tarih değil (YYYY-MM-DD)
report-period-reversed = dönem, başlamadan ({ $from }) önce bitiyor ({ $to })
report-period-too-long = bir dönem en fazla on yıl olabilir
report-recount-grouping = incidents.{ $name }, listelenen olaylarla uyuşmuyor
report-recount-summary = summary.{ $key } değeri { $got }, ancak { $n } öğe listelenmiş
report-recount-period = { $id } olayı { $period } döneminde; içinde bulunulan veya önceki dönemde değil
report-recount-restrictions = restrictions_on_monitors, listelenen olaylarla uyuşmuyor
report-recount-commitments = summary.commitments.{ $state } değeri { $got }, ancak bu durumda { $n } taahhüt listelenmiş
report-recount-casualties = summary.casualties değeri { $got }, ancak listelenen olayların toplamı { $casualties }
report-items-not-list = items.{ $section } bir liste değil
report-item-unnamed = { $section } bölümündeki bir öğenin kimliği veya kaydı yok: { $item }
report-item-twice = { $section } bölümündeki { $id } öğesi iki kez listelenmiş

## crates/domain/src/state.rs

invitation-unknown = bu koda sahip bir davet yok
invitation-used = davet, { $at } numaralı kayıtla zaten kullanıldı
invite-withdrawn = davet, { $at } numaralı kayıtla sekretarya tarafından geri çekildi
invite-expired = davetin süresi { $expired } tarihinde doldu (kayıt defterinin saati { $now })
enrol-other-key = kaydolma { $signer } tarafından imzalanmış, ancak { $key } anahtarını kaydediyor
clock-not-later = log.time { $unix }, kayıt defterinin saatinden ({ $t }, { $at } numaralı kayıt) sonra değil
process-defined = süreç zaten tanımlanmış
invitation-exists = bu koda sahip bir davet zaten var
invite-no-clock = valid_hours kayıt defterinin saatine göre değerlendirilir ve bu kayıt defteri henüz saat tutmuyor
invite-open = { $member } üyesinin zaten açık bir daveti var ({ $at } numaralı kayıt)
rule-member-or-secretariat = bunu yalnızca üyenin kendisi veya sekretarya yapabilir
party-unknown = "{ $party }" sürecin bir tarafı değil
rule-mediators-or-delegates = bunu yalnızca arabulucular ve tarafların delegeleri yapabilir
rule-party-delegates-or-mediators = bunu yalnızca bir tarafın delegeleri ve arabulucular yapabilir
rule-unattributed-bridging = yalnızca arabulucuların uzlaştırıcı metni atıfsız sunulur; bir tarafın taslağı her zaman kendisine aittir
draft-needs-parent = { $draft } taslağının zaten sürümleri var: bu sürümün değiştirdiği üst sürümü belirtin
draft-parent-elsewhere = { $parent } üst sürümü { $draft } taslağına değil, { $owner } taslağına ait
draft-parent-not-relayed = { $parent } sürümü { $party } tarafına iletilmedi: bir taraf yalnızca arabulucuların kendisine ilettiği metni değiştirebilir
rule-mediators-relay = metinleri yalnızca arabulucular iletir; taraflar birbirlerine asla doğrudan göndermez
draft-relay-twice = { $to } iki kez belirtilmiş
draft-relay-not-party = "{ $to }" bir taraf değil: taslaklar taraflara iletilir
draft-relay-own = { $version } sürümü { $to } tarafının kendi taslağıdır; diğer taraflara iletilir
comment-not-relayed = { $version } sürümü { $party } tarafına iletilmedi
comment-shared-by-party = bir tarafın yorumu iç kullanım içindir veya arabuluculara yöneliktir; taraflar birbirlerine asla doğrudan göndermez
rule-parties-delegates-or-mediators = bunu yalnızca tarafların delegeleri ve arabulucular yapabilir
rule-signatory = bunu yalnızca bir tarafın yetkili imzacısı yapabilir
agreement-adopted = { $version } sürümü zaten kabul edildi
agreement-signed-twice = { $party }, { $version } sürümünü { $at } numaralı kayıtla zaten imzaladı
rule-witness = bunu yalnızca bir arabulucunun tanık veya arabulucu rolüne sahip üyesi yapabilir
agreement-unsigned = arabulucular imzalara tanıklık eder: { $version } sürümünde hâlâ { $missing } imzası eksik
agreement-witnessed-twice = { $mediator }, { $version } sürümüne { $at } numaralı kayıtla zaten tanıklık etti
agreement-not-with-every-party = { $version } sürümü { $missing } tarafına iletilmedi: her taraf imzaladığı metne sahip olmalıdır
member-removed = { $id } üyesi { $at } numaralı kayıtla çıkarıldı
member-role-unfit = { $role } rolü, { $kind } türündeki { $participant } katılımcısının bir üyesine uymuyor
member-key-taken = { $key } anahtarı zaten { $member } üyesine ait
member-key-retired = { $key } anahtarı { $at } numaralı kayıtla { $member } üyesinden devre dışı bırakıldı ve yeniden kullanılamaz

## crates/domain/src/wire.rs

body-not-an-id = { $field } "{ $v }" bir kimlik değil (1–64 küçük harf, rakam, '.', '_', '-')
body-no-role = bir üyenin en az bir rolü olmalıdır
body-empty = { $field } boş
body-too-long = { $field }, { $max } karakterden uzun
body-not-sha256 = { $field } "{ $v }" küçük harfli onaltılık bir SHA-256 değil
body-not-a-date = { $field } "{ $v }" bir tarih değil (YYYY-MM-DD)
body-not-date-or-time = { $field } "{ $v }" ne bir tarih (YYYY-MM-DD) ne de bir UTC zamanı (YYYY-MM-DDTHH:MM:SSZ)
body-at-not-utc = at "{ $v }" bir UTC zamanı değil (YYYY-MM-DDTHH:MM:SSZ)
body-witness-quorum = witness_quorum en az 1 olmalıdır
code-hash-hex = code_sha256 64 onaltılık basamak olmalıdır
body-valid-hours = valid_hours 1 ile 8784 (bir yıl) arasında olmalıdır
body-key = key: { $detail }
body-round-reversed = tur, başlamadan ({ $starts }) önce bitiyor ({ $ends })
body-time-range = zaman geçerli aralığın dışında
body-relay-no-party = to hiçbir taraf belirtmiyor

## crates/ledger/src/authority.rs

key-already-revoked = { $id } anahtarı zaten iptal edilmiş
time-not-log-key = log.time kaydını yalnızca kayıt defteri anahtarı imzalar, { $key } değil
founding-invitation-expired = kurucu davetin süresi { $expired } Unix zamanında doldu (kayıt defterinin saati { $now })
time-body = gövde, Unix saniyesi cinsinden bir zaman değil: { $detail }
time-backwards = { $time } zamanı, kayıt defterinin saatinden ({ $last }, { $at } numaralı kayıt) sonra değil: kayıt defterinin saati yalnızca ileri gider
genesis-no-name = süreç adı boş
genesis-no-founder = en az bir kurucu anahtar veya kurucu davet gereklidir
genesis-invitation-twice = { $hash } kurucu daveti iki kez listelenmiş
genesis-founder-twice = { $key } kurucu anahtarı iki kez listelenmiş ya da kayıt defteri anahtarının kendisi
key-unparsable = "{ $key }" anahtarı: { $detail }
key-not-ed25519 = { $key } anahtarı bir Ed25519 imza anahtarı değil (tür 0x01)

## crates/ledger/src/entry.rs

entry-too-large = kayıt { $n } bayt; bir kayıt en fazla 65535 bayt olabilir (daha büyük içeriği blob olarak saklayın ve SHA-256 özetine atıfta bulunun)
entry-not-dsse = kayıt bir DSSE JSON zarfı değil: { $detail }
entry-payload-base64 = zarfın yükü geçerli base64 değil
entry-signature-count = zarf { $n } imza taşıyor; Truce kayıtları tam olarak bir imza taşır
entry-signature-encoding = imza 64 baytlık base64 değil
entry-payload-type = "{ $t }" yük türü application/vnd.truce.<kind>+json değil
entry-not-statement = yük bir Truce beyanı değil: { $detail }
entry-wrong-origin = beyan "{ $got }" kayıt defteri için; bu kayıt defteri ise "{ $want }"
entry-zero-seq = 0 sıra numarasına izin verilmez; bir imzalayanın ilk kaydının sıra numarası (seq) 1'dir
entry-unknown-key = bilinmeyen anahtar { $key }: bu kayıt defterinde hiç kaydedilmedi
entry-revoked-key = { $key } anahtarı { $at } numaralı kayıtla iptal edildi ve bundan sonra hiçbir şey imzalayamaz
entry-replay = yeniden oynatılmış veya sırası bozuk kayıt: { $key } anahtarı zaten { $last } sıra numarasını kullandı, bu kaydın sıra numarası { $got }
entry-bad-signature = imza, { $key } anahtarıyla doğrulanamıyor
entry-not-genesis = bir kayıt defterinin ilk kaydı başlangıç kaydı (genesis) olmalıdır
entry-second-genesis = bir kayıt defterinde 0 dizininde tam olarak bir başlangıç kaydı bulunur
entry-genesis-signer = başlangıç kaydı { $key } kayıt defteri anahtarıyla imzalanmalıdır
entry-genesis = geçersiz başlangıç kaydı: { $why }
entry-not-registrar = { $key } anahtarı anahtar kaydedemez veya iptal edemez
entry-registration = geçersiz anahtar kaydı: { $why }
entry-already-registered = { $key } anahtarı zaten kayıtlı
entry-log-key-misuse = kayıt defteri anahtarı yalnızca başlangıç kaydını, log.time kayıtlarını ve kontrol noktalarını imzalar
entry-time = geçersiz log.time: { $why }

## crates/ledger/src/reason.rs

detail = { $detail }
id = { $name } ve "{ $other }" içeren Türkçe metin

## crates/server/src/engine/mod.rs

entry-log-time-reserved = log.time, sıralayıcının kendi saatine ilişkin kaydıdır: hiç kimse onu sunamaz
entry-none = { $index } numaralı kayıt yok
report-no-checkpoint-yet = raporun karşılaştırılacağı bir kontrol noktası henüz yok: biraz sonra yeniden deneyin
report-stale-size = { $id } raporu { $made } kayıt defteri boyutunda hazırlandı, ancak son kontrol noktası { $size } boyutunda: raporu yeniden hazırlayın ve onu imzalayın
report-not-the-public-one = { $id } raporu, { $size } kayıt defteri boyutunda { $from } – { $to } dönemine ait kamuya açık rapor değil: yalnızca o yayımlanabilir
content-check-unfinished = içeriğin denetimi tamamlanmadı: { $detail }
log-shutting-down = kayıt defteri kapanıyor
entry-stored-unreadable = saklanan { $index } numaralı kayıt: { $detail }
time-ahead-of-clock = { $field } { $text }, sunucunun saatinden { $ahead } saniye ileride: beyan edilen bir zaman gelecekte olamaz ({ $skew } saniyeden fazla)

## crates/server/src/engine/quota.rs

quota-entries-per-minute = dakika başına kayıt
quota-blob-bytes-per-hour = saat başına blob baytı
quota-diffs-per-minute = dakika başına fark karşılaştırması
quota-refusals-per-minute = dakika başına reddedilen istek
holder-participant = { $participant } katılımcısı
holder-key = { $key } anahtarı
holder-address = { $address } adresi
holder-public = kamu
quota-over = { $holder } için { $what } kotası ({ $amount }) aşıldı: { $retry } saniye sonra yeniden deneyin

## crates/server/src/engine/sequencer.rs

store-foreign-entries = depoda bu sunucunun kabul edemeyeceği kayıtlar var: { $detail }
storage-failed = depolama başarısız oldu: { $detail }

## crates/server/src/http/acts.rs

body-check-invalid = denetim geçerli değil: { $detail }
check-not-an-act = { $kind } sürecin bir işlemi değil
check-founding-key-only = { $kind } işlemini yalnızca bir kurucu anahtar imzalayabilir
check-content-checked-on-submit = bu işlem { $hash } içeriğini belirtiyor; bu içerik sunulduğunda denetlenir

## crates/server/src/http/app.rs

quota-exports-per-minute = dakika başına dışa aktarım

## crates/server/src/http/auth.rs

auth-members-only = bunu yalnızca üyeler yapabilir: isteği anahtarınızla imzalayın (gövdesinin hiçbir kısmı okunmadı)
auth-header-not-text = { $name } başlığı metin değil
session-expired-sign-in = oturumun süresi doldu veya oturum kapatıldı: yeniden oturum açın
auth-created-not-seconds = { $header }, Unix saniyesi değil
auth-signature-not-base64 = { $header } base64 değil
auth-signed-too-far-from-now = istek { $created } zamanında imzalandı; bu, sunucunun saatinden ({ $now }) { $skew } saniyeden fazla uzak
auth-signature-does-not-verify = istek imzası { $key } anahtarıyla doğrulanamıyor ("{ $message }" metnini imzalayın)
auth-key-revoked = { $key } anahtarı { $at } numaralı kayıtla iptal edildi
auth-key-of-no-member = { $key } anahtarı devre dışı bırakılmış ya da bu sürecin hiçbir üyesine ait değil
auth-header-needs = { $header } için { $needed } gereklidir
auth-unknown-key = bilinmeyen anahtar { $key }
session-csrf-mismatch = X-Truce-CSRF belirteci bu oturumunkiyle eşleşmiyor
session-csrf-missing = oturum açılarak yapılan bir değişiklik, oturumun X-Truce-CSRF başlığını gerektirir

## crates/server/src/http/conn.rs

body-too-large = gövde { $n } bayt; bu uç nokta en fazla { $limit } bayt kabul eder
request-cross-site = başka bir sitenin sayfasından gönderilen istek reddedilir: Truce işlemleri kendi sayfasından veya bir istemciden gelir
request-timeout = istek { $secs } saniye içinde tamamlanmadı: isteği eksiksiz ve gecikmeden gönderin

## crates/server/src/http/error.rs

storage-unavailable = depolama kullanılamıyor: { $detail }

## crates/server/src/http/mod.rs

endpoint-none = böyle bir uç nokta yok

## crates/server/src/http/monitoring.rs

mech-members-only = mekanizmanın koşulları ve uyum durumu üyelere açıktır: isteği anahtarınızla imzalayın
mech-none-configured = izleme mekanizması yapılandırılmamış
mech-entry-unreadable = mekanizmanın kaydı: { $detail }
query-not-a-time = { $field } "{ $value }" ne YYYY-MM-DD ne de YYYY-MM-DDTHH:MM:SSZ biçiminde
query-bbox-not-numbers = bbox "{ $bbox }" dört sayıdan oluşmuyor
query-bbox-not-four = bbox "{ $bbox }" min_lon,min_lat,max_lon,max_lat biçiminde değil
query-bbox-not-a-box = bbox "{ $bbox }", min ≤ max olan ve WGS84 derece cinsinden verilmiş bir kutu değil
query-status-unknown = status "{ $status }" şunlardan biri değil: { $all }
query-side-no-border = side: mekanizma aralarında sınır bulunan iki toprak belirtmiyor
query-limit-range = limit { $n }, 1 ile 10000 arasında değil
query-cell-range = cell { $cell }, 0,01 ile 10 derece arasında değil
incident-none-readable = okuyabileceğiniz bir { $id } olayı yok
incident-duplicates-mediators-only = mükerrer bildirim önerileri, bildirimleri birleştiren arabulucular içindir
query-duplicates-range = km 0 ile 500, hours 0 ile 720 arasında olmalıdır
border-none = mekanizma aralarında sınır bulunan iki toprak belirtmiyor
query-lon-lat-range = lon ve lat WGS84 derece cinsinden olmalıdır
query-lon-lat-both = lon ve lat değerlerinin ikisini birden verin ya da hiçbirini vermeyin
evidence-none-readable = okuyabileceğiniz bir { $h } kanıtı yok
evidence-hash-malformed = "{ $h }" onaltılık bir SHA-256 değil
evidence-members-only = kanıtları üyeler okur ve her okuma kayda geçer: isteği imzalayın
evidence-access-not-recorded = { $h } kanıtının okunması kayda geçer: önce bu kanıt için bir evidence.access kaydı imzalayın (truce evidence get bunu yapar)
case-none-readable = okuyabileceğiniz bir { $id } dosyası yok

## crates/server/src/http/negotiation.rs

version-none-readable = okuyabileceğiniz "{ $id }" sürümü yok
version-none-readable-sign = okuyabileceğiniz "{ $id }" sürümü yok (isteği imzalayın: taslaklar gizlidir)
blob-stored-hash-malformed = "{ $hash }" bir SHA-256 değil
blob-missing-from-store = { $hash } blob'u depoda yok
blob-stored-not-json = saklanan { $hash } blob'u JSON değil: { $detail }
slot-what-diffs = fark karşılaştırmaları
diff-failed = fark karşılaştırması başarısız oldu

## crates/server/src/http/pace.rs

pace-public-reads-taken = kamuya tanınan saniyede { $per_second } okuma hakkı dolu: { $secs } saniye sonra yeniden deneyin (oturum açan üyeler bu sınıra tabi değildir; statik site, `truce publish-site`, kamuya açık belgeleri her yerden sunar)

## crates/server/src/http/reminders.rs

reminder-settings-invalid = hatırlatma ayarları geçerli değil: { $detail }
reminder-feed-none = böyle bir takvim beslemesi yok (yenilenen bir anahtar veya çıkarılan bir üye beslemeyi sona erdirir)

## crates/server/src/http/reports.rs

report-typesetter-busy = dizgi motoru başka raporlarla meşgul: biraz sonra yeniden deneyin
report-renderer-failed = raporun oluşturucusu başarısız oldu: { $detail }
report-none-published = yayımlanmış bir { $h } raporu yok
blob-hash-malformed = "{ $h }" onaltılık bir SHA-256 değil
report-published-not-json = yayımlanmış rapor JSON değil: { $detail }
report-id-malformed = id: A-Z a-z 0-9 - _ . karakterlerinden 1 ila 100 tane
report-no-checkpoint-cosigned = henüz ortak imzalı bir kontrol noktası yok: biraz sonra yeniden deneyin
report-checkpoint-being-cosigned = bir sonraki kontrol noktası ortak imzalanıyor: biraz sonra yeniden deneyin
public-record-being-made = kamuya açık belgeler hazırlanıyor: biraz sonra yeniden deneyin
public-record-failed = kamuya açık belgeler hazırlanamadı: { $detail }
public-list-none = "{ $list }" adlı kamuya açık bir liste yok: listeler şunlardır: { $lists }
public-list-offset-malformed = offset "{ $offset }" listede bir konum değil (0, 1, 2, …)

## crates/server/src/http/session.rs

session-not-signed-in = oturum açılmamış
session-expired = oturumun süresi doldu veya oturum kapatıldı
session-sign-in-body-invalid = oturum açma gövdesi geçerli değil: { $detail }
session-signature-not-base64 = signature base64 değil
session-challenge-unknown = sınama değeri bilinmiyor, kullanılmış ya da süresi dolmuş: yeni bir tane isteyin
session-signature-does-not-verify = imza { $key } anahtarıyla doğrulanamıyor ("{ $message }" metnini imzalayın)
session-bad-cookie = hatalı çerez
invite-code-hash-malformed = code_sha256 64 onaltılık basamak olmalıdır (kodun SHA-256 özeti)
invite-no-such-code = bu koda sahip bir davet yok

## crates/server/src/http/sessions.rs

session-too-many-attempts = { $ip } adresinden çok fazla oturum açma denemesi: { $window } saniyede en fazla { $limit }; daha sonra yeniden deneyin

## crates/server/src/http/slots.rs

slot-upload-one-at-a-time = { $holder } için zaten alınmakta olan bir yükleme var: aynı anda yalnızca bir tane
slot-what-blob-uploads = blob yüklemeleri
slot-batch-one-at-a-time = { $address } adresi için zaten alınmakta olan bir toplu gönderim var: aynı anda yalnızca bir tane
slot-what-batches = toplu gönderimler
slot-busy = sunucu şu anda başka { $what } işliyor: biraz sonra yeniden deneyin
slot-sends-per-reader = { $holder } için şu anda { $count } dosya veya dışa aktarım gönderiliyor: aynı anda en fazla { $most }
slot-sending-budget = sunucu zaten { $mib } MiB'lik dosya gönderme kapasitesinin tamamını kullanıyor: biraz sonra yeniden deneyin
slot-what-exports = dışa aktarımlar

## crates/server/src/http/tlog.rs

body-sealed-submission-invalid = mühürlü bir gönderim { $shape } biçimindedir: { $detail }
body-batch-too-many = bir toplu gönderim en fazla { $max } kayıt içerir
body-batch-invalid = bir toplu gönderim, DSSE zarflarından oluşan bir JSON dizisidir: { $detail }
entry-index-malformed = "{ $s }" bir kayıt numarası değil
entry-none-of-size = { $index } numaralı kayıt yok: kayıt defterinde { $size } kayıt var
entry-no-opening = { $index } numaralı kaydın okuyabileceğiniz bir açılımı yok
entry-no-opening-sign = { $index } numaralı kaydın okuyabileceğiniz bir açılımı yok (isteği imzalayın)
entry-not-yet-published = { $index } numaralı kayıt henüz yayımlanmış bir kontrol noktasında yer almıyor
proof-index-outside = { $index } dizini, { $size } boyutundaki bir ağacın dışında
proof-sizes-reversed = { $old } boyutu, { $new } boyutundan büyük
proof-size-too-large = { $size } boyutu ağaçtan ({ $available } kayıt) büyük
key-unknown = bilinmeyen anahtar { $id }
blob-empty = boş bir blob saklanmaz
blob-hashing-unfinished = özet hesaplaması tamamlanmadı: { $detail }
blob-none-readable = okuyabileceğiniz bir { $h } blob'u yok
blob-none-readable-sign = okuyabileceğiniz bir { $h } blob'u yok (isteği imzalayın)
blob-none = { $h } blob'u yok
checkpoint-none-yet = henüz hiçbir kontrol noktası yayımlanmadı
tile-path-malformed = hatalı karo yolu: { $why }
tile-none = { $path } karosu, { $size } kayıtlık bir ağaçta mevcut değil

## crates/server/src/http/web.rs

web-ui-not-built = web arayüzü bu derlemeye dahil edilmedi
web-asset-none = { $url } adlı dosya yok
stream-public-full = kamuya ayrılan { $streams } canlı akışın tümü açık: sayfa akış olmadan da çalışır (yeni kayıtları görmek için sayfayı yeniden yükleyin); oturum açan bir üyenin kendi akışı olur

## crates/server/src/http/work.rs

work-unfinished = iş tamamlanmadı: { $detail }

## crates/server/src/reminders.rs

reminder-address-invalid = "{ $address }" e-posta adresi geçerli değil: { $why }
reminder-not-a-member = hatırlatmalar üyeler içindir: bu anahtar hiçbir üyeye ait değil
reminder-smtp-failed = { $relay } üzerinden e-posta gönderimi: { $why }
reminder-address-too-long = 254 bayttan uzun
reminder-address-control-character = bir denetim karakteri içeriyor
reminder-address-not-ascii = yalnızca ASCII adreslere e-posta gönderilir (aktarıcı SMTPUTF8 desteklemeyebilir)
reminder-address-domain = alan adı, nokta içeren bir ad olmalıdır; bir adres veya tek bir etiket olamaz

## crates/server/src/report.rs

report-entry-missing = { $index } numaralı kayıt depoda yok
report-no-inclusion-proof = { $index } numaralı kayıt için dahil olma kanıtı yok: { $detail }
report-format-unknown = "{ $format }" biçimi şunlardan biri değil: { $all }
