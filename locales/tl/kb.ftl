### Knowledge base: procedure sheets, FAQ, guides and news of the thematic hubs.

# unreviewed
workspace-nav-kb = Mga sheet ng impormasyon

## Kinds, states and sections

# unreviewed
kb-kind-sheet = Sheet ng proseso
# unreviewed
kb-kind-faq = Madalas itanong
# unreviewed
kb-kind-guide = Gabay
# unreviewed
kb-kind-news = Balita
# unreviewed
kb-status-draft = Draft
# unreviewed
kb-status-in_review = Sinusuri
# unreviewed
kb-status-published = Nailathala
# unreviewed
kb-status-archived = Naka-archive
# unreviewed
kb-section-what = Ano ito
# unreviewed
kb-section-who = Para kanino ito
# unreviewed
kb-section-how = Paano gawin
# unreviewed
kb-section-needs = Ano ang kailangan
# unreviewed
kb-section-outcome = Ano ang makukuha ninyo
# unreviewed
kb-section-time = Tagal at mga deadline
# unreviewed
kb-section-cost = Magkano ang bayad
# unreviewed
kb-section-where = Saan pupunta
# unreviewed
kb-section-legal_basis = Mga batayang legal
# unreviewed
kb-section-more = Karagdagang impormasyon
# unreviewed
kb-section-contacts = Mga contact
# unreviewed
kb-section-last_update = Huling update
# unreviewed
kb-prereq-codice-fiscale = Codice fiscale (tax code)
# unreviewed
kb-prereq-tessera-sanitaria = Tessera sanitaria (health card)
# unreviewed
kb-prereq-spid-cie = SPID o CIE
# unreviewed
kb-prereq-residenza = Rehistradong tirahan (residenza)
# unreviewed
kb-prereq-pec = PEC (certified email)

## Public pages

# unreviewed
kb-theme-empty = Wala pang sheet tungkol sa paksang ito.
# unreviewed
kb-theme-desks = Maghanap ng tanggapang humahawak sa paksang ito
# unreviewed
kb-texts-in-italian = Ang mga sheet ay nakasulat sa Italyano.
# unreviewed
kb-legal-review = Ina-update ang sheet na ito dahil nagbago ang batas.
# unreviewed
kb-legal-review-short = kailangang suriin: nagbago ang batas
# unreviewed
kb-owner = Inihanda ng
# unreviewed
kb-prerequisites = Una, kailangan ninyo ng
# unreviewed
kb-steps = Mga hakbang
# unreviewed
kb-step-who = Sino
# unreviewed
kb-step-where = Saan
# unreviewed
kb-step-bring = Ano ang dadalhin
# unreviewed
kb-step-cost = Bayad
# unreviewed
kb-step-time = Tagal
# unreviewed
kb-variant-yours = Sa inyong lugar:
# unreviewed
kb-variants-other = Paano ito sa ibang lugar
# unreviewed
kb-area-hint = Sa ilang lugar, iba ang mga hakbang.
# unreviewed
kb-area-choose = Piliin ang inyong tanggapan para makita kung paano ito sa inyong lugar.
# unreviewed
kb-desks = Mga tanggapang makakatulong sa inyo
# unreviewed
kb-review-by = Susunod na pagsusuri bago ang
# unreviewed
kb-withdrawn-title = Binawing sheet
# unreviewed
kb-withdrawn-text = Hindi na balido ang sheet na ito at binawi na:
# unreviewed
kb-withdrawn-replaced = Kapalit nito, makikita ninyo ang:
# unreviewed
kb-withdrawn-ask = Magtanong sa isang tanggapan para sa bagong impormasyon

## Workspace

