### Truce: the interface in Turkish (tr).
### One catalogue per language, the same messages as en.ftl (crates/server/tests/catalogues.rs
### checks it); terms as in web/GLOSSARY.md. Text from the log is never translated.

## The header, the router and the log watch (app.js, index.html)

app-skip = İçeriğe geç
app-nav-main = Ana menü
app-nav-overview = Genel bakış
app-nav-process = Süreç
app-nav-negotiation = Müzakere
app-nav-map = Olay haritası
app-nav-verification = Doğrulama
app-nav-compliance = Uyum
app-nav-ledger = Kayıt defteri
app-language = Dil
app-title-overview = Genel bakış
app-title-process = Süreç
app-title-negotiation = Müzakere odası
app-title-map = Olay haritası
app-title-verification = Doğrulama panosu
app-title-compliance = Uyum
app-title-ledger = Kayıt defteri gezgini
app-title-enrol = Kaydol
app-title-signin = Oturum aç
app-not-found = Bulunamadı
app-no-page = { $path } adresinde sayfa yok
app-signed-in-as = Oturum açan:
app-sign-out = Oturumu kapat
app-public-view = Herkese açık görünüm
app-sign-in = Oturum aç
app-enrol = Kaydol
app-live = Kayıt defteri: { $n } kayıt
app-live-updated = Kayıt defteri: { $n } kayıt · güncellendi
app-watch-first = Kayıt defteri gözetimi: { $size } boyutundaki kontrol noktası doğrulandı ve bu tarayıcıda saklandı.
app-watch-same = Kayıt defteri gözetimi: boyut { $size }, bu tarayıcının daha önce gördüğü gibi.
app-watch-extends = Kayıt defteri gözetimi: { $size } boyutu, bu tarayıcının gördüğü { $seen } boyutunun devamıdır (tutarlılık kanıtı burada denetlendi).
app-watch-unverified = Kayıt defteri gözetimi: bu kontrol noktası hiçbir şey kanıtlamıyor ({ $why }).
app-alarm = ALARM ({ $kind }): { $what }.
app-alarm-kind-fork = çatallanma
app-alarm-kind-rollback = geri alma
app-alarm-kind-inconsistent = tutarsız geçmiş
app-alarm-kind-keys = anahtarlar değişti
app-alarm-advice = Bu kayıt defteri bu tarayıcıya iki farklı geçmiş gösterdi ya da birinin bir bölümünü gizledi. Kanıtı saklayın; arabuluculara ve diğer tarafa bildirin.
app-alarm-checkpoints = İmzalı iki kontrol noktası
app-alarm-download = Kanıtı indir
app-alarm-check = (şu komutla denetleyin: { $command })
app-dismiss = Kapat

## Shared by every page (core.js)

core-list-sep = ,
core-sign-and-submit = İmzala ve gönder
core-act-done = { $what }: { $index } numaralı kayıt
core-act-refused = { $what } — istek reddedildi: { $why }
core-no-key-yet = bu tarayıcıda henüz anahtar yok: önce bir davet koduyla kaydolun
core-no-key = bu tarayıcıda anahtar yok: önce kaydolun
core-unknown-kind = kayıt defteri { $kind } türünde işlem kabul etmiyor
core-file-too-big = dosya { $size } bayt; bir dosya en fazla { $max } bayt (64 MiB) olabilir
core-proof-index = dizin { $index }, { $size } boyutundan küçük değil
core-proof-long = kanıt, ağacın derinliğinden uzun
core-proof-short = kanıt, ağacın derinliğinden kısa
core-not-a-note = imzalı bir not değil
core-bad-sig-line = geçersiz imza satırı: { $line }
core-no-sig-by-key = bu anahtarla atılmış imza yok
core-unknown-key-type = bilinmeyen anahtar türü: { $type }

## The log watch's findings (watch.js)

watch-no-answer = kayıt defteri yanıt vermedi ({ $why })
watch-bad-log-sig = kayıt defterinin kendi kontrol noktasındaki imzası doğrulanamıyor
watch-under-quorum = ilk görülen tanıklardan { $n } ortak imza var; yeter sayı { $quorum }
watch-keys-log-key = kayıt defteri artık başka bir kayıt defteri anahtarı bildiriyor; bu, tarayıcının ilk gördüğünden farklı
watch-keys-witnesses = kayıt defteri artık tanıklarını { $names } olmadan bildiriyor; bu, tarayıcının ilk gördüğünden farklı
watch-keys-quorum = kayıt defteri artık yeter sayıyı { $was } yerine { $now } olarak bildiriyor; bu, tarayıcının ilk gördüğünden farklı
watch-fork = { $size } boyutunda, kökleri farklı iki kontrol noktası
watch-rollback = kayıt defteri { $old } boyutundan sonra { $size } boyutunu sundu: { $lost } kayıt geri alındı
watch-no-proof = { $old } boyutundan itibaren tutarlılık kanıtı yok ({ $why })
watch-bad-proof = kayıt defterinin, { $size } boyutundaki ağacının bu tarayıcının gördüğü { $old } boyutundaki ağacın devamı olduğuna dair kanıtı doğrulanamıyor
watch-not-extended = kayıt defterinin { $size } boyutundaki ağacı, daha önce bu tarayıcıya gösterdiği { $old } boyutundaki ağacın devamı değil

## Process overview (web/app/pages/overview.js)

ov-title = Sürece genel bakış
ov-agreement = Anlaşma
ov-rounds = Turlar
ov-participants = Katılımcılar
ov-removed = (çıkarıldı)

## The agreement's status

ov-adopted = kabul edildi
ov-not-adopted = kabul edilmedi
ov-adopted-unpublished = Bir anlaşma kabul edildi; metni yayımlanana kadar yalnızca üyelere açıktır.
ov-no-agreement = Henüz kabul edilmiş bir anlaşma yok.
ov-version-content = Sürüm { $version }, içerik
ov-signed-by = İmzalayan: { $member } ({ $participant }), { $at }
ov-witnessed-by = Tanıklık eden: { $member } ({ $participant }), { $at }
ov-receipt = makbuz

## What needs the signed-in member's action

