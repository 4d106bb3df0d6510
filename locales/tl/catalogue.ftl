# Sportello — Tagalog/Filipino translation (machine draft, unreviewed). Draft na salin sa Tagalog: bawat mensahe ay draft na hinihintay pang suriin ng isang taong matatas sa wika. Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages.

# unreviewed
catalogue-title = Mga online na serbisyo
# unreviewed
catalogue-intro = Mga serbisyong magagamit ninyo mula sa bahay, sa telepono o computer: sino ang nag-aalok, para saan ang mga ito at ano ang kailangan ninyo para makapag-log in.
# unreviewed
catalogue-help = Kung kailangan ninyo ng tulong sa paggamit ng mga ito, matutulungan kayo ng isang tanggapan ng network.
# unreviewed
catalogue-help-link = Maghanap ng tanggapan
# unreviewed
catalogue-empty = Wala pang online na serbisyo sa katalogo.
# unreviewed
catalogue-breadcrumb-label = Kinaroroonan sa site
# unreviewed
catalogue-categories-heading = Mga kategorya
# unreviewed
catalogue-category-vita-del-cittadino = Pang-araw-araw na buhay at mga dokumento
# unreviewed
catalogue-category-istruzione = Edukasyon
# unreviewed
catalogue-category-cultura = Kultura
# unreviewed
catalogue-category-lavoro-formazione = Trabaho at pagsasanay
# unreviewed
catalogue-category-salute = Kalusugan
# unreviewed
catalogue-provider = Nag-aalok:
# unreviewed
catalogue-what = Ano ito:
# unreviewed
catalogue-who = Sino ang puwedeng gumamit:
# unreviewed
catalogue-login = Ano ang kailangan para makapag-log in
# unreviewed
catalogue-login-spid = SPID (pampublikong digital na pagkakakilanlan ng Italya)
# unreviewed
catalogue-login-cie = CIE (elektronikong ID card ng Italya)
# unreviewed
catalogue-login-cns = CNS (health card na may chip, tessera sanitaria)
# unreviewed
catalogue-login-none = Hindi kailangan ng digital na pagkakakilanlan
# unreviewed
catalogue-plain-note = Sa simpleng salita:
# unreviewed
catalogue-open-online = Pumunta sa online na serbisyo
# unreviewed
catalogue-external = ibang website
# unreviewed
catalogue-details = Detalye ng serbisyo
# unreviewed
catalogue-service-kicker = Detalye ng serbisyo
# unreviewed
catalogue-toc-heading = Sa pahinang ito
# unreviewed
catalogue-sec-what = Ano ito
# unreviewed
catalogue-sec-who = Para kanino
# unreviewed
catalogue-sec-how = Paano gawin
# unreviewed
catalogue-sec-need = Ano ang kailangan
# unreviewed
catalogue-sec-get = Ano ang makukuha
# unreviewed
catalogue-sec-time = Tagal at mga deadline
# unreviewed
catalogue-sec-cost = Magkano
# unreviewed
catalogue-sec-access = Gamitin ang serbisyo
# unreviewed
catalogue-sec-more = Karagdagang impormasyon
# unreviewed
catalogue-sec-contacts = Mga contact
# unreviewed
catalogue-sec-updated = Huling update
# unreviewed
catalogue-not-stated = Walang impormasyon: magtanong sa isang tanggapan.
# unreviewed
catalogue-no-documents = Walang espesyal na dokumentong kailangan.
# unreviewed
catalogue-access-online = Online
# unreviewed
catalogue-access-book = Magpa-appointment
# unreviewed
catalogue-by-appointment = Sa appointment ang serbisyong ito: makipag-ugnayan sa isa sa mga tanggapan sa ibaba para magpa-appointment.
# unreviewed
catalogue-access-where = Saan
# unreviewed
catalogue-access-ask = Para malaman kung saan hihingin ang serbisyong ito, lumapit sa isang tanggapan ng network.
# unreviewed
catalogue-channels = Paano ninyo ito magagamit:
# unreviewed
# "allo sportello" here is the provider's office counter, not necessarily a desk of this network.
catalogue-channel-in-person = nang personal sa opisina
# unreviewed
catalogue-channel-phone = sa telepono
# unreviewed
catalogue-channel-online = online
# unreviewed
catalogue-channel-video = sa video call
# unreviewed
catalogue-themes = Mga paksa:
# unreviewed
catalogue-category = Kategorya sa katalogo:
# unreviewed
catalogue-provider-website = Website ng nag-aalok
# unreviewed
catalogue-contacts-desks = Para sa impormasyon, puwede kayong lumapit sa isang tanggapan ng network.
# unreviewed
catalogue-phone = Telepono:
# unreviewed
catalogue-email = Email:
# unreviewed
catalogue-desk-level-l1 = tanggapan ng unang ugnayan
# unreviewed
catalogue-desk-level-l2 = espesyal na tanggapan
# unreviewed
catalogue-desk-level-hub = sentrong pampaksa
# unreviewed
catalogue-cost-free = libre
# unreviewed
catalogue-cost-euro = { $amount } euro