# unreviewed
kb-ws-title = Mga sheet ng impormasyon
# unreviewed
kb-ws-new-title = Bagong sheet
# unreviewed
kb-ws-editor-title = Pag-edit ng sheet
# unreviewed
kb-ws-history-title = Mga bersyon ng sheet
# unreviewed
kb-ws-new-sheet = Bagong sheet
# unreviewed
kb-ws-new-faq = Bagong madalas itanong
# unreviewed
kb-ws-empty = Walang sheet na maaari ninyong isulat o suriin.
# unreviewed
kb-ws-back = Bumalik sa mga sheet
# unreviewed
kb-ws-back-editor = Bumalik sa sheet
# unreviewed
kb-ws-create = Gawin ang draft
# unreviewed
kb-ws-save = I-save bilang bagong bersyon
# unreviewed
kb-ws-edit-heading = Teksto
# unreviewed
kb-ws-history-link = Mga bersyon at pagkakaiba
# unreviewed
kb-ws-version = bersyon { $n }
# unreviewed
kb-ws-published-version = nailathala: bersyon { $n }
# unreviewed
kb-ws-moved = Tapos na. Ngayon ang sheet ay:
# unreviewed
kb-field-title = Pamagat
# unreviewed
kb-field-summary = Sa madaling salita
# unreviewed
kb-field-tags = Mga keyword (pinaghihiwalay ng kuwit)
# unreviewed
kb-field-kind = Uri
# unreviewed
kb-field-theme = Paksa
# unreviewed
kb-field-hub = Sentrong pampaksa na responsable
# unreviewed
kb-field-status = Katayuan
# unreviewed
kb-field-slug = Address ng pahina
# unreviewed
kb-field-slug-hint = Maliliit na titik, numero at gitling, halimbawa rinnovo-permesso.
# unreviewed
kb-field-online-url = Online na serbisyo (address na http o https)
# unreviewed
kb-field-body = Teksto (Markdown)
# unreviewed
kb-steps-hint = Punan ang isang linya para sa bawat hakbang ng proseso. Hindi sine-save ang hakbang na walang laman.
# unreviewed
kb-step-n = Hakbang { $n }
# unreviewed
kb-variant-n = Lokal na variant { $n }
# unreviewed
kb-variant-area = Lugar
# unreviewed
kb-variant-area-hint = Lugar ng isang lokal na variant: ang code ng probinsya (halimbawa BO) o desk: na sinusundan ng address ng isang tanggapan (halimbawa desk:hub-salute).
# unreviewed
kb-variant-label = Pangalang ipinapakita (halimbawa Questura di Bologna)
# unreviewed
kb-minor = Maliit na pagtatama (typo): balido pa rin ang mga salin
# unreviewed
kb-minor-short = maliit
# unreviewed
kb-part-title = Pamagat
# unreviewed
kb-part-summary = Sa madaling salita
# unreviewed
kb-part-who = Sino
# unreviewed
kb-part-where = Saan
# unreviewed
kb-part-bring = Ano ang dadalhin
# unreviewed
kb-part-cost = Bayad
# unreviewed
kb-part-time = Tagal
# unreviewed
kb-part-text = Teksto
# unreviewed
kb-part-label = Pangalan ng lokal na variant
# unreviewed
kb-part-online_url = Online na serbisyo
# unreviewed
kb-part-body = Teksto
# unreviewed
kb-part-step = Hakbang { $n }: { $field }
# unreviewed
kb-workflow = Pagsusuri at paglalathala
# unreviewed
kb-four-eyes-on = Sa sentrong pampaksang ito, ibang tao ang naglalathala ng bersyon, hindi ang sumulat nito.
# unreviewed
kb-comment = Komento
# unreviewed
kb-comment-add = Idagdag ang komento
# unreviewed
kb-comments = Mga komento sa pagsusuri
# unreviewed
kb-comments-empty = Wala pang komento.
# unreviewed
kb-publish-at = Petsa ng paglalathala (opsyonal)
# unreviewed
kb-publish-at-hint = Oras sa Roma. Iwanang blangko para ilathala agad.
# unreviewed
kb-action-submit = Ipadala para suriin
# unreviewed
kb-action-return = Ibalik sa sumulat
# unreviewed
kb-action-publish = Aprubahan at ilathala
# unreviewed
kb-action-archive = I-archive
# unreviewed
kb-action-reopen = Buksan muli bilang draft
# unreviewed
kb-conflict-title = May nag-save ng bersyon { $n } habang nagsusulat kayo
# unreviewed
kb-conflict-text = Nasa ibaba ang teksto ni { $editor }; nasa form pa rin ang sa inyo. Kung magse-save kayo ulit, ang teksto ninyo ang magiging susunod na bersyon.
# unreviewed
kb-diff-from = Mula sa bersyon
# unreviewed
kb-diff-to = Hanggang sa bersyon
# unreviewed
kb-diff-compare = Ikumpara
# unreviewed
kb-diff-heading = Mga pagkakaiba mula sa bersyon { $from } hanggang sa bersyon { $to }
# unreviewed
kb-diff-none = Walang pagkakaiba sa teksto.
# unreviewed
kb-diff-legend = May guhit sa gitna ang inalis na teksto, may salungguhit ang idinagdag.
# unreviewed
kb-versions = Lahat ng bersyon
# unreviewed
kb-version = Bersyon
# unreviewed
kb-editor-system = unang pag-upload