ov-todo = Benden işlem bekleyenler
ov-sign-in-to-see = Sizden hangi işlemlerin beklendiğini görmek için oturum açın.
ov-nothing-waits = Şu anda sizden beklenen bir işlem yok.
ov-wait-sign = Heyetiniz kabul ediyorsa { $id } sürümünü imzalayın
ov-wait-sign-titled = Heyetiniz kabul ediyorsa { $id } (“{ $title }”) sürümünü imzalayın
ov-wait-witness = { $id } sürümüne tanıklık edin
ov-wait-witness-titled = { $id } (“{ $title }”) sürümüne tanıklık edin
ov-wait-relay = { $id } sürümünü, bu sürüme sahip olmayan taraflara iletin
ov-wait-relay-titled = { $id } (“{ $title }”) sürümünü, bu sürüme sahip olmayan taraflara iletin
ov-wait-reply = { $id } dosyasında yanıt verin
ov-wait-reply-titled = { $id } dosyasında yanıt verin: { $title }
ov-wait-assess = { $id } dosyasını değerlendirin
ov-wait-propose = { $id } dosyası için bir tespit önerin
ov-wait-vote = { $id } tespiti hakkında oy verin
ov-wait-appeal = Heyetiniz karşı çıkıyorsa { $id } yaptırımına itiraz edin
ov-wait-decide = { $id } yaptırımına yapılan itirazı karara bağlayın
ov-wait-serve = { $id } yaptırımını tebliğ edin
ov-wait-deadline = Son tarih: { $title }
# An act the page has no sentence for: its kind, the object's type and id.
ov-wait-other = { $type } { $id } üzerinde { $kind }
# Before the due time: " — due <time>".
ov-due = son tarih
ov-overdue = (süresi geçti)

## Reminders

ov-reminders = E-posta ve takvim ile hatırlatmalar
ov-calendar-feed = Takvim beslemesi (gizli tutun; anahtarınızı yenilediğinizde sona erer):
ov-subscribe = abone ol
ov-email-label = Hatırlatmaların gönderileceği e-posta (boş: hiçbiri)
ov-email-hint = Her hatırlatma, kimliklerle birlikte neyin beklendiğini ve ne zamana kadar olduğunu bildirir; sürecin hiçbir metnini içermez.
ov-save = Kaydet
ov-reminders-go-to = Hatırlatmalar { $email } adresine gönderilir.
ov-reminders-off = Hatırlatmalar artık e-postayla gönderilmiyor.

## A round's state (tv: ov-round-state)

ov-round-state-scheduled = planlandı
ov-round-state-in-session = oturumda
ov-round-state-stalled = tıkandı
ov-round-state-suspended = askıya alındı
ov-round-state-resumed = yeniden başladı
ov-round-state-concluded = sona erdi

## A participant's kind (tv: ov-kind)

ov-kind-party = taraf
ov-kind-mediator = arabulucu
ov-kind-monitor = izleme
ov-kind-observer = gözlemci

## A member's role (tv: ov-role)

ov-role-signatory = imzacı
ov-role-delegate = delege
ov-role-mediator = arabulucu
ov-role-witness = tanık
ov-role-secretariat = sekretarya
ov-role-monitor = izleme görevlisi
ov-role-observer = gözlemci

## The process page (web/app/pages/process.js)

proc-heading = Süreç
# Fields and table columns used in several forms of the page.
proc-id = Kimlik
proc-field-title = Başlık
proc-name = Ad
proc-participant = Katılımcı
proc-roles = Roller
proc-status = Durum
proc-acts = İşlemler

## Definition

proc-definition = Tanım
# After the process's title (in bold).
proc-def-summary = ({ $id }); kabul için { $n } arabulucunun tanıklığı gerekir.
proc-not-defined = Süreç henüz tanımlanmadı.
proc-define = Süreci tanımla
proc-quorum = Kabul için gereken arabulucu tanıklığı sayısı (boş: tümü)

## Participants

proc-participants = Katılımcılar
proc-add-participant = Katılımcı ekle
proc-kind = Tür

## Members

proc-members = Üyeler
proc-members-signed-in = Üye listesi yalnızca oturum açmış üyelere gösterilir.
proc-key-placeholder = name+hex+base64 biçiminde doğrulama anahtarı
proc-rotate = Anahtarı yenile: { $member }
proc-new-key = Yeni doğrulama anahtarı
proc-remove = Üyeyi çıkar: { $member }
proc-remove-reason = Gerekçe (mühürlü: sürecin üyeleri okur)
proc-removed-at = { $entry } numaralı kayıtla çıkarıldı
proc-removed-at-reason = { $entry } numaralı kayıtla çıkarıldı: { $reason }
proc-active = etkin
proc-key = Anahtar
proc-add-member = Anahtarı kendisinde olan bir üye ekle
proc-member-id = Üye kimliği
proc-their-key = Üyenin doğrulama anahtarı

## Invitations

proc-invitations = Davetler
proc-member = Üye
proc-invited = Davet
proc-expires = Geçerlilik sonu
proc-entry = kayıt { $entry }
proc-entry-paren = (kayıt { $entry })
proc-no-invitation = Henüz davet yok.
proc-invite = Üye davet et
proc-invite-link = Bu tek kullanımlık bağlantıyı davetliye güvendiğiniz bir kanaldan iletin; yalnızca şimdi gösterilir.
proc-valid-days = Geçerlilik süresi (gün, kayıt defterinin saatine göre; boş: kullanılana veya geri çekilene kadar)
proc-withdraw = Daveti geri çek: { $member }
proc-sign-withdraw = İmzala: geri çek
proc-withdrawn = Davet geri çekildi
proc-reason-public = Gerekçe (herkese açık)

## Rounds

proc-rounds = Turlar
proc-move = Durumu değiştir: { $round }
proc-to = Yeni durum
proc-transition-reason = Gerekçe (tıkanma veya askıya alma için gerekli)
proc-outcome = Sonuç
proc-walked-out = Masadan ayrılan heyet (askıya alma için)
proc-schedule = Tur planla
proc-place = Yer
proc-starts = Başlangıç
proc-ends = Bitiş

## Deadlines

proc-deadlines = Son tarihler
proc-no-deadline = Belirlenmiş son tarih yok.
proc-set-deadline = Son tarih belirle
proc-what-due = Beklenen
proc-due = Son tarih
proc-round = Tur

## Communiqués

proc-communiques = Bildiriler
proc-none-issued = Yayımlanmış bildiri yok.
proc-issue = Bildiri yayımla
proc-text-public = Metin (herkese açık)

## A round's state (tv: proc-round-state)

proc-round-state-scheduled = planlandı
proc-round-state-in-session = oturumda
proc-round-state-stalled = tıkandı
proc-round-state-suspended = askıya alındı
proc-round-state-resumed = yeniden başladı
proc-round-state-concluded = sona erdi