## Editing services in the workspace.

# unreviewed
ws-services-title = Mga serbisyo
# unreviewed
ws-services-intro = Ang mga serbisyong puwede ninyong i-edit: ang mga iniaalok sa inyong mga tanggapan at ang mga serbisyo ng inyong mga organisasyon.
# unreviewed
ws-services-empty = Walang serbisyong sakop ng inyong mga tungkulin.

# unreviewed
service-edit-title = I-edit ang serbisyo
# unreviewed
service-edit-back = Bumalik sa serbisyo
# unreviewed
service-edit-link = I-edit ang mga detalye ng serbisyo
# unreviewed
service-edit-name = Pangalan ng serbisyo
# unreviewed
service-edit-eligibility = Sino ang puwedeng humingi nito
# unreviewed
service-edit-application = Paano ito hihingin
# unreviewed
service-edit-outcome = Ano ang makukuha
# unreviewed
service-edit-wait-time = Gaano katagal
# unreviewed
service-edit-fees = Mga bayarin
# unreviewed
service-edit-documents = Mga dokumentong dadalhin
# unreviewed
service-edit-documents-hint = Isang dokumento bawat linya.
# unreviewed
service-edit-url = Web address ng serbisyo
# unreviewed
service-edit-channels = Paano ginagamit ang serbisyo
# unreviewed
service-edit-login-hint = Para sa mga online na serbisyo lamang.
# unreviewed
service-edit-plain-note = Paalala sa simpleng salita
# unreviewed
service-edit-plain-note-hint = Para sa mga nagbabasa ng Italyano bilang pangalawang wika: maiikling pangungusap, karaniwang salita.

# unreviewed
service-edit-error-name = Isulat ang pangalan ng serbisyo (hanggang 200 character).
# unreviewed
service-edit-error-organisation-only = Ang mga editor lamang ng organisasyong nagbibigay ng serbisyo ang maaaring magbago ng field na ito.
# unreviewed
service-edit-error-channels = Pumili ng kahit isang paraan ng paggamit ng serbisyo.
# unreviewed
service-edit-error-login = Para lamang sa mga online na serbisyo ang pag-log in gamit ang SPID, CIE o CNS, at kapag pinili ang «Hindi kailangan ng digital na pagkakakilanlan», hindi na puwedeng piliin ang iba.
# unreviewed
service-edit-error-documents = Hanggang 30 dokumento, at hanggang 300 character ang bawat isa.

# unreviewed
edit-field-eligibility_description = Sino ang puwedeng humingi nito
# unreviewed
edit-field-application_process = Paano ito hihingin
# unreviewed
edit-field-outcome = Ano ang makukuha
# unreviewed
edit-field-wait_time = Gaano katagal
# unreviewed
edit-field-fees_description = Mga bayarin
# unreviewed
edit-field-url = Web address
# unreviewed
edit-field-plain_note = Paalala sa simpleng salita
# unreviewed
edit-field-login = Online na pag-log in
# unreviewed
edit-field-required_documents = Mga dokumento