## Refusals and form errors

# unreviewed
kb-refused-not-reviewer = Ang mga sumusuri lang ng mga sheet ng sentrong pampaksang ito ang makakagawa nito.
# unreviewed
kb-refused-transition = Hindi posible ang hakbang na ito mula sa kasalukuyang katayuan ng sheet.
# unreviewed
kb-refused-stale = Nagbago ang sheet habang ginagawa ninyo ito. Tingnan ang bagong bersyon at subukan ulit.
# unreviewed
kb-refused-comment-needed = Sumulat ng komentong nagpapaliwanag kung ano ang dapat baguhin.
# unreviewed
kb-refused-four-eyes = Hindi ninyo maaaring ilathala ang bersyong kayo mismo ang sumulat: ibang tao ang dapat mag-apruba nito.
# unreviewed
kb-refused-schedule-past = Dapat nasa hinaharap ang petsa ng paglalathala.
# unreviewed
kb-refused-schedule-invalid = Hindi tama ang petsa ng paglalathala.
# unreviewed
kb-error-kind = Piliin ang uri ng sheet.
# unreviewed
kb-error-theme = Pumili ng paksa.
# unreviewed
kb-error-hub = Pumili ng sentrong pampaksa na maaari ninyong sulatan.
# unreviewed
kb-error-slug = Maliliit na titik, numero at gitling lang ang maaaring nasa address.
# unreviewed
kb-error-slug-taken = May sheet na sa paksang ito na may ganitong address.
# unreviewed
kb-error-title-missing = Isulat ang pamagat.
# unreviewed
kb-error-too-long = Masyadong mahaba ang teksto.
# unreviewed
kb-error-url = Dapat address na http o https ang online na serbisyo.
# unreviewed
kb-error-prerequisite = Ang isa sa mga kinakailangan ay wala sa listahan.
# unreviewed
kb-error-too-many-steps = Masyadong marami ang hakbang o lokal na variant.
# unreviewed
kb-error-step-title = Kailangan ng pamagat ang bawat hakbang.
# unreviewed
kb-error-variant = Kailangan ng pangalan at teksto ang bawat lokal na variant.
# unreviewed
kb-error-variant-area = Ang lugar ng isang lokal na variant ay ang code ng isang probinsya (BO) o desk: at ang address ng isang tanggapan.
# unreviewed
kb-error-norm = Ang isa sa mga batayang legal ay wala sa rehistro.

## Writing aids

# unreviewed
kb-aids = Mga tulong sa pagsulat
# unreviewed
kb-aids-unsaved = Sinusuri ang teksto ayon sa pagkakasulat ninyo: hindi pa ito naka-save.
# unreviewed
kb-aids-gulpease = Gulpease index { $score }: { $level }
# unreviewed
kb-aids-level-elementary = madali para sa may katibayan ng pagtatapos sa elementarya
# unreviewed
kb-aids-level-middle = madali para sa may katibayan ng pagtatapos sa junior high school
# unreviewed
kb-aids-level-high-school = madali para sa may diploma ng senior high school
# unreviewed
kb-aids-level-hard = mahirap kahit para sa may diploma ng senior high school
# unreviewed
kb-aids-nothing = Wala pang tekstong masusukat.
# unreviewed
kb-aids-needs-override = Para mailathala ang sheet na ito, dapat isulat ng sumusuri rito kung bakit ito dapat ilathala nang ganito: mas mababa sa 50 ang pagiging madaling basahin o may salitang dapat iwasan ayon sa Carta di Roma.
# unreviewed
kb-aids-long = Mahahabang pangungusap
# unreviewed
kb-aids-words = { $count ->
    [one] { $count } salita
   *[other] { $count } salita
}
# unreviewed
kb-aids-words-heading = Mga salitang dapat palitan
# unreviewed
kb-aids-carta = Carta di Roma
# unreviewed
kb-aids-check = Suriin ang teksto
# unreviewed
kb-override-reason = Bakit ilalathala pa rin (kailangan)
# unreviewed
kb-refused-needs-override = Minarkahan ng mga tulong sa pagsulat ang sheet na ito: para mailathala ito, isulat kung bakit ito dapat ilathala nang ganito.
# unreviewed
kb-refused-override-too-long = Masyadong mahaba ang paliwanag.