## A participant's kind (tv: proc-participant-kind)

proc-participant-kind-party = taraf
proc-participant-kind-mediator = arabulucu
proc-participant-kind-monitor = izleme
proc-participant-kind-observer = gözlemci

## A member's role (tv: proc-role)

proc-role-signatory = imzacı
proc-role-delegate = delege
proc-role-mediator = arabulucu
proc-role-witness = tanık
proc-role-secretariat = sekretarya
proc-role-monitor = izleme görevlisi
proc-role-observer = gözlemci

## An invitation's status (tv: proc-inv-status)

proc-inv-status-pending = bekliyor
proc-inv-status-used = kullanıldı
proc-inv-status-revoked = geri çekildi
proc-inv-status-expired = süresi doldu

## Negotiation room (pages/negotiation.js)

neg-title = Müzakere odası
neg-drafts-confidential = Taslaklar gizlidir: heyetinizin elindeki sürümleri görmek için oturum açın. Kamuoyu yalnızca kabul edilen anlaşmayı görür.
neg-no-version = Henüz okuyabileceğiniz bir sürüm yok.
neg-version-option = { $id } — { $title } ({ $author })
neg-mediators = arabulucular
neg-compare-none = — yok —
neg-langs-side-by-side = Yan yana diller
neg-authentic = (asıl metin)
neg-version = Sürüm
neg-compare-with = Karşılaştırılacak sürüm
neg-text-heading = { $title } — sürüm { $id }
neg-submitted-by = { $member } ({ $participant }) tarafından { $at } tarihinde sunuldu; içerik
neg-the-mediators = arabulucular
neg-unattributed = atıfsız
neg-changes-from-to = { $from } sürümünden { $to } sürümüne değişiklikler
neg-clause-status = Fıkra durumu:
neg-col-clause = Fıkra
neg-col-status = Durum
neg-article = Madde { $num }.
neg-alternative = [alternatif { $n }:
neg-comments-on = { $eid } hakkında yorumlar
neg-no-clause-changed = Hiçbir fıkra değişmedi.
neg-col-change = Değişiklik
neg-col-words = Sözcükler

## Shuttle history

neg-hist-submitted = { $id } sunuldu
neg-hist-mediators-unattributed = arabulucular (atıfsız)
neg-hist-relayed = { $id } iletildi
neg-hist-signed = { $id } imzalandı
neg-hist-witnessed = { $id } için tanıklık edildi
neg-shuttle-history = Mekik diplomasisi geçmişi
neg-col-entry = Kayıt
neg-col-when = Ne zaman
neg-col-what = Ne
neg-col-by = Kim
neg-col-to = Kime

## Acts on a version

neg-act = İşlem
neg-sign-in-to-act = İşlem yapmak için oturum açın.
neg-imported = { $articles } madde, { $clauses } fıkra içe aktarıldı: göndermeden önce kontrol edin.
neg-docx-unreadable = .docx dosyası okunamadı: { $why }
neg-paste-ph-article = # Madde 1 …
neg-paste-ph-first = Birinci fıkra.
neg-paste-ph-second = İkinci fıkra.
neg-pasted = { $articles } madde, { $clauses } fıkra yapıştırıldı: göndermeden önce kontrol edin.
neg-paste-into-clauses = Fıkralara yapıştır
neg-import-summary = Taslak içe aktar: .docx dosyası veya yapıştırılmış metin
neg-import-docx = Bir .docx dosyası (her başlık bir madde, her paragraf bir fıkra)
neg-import-in-language = dil
neg-import-paste = Ya da metni yapıştırın (“Article” veya “#” ile başlayan satır yeni bir madde başlatır; boş satırlar fıkraları ayırır)
neg-changes-against = Bu sürümün { $id } sürümüne göre değiştirdikleri
neg-new-draft-by-clause = Yeni taslak, fıkra fıkra
neg-show-changes = Bu sürümün neyi değiştirdiğini göster
neg-submit-amended-title = { $id } sürümünün değiştirilmiş hâlini arabuluculara sun
neg-submit-new-title = Arabuluculara yeni bir taslak sun
neg-submit-draft = Taslağı sun
neg-submit-new-draft = Yeni taslağı sun
neg-draft-submitted = Taslak sunuldu
neg-languages-codes = Diller (kodlar; ilki asıl metin dilidir)
neg-new-version-id = Yeni sürüm kimliği
neg-draft = Taslak
neg-bridging-text = Atıfsız uzlaştırıcı metin
neg-relay-to = Kime
neg-relay-title = { $id } sürümünü ilet
neg-relay = İlet
neg-relayed = İletildi
neg-note = Not
neg-vis-choice-internal = iç (kendi heyetim)
neg-vis-choice-mediators = arabulucular için
neg-vis-choice-shared = paylaşılan (metne sahip herkes)
neg-comment-title = { $id } hakkında yorum
neg-add-comment = Yorum ekle
neg-comment-added = Yorum eklendi
neg-clause = Fıkra
neg-visibility = Görünürlük
neg-comment = Yorum
neg-sign-title = { $id } sürümünü imzala
neg-sign-this-version = Bu sürümü imzala
neg-signed = İmzalandı
neg-content = İçerik
neg-sign-binds = İmza, heyetinizi tam olarak bu metinle bağlar.
neg-witness-title = { $id } için tanıklık
neg-witness-this-version = Bu sürüme tanıklık et
neg-witnessed = Tanıklık edildi
neg-witness-binds = Arabulucular, tarafların tam olarak bu metin üzerindeki imzalarına tanıklık eder.
neg-nothing-to-do = Şu anda bu sürüm üzerinde yapabileceğiniz bir işlem yok.
neg-copy-title = Saklamak veya imzalamak için { $id } metni
neg-print = Yazdır
neg-show-signing-copy = İmza nüshasını göster
neg-download-docx = .docx indir

## Clause statuses (tv "neg-status")

neg-status-proposed = önerilen
neg-status-bracketed = köşeli parantezli
neg-status-agreed-ad-referendum = onaya bağlı mutabık
neg-status-agreed = mutabık

## Clause changes between versions (tv "neg-change")

neg-change-added = eklendi
neg-change-removed = çıkarıldı
neg-change-changed = değiştirildi
neg-change-moved = taşındı
neg-change-moved-and-changed = taşındı ve değiştirildi
neg-change-unchanged = değişmedi

## Who may read a comment (tv "neg-visibility")

neg-visibility-internal = iç
neg-visibility-mediators = arabuluculara
neg-visibility-shared = paylaşılan

## Clause editor, pre-send changes, signing copy and .docx export (editor.js)

ed-title = Başlık
ed-article = Madde { $num }
ed-add-paragraph = Madde { $num } için fıkra ekle
ed-add-article = Madde ekle
ed-status = Durum
ed-remove = Kaldır
ed-alternative = Alternatif { $n }
ed-remove-alternative = kaldır
ed-add-alternative = Alternatif ekle
ed-no-changes = Bu sürüm, önceki sürümüne göre hiçbir şeyi değiştirmiyor.
ed-col-clause = Fıkra
ed-col-change = Değişiklik
ed-col-status = Durum
ed-col-before = Önce
ed-col-after = Sonra
ed-version-of-draft = { $draft } taslağının { $id } sürümü. İçerik SHA-256:
ed-signature-binds = İmza tam olarak bu içeriğe bağlanır: imzalamadan önce özeti kayıt defterindeki kayıtla karşılaştırın.
ed-cannot-load = { $file } yüklenemedi
ed-alternative-docx = [alternatif { $n }]

## Clause statuses (tv "ed-status")

ed-status-proposed = önerilen
ed-status-bracketed = köşeli parantezli
ed-status-agreed-ad-referendum = onaya bağlı mutabık
ed-status-agreed = mutabık

## Changes before sending (tv "ed-change")

ed-change-added = eklendi
ed-change-changed = değiştirildi
ed-change-removed = çıkarıldı

## Incident map: filters and the map

map-title = Olay haritası
map-filters = Filtreler
map-any = tümü
map-from = Başlangıç
map-to = Bitiş
map-category = Kategori
map-alleged-party = İddia edilen taraf
map-status = Durum
map-region = Bildirilen olayların haritası
map-list = Görünümdeki olaylar
map-legend-status = Durum:
map-attribution = Sınırlar: Natural Earth
map-list-item = { $when } · { $category } · { $place } ({ $status })
map-summary-points = { $n ->
    [one] Görünümde { $n } olay
   *[other] Görünümde { $n } olay
}
map-summary-clusters = Görünümde { $n } olay, { $clusters } kümede: tek tek bildirimleri görmek için yakınlaştırın
map-cluster-title = { $n } olay, çoğunlukla { $category }
map-list-summary = Görünümdeki olaylar (liste)

## Incident map: a report's popup

map-popup-when-where = { $when }, { $where }
map-popup-point = { $lat }, { $lon }
map-popup-alleged = İddia edilen taraf: { $party }.
map-popup-border = Sınırdan { $km } km, { $side } tarafında.
map-popup-footer = { $id } · bildiren: { $reporter } ({ $channel }) · kayıt { $index }

## Incident map: the report form

map-report-title = Olay bildir
map-report-not-now = Şu anda bildirimde bulunamazsınız.
map-report-sign-in = Bildirimde bulunmak için oturum açın.
map-unknown-party = bilinmiyor
map-report-pick = Noktayı seçmek için haritaya tıklayın ya da koordinatları yazın.
map-lat = Enlem
map-lon = Boylam
map-occurred = Olayın zamanı (UTC)
map-place = Yer
map-narrative = Ne oldu
map-source = Kaynak
map-casualties = Kayıplar (en iyi tahmin)
map-evidence-files = Kanıt dosyaları
map-evidence-files-hint = Fotoğraf, video, belge: her biri SHA-256 özetiyle saklanır ve kanıt muhafaza zincirine işlenir.
map-public-channel = Kamu kanalından iletildi
map-report-submit = İmzala ve bildirimi gönder
map-reported-point = Bildirilen nokta
map-report-filed = { $id } bildirimi { $index } numaralı kayıtla işlendi.
map-evidence-entered = { $name } kanıtı ({ $hash }…) { $index } numaralı kayıtla işlendi.
map-report-refused = Bildirim reddedildi: { $why }

## Incident map: evidence, merging and import

map-evidence-title = Kanıt sun
map-evidence-submit = İmzala ve kanıtı sun
map-file = Dosya
map-for-report = İlgili bildirim
map-merge-title = Mükerrer bildirimleri birleştir
map-merge-submit = Birleştirmeyi imzala
map-merge-keep = Korunacak bildirim
map-merge-merged = Bununla birleştirilecekler
map-merge-reason = Neden tek bir olay oldukları
map-import-title = ACLED olaylarını içe aktar (CSV)
map-import-submit = İçe aktarmayı imzala
map-import-file = ACLED dışa aktarım dosyası
map-import-hint = Her satır, sınıra göre konumlandırılan bir bildirime dönüşür; dosya, özetiyle saklanır.

## Incident status (as the reader may know it)

map-status-reported = bildirildi
map-status-under-verification = doğrulanıyor
map-status-confirmed = teyit edildi
map-status-not-confirmed = teyit edilmedi
map-status-merged = birleştirildi

## Incident categories (the defaults; an agreement may name others)

map-cat-armed-clash = silahlı çatışma
map-cat-air-drone-strike = hava ya da İHA saldırısı
map-cat-shelling = topçu atışı
map-cat-cross-border-raid = sınır ötesi baskın
map-cat-ied = el yapımı patlayıcı
map-cat-attack-on-civilians = sivillere saldırı
map-cat-movement-of-forces = kuvvet hareketi
map-cat-obstruction-of-monitors = izleyicilerin engellenmesi
map-cat-hostile-propaganda = hasmane propaganda
map-cat-other = diğer

## The channel a report came through

map-channel-monitor = izleme ekibi
map-channel-party = taraf
map-channel-mediator = arabulucu
map-channel-public = kamu

## Verification board (web/app/pages/verification.js)

ver-title = Doğrulama panosu
ver-public-notice = Kamuoyu yalnızca yayımlanmış tespitleri görür. Sizi ilgilendiren dosyaları görmek için oturum açın.
ver-col-open = Açık: kanıtlar ve yanıtlar ({ $n })
ver-col-awaiting-quorum = Yeter sayıyı bekleyen tespit ({ $n })
ver-col-decided = Karara bağlanan ({ $n })

## A case's card

ver-case-title = Dosya { $id }
ver-incidents = Olaylar
ver-action-ref = eylem { $id }
ver-accused = Suçlanan taraf
ver-team = Ekip
ver-reply-due = Yanıt için son tarih
ver-overdue = (süresi geçti)
ver-replied = yanıtlandı
ver-requests = İstenen kanıtlar
ver-request-item = { $from }: { $what } — son tarih { $due }
ver-replies = Yanıtlar
ver-late = gecikmeli
ver-assessments = Değerlendirmeler
ver-assessment = { $member }: { $outcome } — gerçekleşme %{ $happened }, sorumluluk %{ $responsible }. { $note }
ver-assessment-attributed = { $member }: { $outcome } — gerçekleşme %{ $happened }, sorumluluk %{ $responsible } ({ $party }). { $note }
ver-finding = Tespit
ver-quorum = Yeter sayı: { $quorum } üyeden { $concur } onay
ver-in-effect = { $index } numaralı kayıttan itibaren yürürlükte
ver-published = yayımlandı
ver-vote-concurs = { $member } ({ $participant }): katılıyor
ver-vote-dissents = { $member } ({ $participant }): karşı görüşte
ver-prescribes = Çizelgenin öngördüğü: { $penalty } (kural { $rule }, { $count }. ihlal).

## A case's acts

ver-request-title = Kanıt iste
ver-request-sign = Talebi imzala
ver-request-done = Kanıt istendi
ver-from = Kimden
ver-what = Ne
ver-due = Son tarih (18:00 UTC)
ver-reply-title = Heyetinizin yanıtı
ver-reply-sign = İmzala ve yanıtı sun
ver-reply-done = Yanıt sunuldu
ver-reply-to-case = — (dosyaya yanıt)
ver-answering = Yanıtlanan talep
ver-assess-title = Değerlendir
ver-assess-sign = Değerlendirmeyi imzala
ver-assess-done = Değerlendirme sunuldu
ver-happened = Gerçekleşme (%)
ver-responsible = Sorumluluk (%)
ver-outcome = Sonuç
ver-attributed-to = Atfedilen taraf
ver-note = Not
ver-commitments-breached = İhlal edilen taahhütler (hiçbiri seçilmezse: kategorinin ihlal ettiklerinin tümü)
ver-propose-title = Tespit öner
ver-propose-sign = İmzala ve öner
ver-propose-done = Tespit önerildi
ver-party = Taraf
ver-category = Kategori
ver-severity = Ağırlık
ver-summary = Özet
ver-vote-title = Oy
ver-vote-sign = Oyu imzala
ver-vote-done = Oy verildi
ver-i-dissent = Karşı görüşteyim
ver-dissent-reason = Gerekçe (karşı görüş için gerekli)
ver-publish-title = Yayımla
ver-publish-sign = Tespiti yayımla
ver-publish-done = Yayımlandı
ver-public-statement = Kamuya açık açıklama
ver-impose-title = Yaptırımı uygula
ver-impose-sign = Öngörülen yaptırımı uygula ({ $penalty })
ver-impose-done = Yaptırım uygulandı
ver-detail = Ayrıntı (isteğe bağlı)

## Penalties and appeals

ver-penalty-line = Yaptırım { $id }: { $party } tarafına { $kind }
ver-appeal-until = { $at } tarihine kadar itiraz edilebilir
ver-appealed = itiraz edildi: { $grounds }
ver-appeal-title = Bu yaptırıma itiraz et
ver-appeal-sign = İmzala ve itiraz et
ver-appeal-done = İtiraz sunuldu
ver-appeal-note = Yalnızca bir itiraz hakkı vardır; son tarih { $at }.
ver-grounds = Gerekçeler
ver-decide-title = İtirazı karara bağla
ver-decide-sign = Kararı imzala
ver-decide-done = İtiraz karara bağlandı
ver-decision = Karar
ver-reason = Gerekçe
ver-serve-title = Yaptırımı yerine getir
ver-serve-sign = İmzala: yerine getirildi
ver-serve-done = Yaptırım yerine getirildi
ver-lift-title = Yaptırımı kaldır
ver-lift-sign = İmzala: kaldırıldı
ver-lift-done = Yaptırım kaldırıldı

## Opening a case

ver-incident-filter = Kimlik, yer, kategori veya tarihe göre süz
ver-open-title = Dosya aç
ver-open-sign = İmzala ve dosya aç
ver-open-done = Dosya açıldı
ver-find-reports = Bildirim bul
ver-pick-reports = Bildirimler (bir veya daha fazlasını seçin)
ver-accused-party = Suçlanan taraf
ver-joint-team-hint = Ortak ekiplerde her taraftan bir üyeye yer verin.
ver-hours-to-reply = Yanıt süresi (saat)
ver-verify-action = { $id } eylem raporunu doğrula

## Evidence and its chain of custody

ver-evidence = Kanıtlar
ver-access-title = Erişim (gözetim zincirine kaydedilir)
ver-access-sign = Erişimi imzala
ver-access-done = Erişim kaydedildi
ver-purpose = Amaç
ver-transfer-title = Gözetimi devret
ver-transfer-sign = Devri imzala
ver-transfer-done = Gözetim devredildi
ver-to = Kime

## Outcomes of an assessment or a finding (tv)

ver-outcome-confirmed = teyit edildi
ver-outcome-not-confirmed = teyit edilmedi
ver-outcome-no-violation = ihlal yok
ver-outcome-inconclusive = sonuçsuz
ver-outcome-verified = doğrulandı
ver-outcome-not-verified = doğrulanmadı

## Incident categories: the defaults when the agreement names none (tv)

ver-category-armed-clash = silahlı çatışma
ver-category-air-drone-strike = hava veya İHA saldırısı
ver-category-shelling = topçu atışı
ver-category-cross-border-raid = sınır ötesi baskın
ver-category-ied = el yapımı patlayıcı
ver-category-attack-on-civilians = sivillere saldırı
ver-category-movement-of-forces = kuvvet hareketi
ver-category-obstruction-of-monitors = gözlemcilerin engellenmesi
ver-category-hostile-propaganda = hasmane propaganda
ver-category-other = diğer

## Severities (tv)

ver-severity-minor = hafif
ver-severity-moderate = orta
ver-severity-serious = ciddi
ver-severity-grave = çok ağır

## Kinds of penalty (tv)

ver-penalty-kind-formal-notice = resmî uyarı
ver-penalty-kind-public-attribution = sorumluluğun kamuoyu önünde belirtilmesi
ver-penalty-kind-fine = para cezası
ver-penalty-kind-benefit-suspension = sağlanan imkânların askıya alınması
ver-penalty-kind-referral = üst makamlara sevk

## A penalty's status (tv)

ver-penalty-status-imposed = uygulandı
ver-penalty-status-appealed = itiraz edildi
ver-penalty-status-overturned = iptal edildi
ver-penalty-status-served = yerine getirildi
ver-penalty-status-lifted = kaldırıldı

## Decisions on an appeal: the picker (tv)

ver-decision-upheld = yaptırım onandı
ver-decision-overturned = yaptırım iptal edildi
ver-decision-varied = yaptırım değiştirildi

## Decisions on an appeal: in a penalty's line (tv)

ver-appeal-result-upheld = itiraz: yaptırım onandı
ver-appeal-result-overturned = itiraz: yaptırım iptal edildi
ver-appeal-result-varied = itiraz: yaptırım değiştirildi

## Compliance dashboard (web/app/pages/compliance.js)

comp-title = Uyum
comp-members-only = Mekanizmanın koşulları ve uyum durumu üyelere açıktır: oturum açın.
comp-not-configured = İzleme mekanizması henüz yapılandırılmadı.
comp-as-of = Bu kayıt defteri kaydına kadar (hariç)
comp-show = Göster
comp-latest = En son
comp-as-of-note = İlk { $upto } kayda göre durum, { $at } itibarıyla.

## Commitments table

comp-commitment = Taahhüt
comp-clause = Madde
comp-bearer = Yükümlü taraf
comp-state = Durum
comp-why = Gerekçe
comp-entry-ref = [kayıt { $index }]
comp-action-title = Bu taahhüt için yapılan eylemi raporla
comp-action-sign = Eylem raporunu imzala
comp-action-what = Tarafınızın yaptığı

## Charts and penalties

comp-chart-violations = Taraf başına teyit edilen ihlaller, aylara göre
comp-chart-penalties = Taraf başına yaptırımlar, aylara göre
comp-penalties = Yaptırımlar
comp-none = Yok.

## Configuring the mechanism

comp-not-json = koşullar JSON değil: { $why }
comp-check-ok = Kayıt defteri bu koşulları kabul eder.
comp-check-refused = Kayıt defteri bu koşulları reddeder: { $reason }
comp-check = Kurallara göre denetle
comp-configure-title = İzleme mekanizmasını yapılandır
comp-configure-sign = Mekanizmanın koşullarını imzala
comp-agreement = Kabul edilen anlaşma
comp-terms = Koşullar (taahhütler, yaptırım çizelgesi, usul)
comp-territories-hint = Topraklar: her tarafın ülkesi ISO adıyla, örneğin { $example }; aralarındaki sınır yerleşik Natural Earth verilerinden hesaplanır.
comp-rule-no-commitment = taahhüt yok: bu kural hiçbir ihlali yaptırıma bağlamıyor
comp-schedule-caption = Yaptırım çizelgesindeki her kuralın yaptırıma bağladığı
comp-rule = Kural
comp-penalty = Yaptırım
comp-categories = Kategoriler
comp-commitments-penalised = Yaptırıma bağladığı taahhütler
comp-schedule-empty = Çizelgede kural yok.

## A commitment's state (tv)

comp-state-pending = beklemede
comp-state-in-force = yürürlükte
comp-state-suspended = askıda
comp-state-met = yerine getirildi
comp-state-overdue = süresi geçti
comp-state-breached = ihlal edildi

## Kinds of penalty (tv)

comp-penalty-kind-formal-notice = resmî uyarı
comp-penalty-kind-public-attribution = sorumluluğun kamuoyu önünde belirtilmesi
comp-penalty-kind-fine = para cezası
comp-penalty-kind-benefit-suspension = sağlanan imkânların askıya alınması
comp-penalty-kind-referral = üst makamlara sevk

## A penalty's status (tv)

comp-penalty-status-imposed = uygulandı
comp-penalty-status-appealed = itiraz edildi
comp-penalty-status-overturned = iptal edildi
comp-penalty-status-served = yerine getirildi
comp-penalty-status-lifted = kaldırıldı

## Decisions on an appeal (tv)

comp-appeal-result-upheld = itiraz: yaptırım onandı
comp-appeal-result-overturned = itiraz: yaptırım iptal edildi
comp-appeal-result-varied = itiraz: yaptırım değiştirildi

## Ledger explorer: the latest checkpoint

led-title = Kayıt defteri gezgini
led-checkpoint-title = Son kontrol noktası
led-sig-log-ok = kayıt defteri { $origin }: imza doğrulandı
led-sig-log-bad = kayıt defteri { $origin }: imza doğrulanamıyor
led-sig-witness-ok = tanık { $name }: { $at } tarihinde ortak imzaladı
led-sig-witness-bad = tanık { $name }: { $why }
led-does-not-verify = doğrulanamıyor
led-origin = Köken
led-size = Boyut
led-root = Kök
led-witnesses = Tanıklar
led-quorum = { $total } tanıktan { $n } tanesi ortak imzaladı (yeter sayı { $quorum })
led-signed-note = İmzalı not

## Ledger explorer: an entry and its inclusion proof

led-entry-title = Bir kayıt ve kanıtı
led-entry-index = Kayıt numarası
led-show-verify = Göster ve doğrula
led-not-yet = { $index } numaralı kayıt henüz son kontrol noktasında yok (boyut { $size })
led-proof-ok = { $index } numaralı kayıt, { $size } boyutlu kontrol noktasına dahildir: { $hashes } özetten oluşan kanıtı ortak imzalı köke ulaşıyor (bu tarayıcıda denetlendi).
led-proof-bad = { $index } numaralı kayıt: kanıt, kontrol noktasının köküne ulaşmıyor.
led-kind = Tür
led-signed-by = İmzalayan
led-seq = İmzalayanın sıra numarası
led-leaf-hash = Yaprak özeti
led-public-part = Açık kısım (geri kalanı mühürlü)
led-body = Gövde
led-download-receipt = tlog-proof makbuzunu indir

## Ledger explorer: a sealed entry's opening

led-sealed-closed = Mühürlü: bu kaydı açabilecekler arasında değilsiniz. Yine de yukarıdaki kriptografik taahhüt, içeriğini bağlar.
led-opening-bad = Sunucunun verdiği açılım, kaydın kriptografik taahhüdüyle eşleşmiyor.
led-opening-ok = Açıldı: mühürlü kısım, kaydın kriptografik taahhüdüyle eşleşiyor (bu tarayıcıda denetlendi).
led-sealed-part = Mühürlü kısım
led-download-opening = Açılımı indir

## Enrolment with an invitation

enr-title = Davetle kaydol
enr-intro = Sekretarya size tek kullanımlık bir davet kodu verdi. Bu tarayıcı imza anahtarınızı oluşturur; anahtar tarayıcıdan asla çıkmaz ve burada yaptığınız her işlem onunla imzalanır.
enr-code = Davet kodu
enr-look-up = Daveti sorgula
enr-used = Bu davet zaten kullanılmış ({ $index } numaralı kayıt).
enr-revoked = Sekretarya bu daveti geri çekti: ondan yeni bir davet isteyin.
enr-expired = Bu davetin süresi { $at } tarihinde doldu: sekretaryadan yeni bir davet isteyin.
enr-create-key = Anahtarımı oluştur ve kaydol
enr-member = Üye
enr-for = Temsil ettiği
enr-roles = Roller
enr-founding = Kurucu davet: bu tarayıcının anahtarı sürecin ilk sekretarya anahtarı olacak. Süreci tanımlayabilir, katılımcıları ekleyebilir ve üyeleri davet edebilir.
enr-list-sep = ,
enr-enrolled = { $index } numaralı kayıtla, { $key } anahtarıyla kaydoldunuz. Oturumunuz açık.
enr-refused = Kayıt reddedildi: { $why }
enr-no-such-code = Bu koda sahip bir davet yok.

## Sign-in with this browser's key

enr-signin-title = Oturum aç
enr-no-key = Bu tarayıcıda henüz bir anahtar yok.
enr-enrol-link = Davet koduyla kaydol
enr-signin-button = Bu tarayıcının anahtarıyla oturum aç
enr-this-key = Bu tarayıcının anahtarı:
enr-signed-in-as = { $who } olarak oturum açıldı.
enr-forget-confirm = Bu tarayıcının anahtarı unutulsun mu? Burada yeniden oturum açmak için yeni bir davete ihtiyacınız olacak.
enr-forget = Bu anahtarı unut
enr-signin-refused = Oturum açma reddedildi: { $why }

## Members' roles

enr-role-signatory = imzacı
enr-role-delegate = delege
enr-role-mediator = arabulucu
enr-role-witness = tanık
enr-role-secretariat = sekretarya
enr-role-monitor = izleyici
enr-role-observer = gözlemci

## Who is signed in, when not a member

enr-viewer-public = kamu
enr-viewer-secretariat = sekretarya
enr-viewer-member = üye

## The mechanism's structured editor (mechanism.js)

mech-procedure = Usul
mech-force = Yürürlüğe giriş
mech-quorum = Tespit yeter sayısı (arabulucular)
mech-quorum-hint = Bir tespitin hüküm doğurması için kaç arabulucu katılımcının onay vermesi gerektiği
mech-reply-hours = Tarafın yanıt süresi (saat)
mech-appeal-days = Yaptırıma itiraz süresi (gün)
mech-joint = Her doğrulama ekibinde her taraftan bir üye bulunur
mech-appeal-body = İtirazlara karar veren arabulucular
mech-territory = Toprak: { $party }
mech-territory-hint = Ülkenin haritadaki sınırlarda İngilizce yazıldığı şekliyle adı, ör. Afghanistan
mech-categories = Olay kategorileri
mech-categories-hint = Virgülle ayrılmış kimlikler; olduğu gibi bırakılırsa varsayılanlar geçerlidir
mech-commitments = Taahhütler
mech-commitment-n = Taahhüt { $n }
mech-id = Kimlik
mech-clause = Anlaşmanın maddesi
mech-modality = Hüküm türü
mech-modality-prohibition = yasak
mech-modality-obligation = yükümlülük
mech-modality-permission = izin
mech-bearer = Yükümlü taraf
mech-beneficiary = Lehine olan taraf
mech-action = Tarafın yaptığı veya kaçındığı
mech-verification = Nasıl doğrulanacağı
mech-breached-by = Bunu ihlal eden olaylar
mech-due = Son tarih
mech-due-continuing = sürekli
mech-due-date = belirli bir tarihte
mech-due-days = yürürlüğe girişten belirli gün sonra
mech-due-date-label = Tarih
mech-due-days-label = Yürürlüğe girişten sonraki gün sayısı
mech-more = Diğer koşullar: kapsam, süre, koşul, bağlantılar
mech-concerns = İlgili kuvvetler veya gruplar
mech-area = Bölge
mech-within-km = Sınıra uzaklık sınırı (km)
mech-from = Başlangıç
mech-until = Bitiş
mech-reciprocal = Karşılığı olduğu taahhüt
mech-depends-on = Bağlı olduğu taahhütler
mech-has-condition = Koşullu: diğer tarafın teyit edilen bir ihlaliyle askıya alınır
mech-condition-text = Koşulun metni
mech-condition-by = İhlal eden taraf
mech-condition-categories = Askıya alan kategoriler
mech-suspends-days = Askı süresi (gün)
mech-suspends-hint = Boş: aksi bildirilene kadar
mech-remove-commitment = Bu taahhüdü kaldır
mech-add-commitment = Taahhüt ekle
mech-schedule = Yaptırım çizelgesi
mech-rule-n = Kural { $n }
mech-rule-categories = Saydığı kategoriler
mech-min-severity = En az ağırlık
mech-nth = Kaçıncı teyit edilen ihlal
mech-nth-hint = ilki için 1, süre penceresi içindeki ikincisi için 2…
mech-window = Süre penceresi (gün)
mech-cure = Giderme süresi (gün)
mech-penalty = Yaptırım
mech-detail = Ayrıntı
mech-amount = Tutar
mech-benefit = Askıya alınan imkân
mech-remove-rule = Bu kuralı kaldır
mech-add-rule = Kural ekle
mech-severity-minor = hafif
mech-severity-moderate = orta
mech-severity-serious = ciddi
mech-severity-grave = çok ağır
mech-penalty-formal-notice = resmî uyarı
mech-penalty-public-attribution = sorumluluğun kamuoyu önünde belirtilmesi
mech-penalty-fine = para cezası
mech-penalty-benefit-suspension = sağlanan imkânların askıya alınması
mech-penalty-referral = üst makamlara sevk
mech-category-armed-clash = silahlı çatışma
mech-category-air-drone-strike = hava veya İHA saldırısı
mech-category-shelling = topçu atışı
mech-category-cross-border-raid = sınır ötesi baskın
mech-category-ied = el yapımı patlayıcı
mech-category-attack-on-civilians = sivillere saldırı
mech-category-movement-of-forces = kuvvet hareketi
mech-category-obstruction-of-monitors = izleyicilerin engellenmesi
mech-category-hostile-propaganda = hasmane propaganda
mech-category-other = diğer
comp-json-from-form = Formu JSON olarak yaz
comp-json-to-form = Bu JSON'u forma aktar

## The process's timeline (pages/process.js)

proc-tl-caption = { $from } – { $to } arası turlar ve son tarihler; çizgi bugünü ({ $today }) gösterir
proc-tl-round = { $title }: { $from } – { $to } ({ $state })
proc-tl-deadline = Son tarih: { $title }, { $due }

## The mechanism editor: defaults kept as defaults

mech-yes = evet
mech-no = hayır
mech-default = — (kuralların varsayılanı)
mech-default-hint = Boş: kuralların varsayılanı, { $value }
mech-appeal-body-hint = Hiçbiri seçilmezse: itirazlara herhangi bir arabulucu karar verir
mech-lines-hint = Her satıra bir tane
comp-json-not-read = JSON formdan farklı: önce forma okutun ya da kapatın

## The public record (pages/public.js)

app-nav-public = Kamuya açık belgeler
app-title-public = Kamuya açık belgeler
pub-title = Kamuya açık belgeler
pub-at-size = kayıt defteri { $size } boyutundayken
pub-feed = Yayımların Atom beslemesi
pub-check = Denetle
pub-checking = Bu tarayıcıda denetleniyor…
pub-loading = Yükleniyor…
pub-check-checkpoint-ok = Kayıt defterinin { $size } boyutundaki kontrol noktası üzerindeki imzası doğrulanıyor
pub-check-checkpoint-bad = Kayıt defterinin { $size } boyutundaki kontrol noktası üzerindeki imzası doğrulanamıyor
pub-check-included = { $index } numaralı kayıt ({ $kind }) kontrol noktasının ağacında yer alıyor
pub-check-not-included = { $index } numaralı kayıt ({ $kind }) kontrol noktasının ağacında yer almıyor
pub-check-opening-ok = { $index } numaralı kaydın açıklanan kısmı, kayıt defterindeki kriptografik taahhüdüyle eşleşiyor
pub-check-opening-bad = { $index } numaralı kaydın açıklanan kısmı, kayıt defterindeki kriptografik taahhüdüyle eşleşmiyor
pub-check-text-ok = Gösterilen metnin özeti { $hash }
pub-check-text-bad = Gösterilen metnin özeti { $hash } değil
pub-check-commits-ok = { $index } numaralı kayıt bu metne bağlıdır
pub-check-commits-bad = { $index } numaralı kayıt bu metne bağlı değildir
pub-check-signed-ok = { $party } imzacısı bu metni imzaladı
pub-check-signed-bad = { $party } imzacısı bu metni imzalamadı
pub-check-finding-ok = Tespitin kaydı, { $id } tespitini bu sonuçla kaydediyor
pub-check-finding-bad = Tespitin kaydı, { $id } tespitini bu sonuçla kaydetmiyor
pub-check-statement-ok = { $index } numaralı kayıt bu açıklamayı yayımladı
pub-check-statement-bad = { $index } numaralı kayıt bu açıklamayı yayımlamadı
pub-check-report-ok = { $index } numaralı kayıt bu raporun özetini yayımladı
pub-check-report-bad = { $index } numaralı kayıt bu raporun özetini yayımlamadı
pub-agreement = Anlaşma
pub-agreement-facts = Sürüm { $version }, { $published } tarihinde { $entry } numaralı kayıtla yayımlandı. İçerik özeti:
pub-no-agreement = Arabulucular herhangi bir anlaşma yayımlamamıştır.
pub-rounds = Turlar ve bildiriler
pub-findings = Yayımlanmış tespitler
pub-finding-title = Tespit { $id }: { $outcome }
pub-finding-facts = Taraf: { $party } · kayda geçen karşı görüşler: { $dissents } · { $published } tarihinde { $entry } numaralı kayıtla yayımlandı
pub-penalty = Yaptırım { $id }: { $party } tarafına { $kind }, { $status }.
pub-appeal = { $at } tarihinde itiraz edildi: { $decision }.
pub-undecided = henüz karara bağlanmadı
pub-no-findings = Yayımlanmış tespit yok.
pub-reports = Yayımlanmış raporlar
pub-report-period = ({ $from } – { $to })
pub-report-data = Kanıtlarıyla birlikte veriler (JSON)
pub-no-reports = Yayımlanmış rapor yok.
pub-older = Daha eskileri göster ({ $n } tane daha)
pub-verify-offline = Her raporun verileri, ortak imzalı kontrol noktasını ve raporun saydığı her kaydı dahil olma kanıtıyla birlikte içerir: truce verify-report bunu çevrimdışı denetler.
pub-commitments = Kamuoyunun bildiği hâliyle taahhütler
pub-col-commitment = Taahhüt
pub-col-clause = Madde
pub-col-bearer = Yükümlü taraf
pub-col-state = Durum

## Publishing, at the mediators' quorum

neg-publish-title = { $id } anlaşmasını yayımla
neg-publish-sign = Yayımını imzala
neg-publish-done = Yayım imzalandı
neg-publish-note = Her arabulucu imzalar; arabulucu yeter sayısına ulaşıldığında metin, imzalarıyla birlikte kamuya açıklanır ve herkes tarafından denetlenebilir.
comp-reports-title = Raporlar
comp-report-download = Bu döneme ait raporunuz:
comp-report-from = Başlangıç
comp-report-to = Bitiş
comp-report-propose-title = Bu dönemin kamuya açık raporunu yayımlanmak üzere öner
comp-report-propose-sign = İmzala ve öner
comp-report-proposed = Rapor yayımlanmak üzere önerildi
comp-report-id = Rapor kimliği
comp-report-title-field = Başlık (isteğe bağlı)
comp-report-cosign-title = { $id } raporunu yayımla
comp-report-cosign = Yayımını imzala
comp-report-cosigned = Yayım imzalandı
comp-report-proposal = { $title } ({ $from } – { $to }), şimdiye dek imzalayanlar: { $signers }. Verileri:
ver-publish-signed-by = Şimdiye dek imzalayanlar: { $signers }; { $quorum } arabulucu imzaladığında yayımlanır.
ov-wait-publish-finding = { $id } tespitinin yayımını imzalayın
ov-wait-publish-agreement = { $id } anlaşmasının yayımını imzalayın
ov-wait-publish-report = { $id } raporunun yayımını imzalayın