## The register of norms

# unreviewed
workspace-nav-norms = Mga batayang legal
# unreviewed
kb-norms-title = Rehistro ng mga batas
# unreviewed
kb-norms-intro = Ang mga batas na binabanggit sa mga sheet. Kapag nagbago ang isang batas, iulat ang pagbabago: ang mga sheet na bumabanggit dito ay magiging «kailangang suriin: nagbago ang batas» at makakatanggap ng email ang mga responsableng sentrong pampaksa.
# unreviewed
kb-norms-norm = Batas
# unreviewed
kb-norms-articles = Mga sheet na bumabanggit dito
# unreviewed
kb-norms-changed = Huling iniulat na pagbabago
# unreviewed
kb-norms-mark = Iulat na nagbago ito
# unreviewed
kb-norms-cited = { $count ->
    [one] { $count } sheet
   *[other] { $count } sheet
}
# unreviewed
kb-norms-flagged = { $count ->
    [one] Tapos na: kailangan nang suriin ang { $count } sheet.
   *[other] Tapos na: kailangan nang suriin ang { $count } sheet.
}
# unreviewed
kb-norms-add = Magdagdag o magtama ng batas
# unreviewed
kb-norms-url = Opisyal na address (halimbawa, Normattiva)
# unreviewed
kb-norms-save = I-save ang batas
# unreviewed
kb-norm-mail-subject = Nagbago ang batas: { $norm }
# unreviewed
kb-norm-mail-body = May iniulat na pagbabago sa { $norm }. Binabanggit ito ng mga sheet na ito ng inyong sentrong pampaksa at ngayon ay «kailangang suriin: nagbago ang batas»; sa portal, nagpapakita ang mga ito ng babala hanggang muli ninyong ilathala ang mga ito pagkatapos suriin:

    { $articles }
# unreviewed
kb-ws-legal-pending = { $count ->
    [one] { $count } sheet na kailangang suriin matapos magbago ang batas.
   *[other] { $count } sheet na kailangang suriin matapos magbago ang batas.
}

## Translations of articles

# unreviewed
kb-tr-notice-missing = Hindi pa naisasalin sa inyong wika ang sheet na ito: nasa ibaba ang tekstong Italyano.
# unreviewed
kb-tr-notice-outdated = Nagbago ang tekstong Italyano pagkatapos ng saling ito: maaaring hindi na napapanahon ang ilang impormasyon.
# unreviewed
kb-tr-notice-machine = Awtomatikong isinalin, hindi pa nasusuri ng isang tao.
# unreviewed
kb-tr-notice-current = Saling nasuri batay sa orihinal na Italyano.
# unreviewed
kb-tr-original = Basahin ang orihinal sa Italyano
# unreviewed
kb-tr-status-missing = kailangang isalin
# unreviewed
kb-tr-status-outdated = kailangang i-update
# unreviewed
kb-tr-status-machine = awtomatikong salin na kailangang suriin
# unreviewed
kb-tr-status-current = napapanahon
# unreviewed
kb-tr-queue-title = Mga sheet na isasalin
# unreviewed
kb-tr-title = Salin ng sheet
# unreviewed
kb-tr-back = Bumalik sa mga sheet na isasalin
# unreviewed
kb-tr-diff = Ano ang nagbago sa tekstong Italyano mula sa inyong salin
# unreviewed
kb-tr-source = Tekstong Italyano
# unreviewed
kb-tr-yours = Ang inyong salin
# unreviewed
kb-tr-save = I-save ang salin
# unreviewed
kb-tr-stale = Samantala, nailathala ulit ang tekstong Italyano. Tingnan ang mga pagkakaiba at mag-save ulit.
# unreviewed
workspace-nav-kb-translations = Mga sheet na isasalin

## Exchange with translation agencies (XLIFF 2.0)

# unreviewed
kb-xliff-title = Palitan ng file sa mga ahensiya ng pagsasalin (XLIFF 2.0)
# unreviewed
kb-xliff-intro = I-download ang isang XLIFF 2.0 file na may tekstong Italyano na isasalin at, kapag ibinalik na ito ng ahensiya, i-import ito rito. Kung may mali ang file, walang ii-import.
# unreviewed
kb-xliff-download-todo = I-download ang mga sheet na isasalin o ia-update
# unreviewed
kb-xliff-download-all = I-download ang lahat ng nailathalang sheet
# unreviewed
kb-xliff-file = XLIFF file mula sa ahensiya
# unreviewed
kb-xliff-import = I-import ang mga salin
# unreviewed
kb-xliff-imported = { $count ->
    [one] { $count } salin ang na-import.
   *[other] { $count } salin ang na-import.
}
# unreviewed
kb-xliff-refused = Walang na-import. Itama ang file at subukan ulit:
# unreviewed
kb-xliff-problem = Linya { $line }: { $reason }
# unreviewed
kb-xliff-no-file = Pumili ng XLIFF file na ii-import.
# unreviewed
kb-xliff-too-large = Mas malaki ang file sa { $max } MB.
# unreviewed
kb-xliff-encoding = Hindi UTF-8 na teksto ang file.
# unreviewed
kb-xliff-error-malformed = hindi wasto ang pagkakasulat ng XML
# unreviewed
kb-xliff-error-not-xliff = hindi ito XLIFF 2.0 file
# unreviewed
kb-xliff-error-doctype = hindi tinatanggap ang deklarasyong DOCTYPE
# unreviewed
kb-xliff-error-entity = hindi kilala ang entity na &{ $name };
# unreviewed
kb-xliff-error-missing-attribute = kulang ang attribute na { $name }
# unreviewed
kb-xliff-error-unexpected = hindi inaasahan dito ang element na <{ $name }>
# unreviewed
kb-xliff-error-inline-code = hindi suportado ang inline code na <{ $name }>
# unreviewed
kb-xliff-error-duplicate-unit = dalawang beses lumalabas ang unit na { $name }
# unreviewed
kb-xliff-error-bad-version = hindi numero ang bersiyong { $name }
# unreviewed
kb-xliff-error-language = ang mga wika ng file ({ $name }) ay hindi mula Italyano papunta sa wikang ito
# unreviewed
kb-xliff-error-unknown-article = wala ang sheet na { $name } o hindi na ito nakalathala
# unreviewed
kb-xliff-error-stale = nagbago ang tekstong Italyano ng { $name } pagkatapos ng export: i-download ulit ang file
# unreviewed
kb-xliff-error-unknown-unit = hindi bahagi ng sheet ang unit na { $name }
# unreviewed
kb-xliff-error-untranslated = hindi pa naisasalin ang unit na { $name }
# unreviewed
kb-xliff-error-invalid = hindi wasto ang field na { $name }

## Sheets due for review

# unreviewed
workspace-nav-kb-review = Mga sheet na susuriin
# unreviewed
kb-review-title = Mga sheet na susuriin
# unreviewed
kb-review-intro = Ang mga nailathalang sheet ng inyong mga sentrong pampaksa na lampas na sa petsa ng pagsusuri o aabot dito sa loob ng 30 araw.
# unreviewed
kb-review-due = Suriin bago ang
# unreviewed
kb-review-overdue = lampas na sa petsa
# unreviewed
kb-review-soon = malapit na ang petsa
# unreviewed
kb-review-none = Walang sheet na kailangang suriin.
# unreviewed
kb-review-mark = Kinukumpirma kong tama pa rin ito
# unreviewed
kb-review-marked = Nakumpirma ang sheet: ang susunod na pagsusuri ay bago ang { $date }.

## Readers' ratings

# unreviewed
kb-rating-legend = Malinaw ba ang pahinang ito?
# unreviewed
kb-rating-1 = Hindi malinaw kahit kaunti
# unreviewed
kb-rating-2 = Hindi masyadong malinaw
# unreviewed
kb-rating-3 = Medyo malinaw
# unreviewed
kb-rating-4 = Malinaw
# unreviewed
kb-rating-5 = Napakalinaw
# unreviewed
kb-rating-comment = Ano ang kulang o mahirap intindihin? (opsiyonal: huwag isulat ang personal na impormasyon)
# unreviewed
kb-rating-send = Ipadala
# unreviewed
kb-rating-thanks = Salamat: nakakatulong ang inyong sagot para mapabuti namin ang pahinang ito.
# unreviewed
kb-rating-invalid = Pumili ng sagot mula 1 hanggang 5.
# unreviewed
kb-rating-too-long = Masyadong mahaba ang komento (hanggang { $max } character lamang).
# unreviewed
kb-rating-limited = Masyadong maraming sagot mula sa inyong koneksiyon: subukan ulit mamaya.
# unreviewed
kb-ratings-title = Mga sagot ng mga mambabasa
# unreviewed
kb-ratings-summary = { $count ->
    [one] { $count } sagot, average na { $average } sa 5
   *[other] { $count } sagot, average na { $average } sa 5
}
# unreviewed
kb-ratings-none = Wala pang mambabasang sumagot.
# unreviewed
kb-ratings-comments = Mga pinakabagong komento
# unreviewed
kb-leaflet-link = Leaflet na ipi-print (PDF, A4)
# unreviewed
kb-leaflet-scan = I-scan ang code para sa napapanahong pahina
# unreviewed
kb-replaced-by = Pinalitan ng (opsyonal)
# unreviewed
kb-replaced-by-hint = Address ng nailathalang sheet na pumapalit dito, halimbawa /it/salute/iscrizione-ssn. Doon hahantong ang inalis na pahina at ang mga QR code ng mga naka-print nang leaflet.
# unreviewed
kb-refused-replacement = Hindi nailathalang sheet ang address na iyon: suriin at subukang muli, o iwanang blangko ang field.
# unreviewed
kb-glossary = Mga termino sa glosaryo
# unreviewed
kb-glossary-hint = Mga legal na terminong ginagamit ng tekstong ito: laging isulat nang ganito, at ipaliwanag sa mambabasa kung ano ang mga ito sa unang pagkakataon.
# unreviewed
kb-glossary-count = beses sa teksto: { $count }
# unreviewed
kb-glossary-translator = Glosaryo para sa wikang ito
# unreviewed
kb-glossary-translator-hint = Ang mga legal na termino ng tekstong Italyano kasama ang napagkasunduang salin: gamitin ito, para makita ng mambabasa ang parehong salita sa mga tanggapan at sa mga form.
# unreviewed
kb-glossary-unreviewed = hindi pa nasusuri ang salin
# unreviewed
kb-glossary-none = walang napagkasunduang salin
# unreviewed
kb-mt = Machine translation
# unreviewed
kb-mt-hint = Humingi ng draft sa serbisyo ng machine translation: ilalathala ito na may paalalang «isinalin ng makina, hindi pa nasusuri» hanggang suriin at i-save mo ito.
# unreviewed
kb-mt-action = Gumawa ng machine draft
# unreviewed
kb-mt-done = Na-save ang machine draft: basahin at i-save para alisin ang paalala.
# unreviewed
kb-mt-refused-readability = Masyadong mahirap ang tekstong Italyano para sa magandang machine translation (Gulpease index na mababa sa 50): hilingin sa hub na pasimplehin ito, o isalin nang mano-mano.
# unreviewed
kb-mt-refused-human = May salin na ginawa ng tao ang wikang ito: hindi ito papalitan. I-update ito nang mano-mano batay sa mga pagbabago sa tekstong Italyano.
# unreviewed
kb-mt-unavailable = Hindi sumasagot ang serbisyo ng machine translation: walang na-save. Subukang muli mamaya o isalin nang mano-mano.
# unreviewed
workspace-nav-kb-links = Mga link na aayusin
# unreviewed
kb-links-title = Mga link na aayusin
# unreviewed
kb-links-intro = Gabi-gabi, binibisita ng link checker ang mga panlabas na address ng mga nailathalang sheet at ng mga legal na sanggunian, nang dahan-dahan at hindi kailanman sa mga panloob na address. Narito ang mga sa iyong mga sheet na hindi gumagana.
# unreviewed
kb-links-none = Walang link na aayusin sa iyong mga sheet.
# unreviewed
kb-links-broken = sumasagot ang site ng error ({ $status })
# unreviewed
kb-links-refused = hindi nasuri: hindi ito pampublikong web address
# unreviewed
kb-links-unreachable = hindi sumasagot ang site

# unreviewed
workspace-nav-kb-materials = Mga materyales
# unreviewed
kb-materials-title = Mga materyales na pang-impormasyon
# unreviewed
kb-materials-intro = Mga leaflet, larawan, audio recording at video na inihanda ng mga thematic hub ng network, sa maraming wika.
# unreviewed
kb-materials-filter = Salain ang mga materyales
# unreviewed
kb-materials-format = Format
# unreviewed
kb-materials-any-format = Anumang format
# unreviewed
kb-materials-submit = Ipakita
# unreviewed
kb-materials-found = Mga materyales
# unreviewed
kb-materials-none = Walang materyales sa mga filter na ito.
# unreviewed
kb-materials-pages = Mga pahina ng materyales
# unreviewed
kb-materials-previous = Nakaraang pahina
# unreviewed
kb-materials-next = Susunod na pahina
# unreviewed
kb-materials-of-article = Mga materyales na mada-download
# unreviewed
kb-material-format-pdf = PDF
# unreviewed
kb-material-format-image = Larawan
# unreviewed
kb-material-format-audio = Audio
# unreviewed
kb-material-format-video = Video
# unreviewed
kb-material-size-kb = { $size } kB
# unreviewed
kb-material-size-mb = { $size } MB
# unreviewed
kb-materials-ws-title = Mga materyales ng mga hub
# unreviewed
kb-materials-ws-intro = Ang idaragdag mo rito ay agad na pampubliko, sa imbakan ng materyales at, kung pipili ka ng sheet, sa pahina nito.
# unreviewed
kb-material-field-title = Pamagat
# unreviewed
kb-material-field-description = Paglalarawan (opsyonal)
# unreviewed
kb-material-field-language = Wika ng materyal
# unreviewed
kb-material-field-article = Ipakita sa sheet (opsyonal)
# unreviewed
kb-material-no-article = Sa imbakan lamang
# unreviewed
kb-material-what = Isang file o isang video
# unreviewed
kb-material-field-file = File
# unreviewed
kb-material-file-hint = PDF, mga larawang PNG, JPEG o WebP, audio na MP3, M4A o Ogg.
# unreviewed
kb-material-limit = Hanggang { $size } MB.
# unreviewed
kb-material-field-video = O ang address ng isang video (https://…)
# unreviewed
kb-material-save = Idagdag ang materyal
# unreviewed
kb-material-add = Magdagdag ng materyal
# unreviewed
kb-material-remove = Alisin
# unreviewed
kb-material-added = Naidagdag ang materyal: pampubliko na ito.
# unreviewed
kb-material-removed = Inalis ang materyal, kasama ang file nito.
# unreviewed
kb-material-error-title = Sumulat ng pamagat (hanggang 200 character).
# unreviewed
kb-material-error-description = Masyadong mahaba ang paglalarawan (hanggang 2,000 character).
# unreviewed
kb-material-error-language = Piliin ang wika ng materyal.
# unreviewed
kb-material-error-article = Pumili ng sheet ng parehong hub, o wala.
# unreviewed
kb-material-error-file-or-video = Pumili ng file o isulat ang address ng video, hindi pareho.
# unreviewed
kb-material-error-too-large = Masyadong malaki ang file: hindi ito na-save. Paliitin at piliin ulit.
# unreviewed
kb-material-error-type = Ang file na ito ay hindi PDF, larawan (PNG, JPEG, WebP) o audio (MP3, M4A, Ogg): iyan ang sinasabi ng nilalaman nito, anuman ang pangalan. Hindi ito na-save.
# unreviewed
kb-material-error-video = Isulat ang buong address ng video, na nagsisimula sa https://.

# unreviewed
kb-tr-status-legal = naghihintay ng legal na pagsusuri ng hub
# unreviewed
kb-tr-notice-legal = Nagbago ang isang batas na binanggit sa sheet na ito: sinusuri ng hub ang teksto, at pagkatapos ay ia-update din ang salin na ito.

# unreviewed
kb-links-services = Mga service card na iyong pinangangalagaan
