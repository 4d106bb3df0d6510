### Knowledge base: procedure sheets, FAQ, guides and news of the thematic hubs.

# unreviewed
workspace-nav-kb = Fletë informative

## Kinds, states and sections

# unreviewed
kb-kind-sheet = Fletë procedure
# unreviewed
kb-kind-faq = Pyetje e shpeshtë
# unreviewed
kb-kind-guide = Udhëzues
# unreviewed
kb-kind-news = Lajm
# unreviewed
kb-status-draft = Draft
# unreviewed
kb-status-in_review = Në rishikim
# unreviewed
kb-status-published = E publikuar
# unreviewed
kb-status-archived = E arkivuar
# unreviewed
kb-section-what = Çfarë është
# unreviewed
kb-section-who = Për kë është
# unreviewed
kb-section-how = Si të veproni
# unreviewed
kb-section-needs = Çfarë ju duhet
# unreviewed
kb-section-outcome = Çfarë merrni
# unreviewed
kb-section-time = Kohët dhe afatet
# unreviewed
kb-section-cost = Sa kushton
# unreviewed
kb-section-where = Ku të drejtoheni
# unreviewed
kb-section-legal_basis = Referencat ligjore
# unreviewed
kb-section-more = Më shumë informacion
# unreviewed
kb-section-contacts = Kontaktet
# unreviewed
kb-section-last_update = Përditësimi i fundit
# unreviewed
kb-prereq-codice-fiscale = Codice fiscale (kodi fiskal)
# unreviewed
kb-prereq-tessera-sanitaria = Tessera sanitaria (karta shëndetësore)
# unreviewed
kb-prereq-spid-cie = SPID ose CIE
# unreviewed
kb-prereq-residenza = Rezidenca e regjistruar (residenza)
# unreviewed
kb-prereq-pec = PEC (email i certifikuar)

## Public pages

# unreviewed
kb-theme-empty = Ende nuk ka fletë për këtë temë.
# unreviewed
kb-theme-desks = Gjeni një zyrë që merret me këtë temë
# unreviewed
kb-texts-in-italian = Fletët janë shkruar në italisht.
# unreviewed
kb-legal-review = Kjo fletë po përditësohet pas një ndryshimi të ligjit.
# unreviewed
kb-legal-review-short = për t'u verifikuar: ligji ka ndryshuar
# unreviewed
kb-owner = Përgatitur nga
# unreviewed
kb-prerequisites = Së pari ju duhet
# unreviewed
kb-steps = Hapat
# unreviewed
kb-step-who = Kush
# unreviewed
kb-step-where = Ku
# unreviewed
kb-step-bring = Çfarë të merrni me vete
# unreviewed
kb-step-cost = Kostoja
# unreviewed
kb-step-time = Koha
# unreviewed
kb-variant-yours = Në zonën tuaj:
# unreviewed
kb-variants-other = Si funksionon në zona të tjera
# unreviewed
kb-area-hint = Në disa zona hapat janë të ndryshëm.
# unreviewed
kb-area-choose = Zgjidhni zyrën tuaj për të parë si funksionon aty ku jetoni.
# unreviewed
kb-desks = Zyrat që mund t'ju ndihmojnë
# unreviewed
kb-review-by = Verifikimi i radhës deri më
# unreviewed
kb-withdrawn-title = Fletë e tërhequr
# unreviewed
kb-withdrawn-text = Kjo fletë nuk është më e vlefshme dhe është tërhequr:
# unreviewed
kb-withdrawn-replaced = Në vend të saj gjeni:
# unreviewed
kb-withdrawn-ask = Kërkojini një zyre informacion të përditësuar

## Workspace

# unreviewed
kb-ws-title = Fletë informative
# unreviewed
kb-ws-new-title = Fletë e re
# unreviewed
kb-ws-editor-title = Ndryshimi i fletës
# unreviewed
kb-ws-history-title = Versionet e fletës
# unreviewed
kb-ws-new-sheet = Fletë e re
# unreviewed
kb-ws-new-faq = Pyetje e re e shpeshtë
# unreviewed
kb-ws-empty = Nuk ka fletë që mund t'i shkruani ose t'i rishikoni.
# unreviewed
kb-ws-back = Kthehuni te fletët
# unreviewed
kb-ws-back-editor = Kthehuni te fleta
# unreviewed
kb-ws-create = Krijoni draftin
# unreviewed
kb-ws-save = Ruani një version të ri
# unreviewed
kb-ws-edit-heading = Teksti
# unreviewed
kb-ws-history-link = Versionet dhe ndryshimet
# unreviewed
kb-ws-version = versioni { $n }
# unreviewed
kb-ws-published-version = e publikuar: versioni { $n }
# unreviewed
kb-ws-moved = U bë. Tani fleta është:
# unreviewed
kb-field-title = Titulli
# unreviewed
kb-field-summary = Shkurt
# unreviewed
kb-field-tags = Fjalë kyçe (të ndara me presje)
# unreviewed
kb-field-kind = Lloji
# unreviewed
kb-field-theme = Tema
# unreviewed
kb-field-hub = Qendra tematike përgjegjëse
# unreviewed
kb-field-status = Gjendja
# unreviewed
kb-field-slug = Adresa e faqes
# unreviewed
kb-field-slug-hint = Shkronja të vogla, shifra dhe viza, për shembull rinnovo-permesso.
# unreviewed
kb-field-online-url = Shërbimi online (adresë http ose https)
# unreviewed
kb-field-body = Teksti (Markdown)
# unreviewed
kb-steps-hint = Plotësoni një rresht për çdo hap të procedurës. Një hap bosh nuk ruhet.
# unreviewed
kb-step-n = Hapi { $n }
# unreviewed
kb-variant-n = Varianti lokal { $n }
# unreviewed
kb-variant-area = Zona
# unreviewed
kb-variant-area-hint = Zona e një varianti: shkurtimi i provincës (për shembull BO) ose desk: i ndjekur nga adresa e një zyre (për shembull desk:hub-salute).
# unreviewed
kb-variant-label = Emri që shfaqet (për shembull Questura di Bologna)
# unreviewed
kb-minor = Korrigjim i vogël (gabime shtypi): përkthimet mbeten të vlefshme
# unreviewed
kb-minor-short = i vogël
# unreviewed
kb-part-title = Titulli
# unreviewed
kb-part-summary = Shkurt
# unreviewed
kb-part-who = Kush
# unreviewed
kb-part-where = Ku
# unreviewed
kb-part-bring = Çfarë të merrni me vete
# unreviewed
kb-part-cost = Kostoja
# unreviewed
kb-part-time = Koha
# unreviewed
kb-part-text = Teksti
# unreviewed
kb-part-label = Emri i variantit
# unreviewed
kb-part-online_url = Shërbimi online
# unreviewed
kb-part-body = Teksti
# unreviewed
kb-part-step = Hapi { $n }: { $field }
# unreviewed
kb-workflow = Rishikimi dhe publikimi
# unreviewed
kb-four-eyes-on = Në këtë qendër tematike, një version duhet ta publikojë një person tjetër nga ai që e ka shkruar.
# unreviewed
kb-comment = Koment
# unreviewed
kb-comment-add = Shtoni komentin
# unreviewed
kb-comments = Komentet e rishikimit
# unreviewed
kb-comments-empty = Ende nuk ka komente.
# unreviewed
kb-publish-at = Publikoni më (jo e detyrueshme)
# unreviewed
kb-publish-at-hint = Ora e Romës. Lëreni bosh për ta publikuar menjëherë.
# unreviewed
kb-action-submit = Dërgojeni për rishikim
# unreviewed
kb-action-return = Kthejeni te autori
# unreviewed
kb-action-publish = Miratojeni dhe publikojeni
# unreviewed
kb-action-archive = Arkivojeni
# unreviewed
kb-action-reopen = Rihapeni si draft
# unreviewed
kb-conflict-title = Dikush ruajti versionin { $n } ndërsa ju shkruanit
# unreviewed
kb-conflict-text = Teksti i { $editor } është më poshtë; teksti juaj ka mbetur në formular. Nëse e ruani përsëri, teksti juaj bëhet versioni i radhës.
# unreviewed
kb-diff-from = Nga versioni
# unreviewed
kb-diff-to = Te versioni
# unreviewed
kb-diff-compare = Krahasoni
# unreviewed
kb-diff-heading = Ndryshimet nga versioni { $from } te versioni { $to }
# unreviewed
kb-diff-none = Nuk ka ndryshime në tekst.
# unreviewed
kb-diff-legend = Teksti i hequr është i vizuar përmes, teksti i shtuar është i nënvizuar.
# unreviewed
kb-versions = Të gjitha versionet
# unreviewed
kb-version = Versioni
# unreviewed
kb-editor-system = ngarkimi fillestar

## Refusals and form errors

# unreviewed
kb-refused-not-reviewer = Këtë mund ta bëjnë vetëm ata që rishikojnë fletët e kësaj qendre tematike.
# unreviewed
kb-refused-transition = Ky kalim nuk është i mundur nga gjendja aktuale e fletës.
# unreviewed
kb-refused-stale = Ndërkohë fleta ka ndryshuar. Shikoni versionin e ri dhe provoni përsëri.
# unreviewed
kb-refused-comment-needed = Shkruani një koment që shpjegon çfarë duhet ndryshuar.
# unreviewed
kb-refused-four-eyes = Nuk mund të publikoni një version që e keni shkruar vetë: duhet ta miratojë një person tjetër.
# unreviewed
kb-refused-schedule-past = Data e publikimit duhet të jetë në të ardhmen.
# unreviewed
kb-refused-schedule-invalid = Data e publikimit nuk është e vlefshme.
# unreviewed
kb-error-kind = Zgjidhni llojin e fletës.
# unreviewed
kb-error-theme = Zgjidhni një temë.
# unreviewed
kb-error-hub = Zgjidhni një qendër tematike për të cilën mund të shkruani.
# unreviewed
kb-error-slug = Adresa mund të ketë vetëm shkronja të vogla, shifra dhe viza.
# unreviewed
kb-error-slug-taken = Në këtë temë ekziston tashmë një fletë me këtë adresë.
# unreviewed
kb-error-title-missing = Shkruani titullin.
# unreviewed
kb-error-too-long = Teksti është shumë i gjatë.
# unreviewed
kb-error-url = Shërbimi online duhet të jetë një adresë http ose https.
# unreviewed
kb-error-prerequisite = Një nga kërkesat nuk është ndër ato të parashikuara.
# unreviewed
kb-error-too-many-steps = Ka shumë hapa ose variante.
# unreviewed
kb-error-step-title = Çdo hap ka nevojë për një titull.
# unreviewed
kb-error-variant = Çdo variant ka nevojë për një emër dhe një tekst.
# unreviewed
kb-error-variant-area = Zona e një varianti është shkurtimi i një province (BO) ose desk: dhe adresa e një zyre.
# unreviewed
kb-error-norm = Një nga referencat ligjore nuk është në regjistër.

## Writing aids

# unreviewed
kb-aids = Ndihmë për shkrimin
# unreviewed
kb-aids-unsaved = Po kontrollojmë tekstin ashtu siç e keni shkruar: ende nuk është ruajtur.
# unreviewed
kb-aids-gulpease = Indeksi Gulpease { $score }: { $level }
# unreviewed
kb-aids-level-elementary = i lehtë për ata që kanë dëftesën e shkollës fillore
# unreviewed
kb-aids-level-middle = i lehtë për ata që kanë dëftesën e arsimit të mesëm të ulët
# unreviewed
kb-aids-level-high-school = i lehtë për ata që kanë diplomë të arsimit të mesëm të lartë
# unreviewed
kb-aids-level-hard = i vështirë edhe për ata që kanë diplomë të arsimit të mesëm të lartë
# unreviewed
kb-aids-nothing = Ende nuk ka tekst për të matur.
# unreviewed
kb-aids-needs-override = Për ta publikuar këtë fletë, personi që e rishikon duhet të shkruajë pse duhet publikuar kështu: lexueshmëria është nën 50 ose ka një fjalë që duhet shmangur sipas Carta di Roma.
# unreviewed
kb-aids-long = Fjali të gjata
# unreviewed
kb-aids-words = { $count ->
    [one] { $count } fjalë
   *[other] { $count } fjalë
}
# unreviewed
kb-aids-words-heading = Fjalë për t'u ndryshuar
# unreviewed
kb-aids-carta = Carta di Roma
# unreviewed
kb-aids-check = Kontrolloni tekstin
# unreviewed
kb-override-reason = Pse duhet publikuar gjithsesi (e detyrueshme)
# unreviewed
kb-refused-needs-override = Ndihma për shkrimin e sinjalizon këtë fletë: për ta publikuar, shkruani pse duhet publikuar kështu.
# unreviewed
kb-refused-override-too-long = Arsyetimi është shumë i gjatë.

## The register of norms

# unreviewed
workspace-nav-norms = Referencat ligjore
# unreviewed
kb-norms-title = Regjistri i akteve ligjore
# unreviewed
kb-norms-intro = Aktet ligjore që citohen në fletë. Kur një akt ligjor ndryshon, sinjalizoni ndryshimin: fletët që e citojnë bëhen «për t'u verifikuar: ligji ka ndryshuar» dhe qendrat tematike përgjegjëse marrin një email.
# unreviewed
kb-norms-norm = Akti ligjor
# unreviewed
kb-norms-articles = Fletët që e citojnë
# unreviewed
kb-norms-changed = Ndryshimi i fundit i sinjalizuar
# unreviewed
kb-norms-mark = Sinjalizoni që ka ndryshuar
# unreviewed
kb-norms-cited = { $count ->
    [one] { $count } fletë
   *[other] { $count } fletë
}
# unreviewed
kb-norms-flagged = { $count ->
    [one] U bë: tani { $count } fletë duhet verifikuar.
   *[other] U bë: tani { $count } fletë duhen verifikuar.
}
# unreviewed
kb-norms-add = Shtoni ose korrigjoni një akt ligjor
# unreviewed
kb-norms-url = Adresa zyrtare (për shembull Normattiva)
# unreviewed
kb-norms-save = Ruani aktin ligjor
# unreviewed
kb-norm-mail-subject = Akt ligjor i ndryshuar: { $norm }
# unreviewed
kb-norm-mail-body = U sinjalizua një ndryshim në { $norm }. Këto fletë të qendrës suaj tematike e citojnë dhe tani janë «për t'u verifikuar: ligji ka ndryshuar»; në portal shfaqin një njoftim derisa t'i publikoni përsëri pas verifikimit:

    { $articles }
# unreviewed
kb-ws-legal-pending = { $count ->
    [one] { $count } fletë për t'u verifikuar pas një ndryshimi të ligjit.
   *[other] { $count } fletë për t'u verifikuar pas një ndryshimi të ligjit.
}

## Translations of articles

# unreviewed
kb-tr-notice-missing = Kjo fletë ende nuk është përkthyer në gjuhën tuaj: më poshtë gjeni tekstin në italisht.
# unreviewed
kb-tr-notice-outdated = Teksti në italisht ka ndryshuar pas këtij përkthimi: disa informacione mund të mos jenë të përditësuara.
# unreviewed
kb-tr-notice-machine = Përkthyer automatikisht, ende pa u kontrolluar nga një person.
# unreviewed
kb-tr-notice-current = Përkthim i kontrolluar kundrejt origjinalit në italisht.
# unreviewed
kb-tr-original = Lexoni origjinalin në italisht
# unreviewed
kb-tr-status-missing = për t'u përkthyer
# unreviewed
kb-tr-status-outdated = për t'u përditësuar
# unreviewed
kb-tr-status-machine = përkthim automatik për t'u kontrolluar
# unreviewed
kb-tr-status-current = i përditësuar
# unreviewed
kb-tr-queue-title = Fletë për t'u përkthyer
# unreviewed
kb-tr-title = Përkthimi i fletës
# unreviewed
kb-tr-back = Kthehuni te fletët për t'u përkthyer
# unreviewed
kb-tr-diff = Çfarë ka ndryshuar në tekstin në italisht që nga përkthimi juaj
# unreviewed
kb-tr-source = Teksti në italisht
# unreviewed
kb-tr-yours = Përkthimi juaj
# unreviewed
kb-tr-save = Ruani përkthimin
# unreviewed
kb-tr-stale = Ndërkohë teksti në italisht është publikuar përsëri. Shikoni ndryshimet dhe ruani përsëri.
# unreviewed
workspace-nav-kb-translations = Fletë për t'u përkthyer

## Exchange with translation agencies (XLIFF 2.0)

# unreviewed
kb-xliff-title = Shkëmbimi me agjencitë e përkthimit (XLIFF 2.0)
# unreviewed
kb-xliff-intro = Shkarkoni një skedar XLIFF 2.0 me tekstin në italisht për t'u përkthyer dhe, kur agjencia jua kthen, importojeni këtu. Nëse skedari ka një gabim, nuk importohet asgjë.
# unreviewed
kb-xliff-download-todo = Shkarkoni fletët për t'u përkthyer ose për t'u përditësuar
# unreviewed
kb-xliff-download-all = Shkarkoni të gjitha fletët e publikuara
# unreviewed
kb-xliff-file = Skedari XLIFF i agjencisë
# unreviewed
kb-xliff-import = Importoni përkthimet
# unreviewed
kb-xliff-imported = { $count ->
    [one] U importua { $count } përkthim.
   *[other] U importuan { $count } përkthime.
}
# unreviewed
kb-xliff-refused = Nuk u importua asgjë. Korrigjoni skedarin dhe provoni përsëri:
# unreviewed
kb-xliff-problem = Rreshti { $line }: { $reason }
# unreviewed
kb-xliff-no-file = Zgjidhni një skedar XLIFF për ta importuar.
# unreviewed
kb-xliff-too-large = Skedari është më i madh se { $max } MB.
# unreviewed
kb-xliff-encoding = Skedari nuk është tekst në UTF-8.
# unreviewed
kb-xliff-error-malformed = kodi XML nuk është shkruar saktë
# unreviewed
kb-xliff-error-not-xliff = ky nuk është skedar XLIFF 2.0
# unreviewed
kb-xliff-error-doctype = një deklaratë DOCTYPE nuk pranohet
# unreviewed
kb-xliff-error-entity = entiteti &{ $name }; nuk njihet
# unreviewed
kb-xliff-error-missing-attribute = mungon atributi { $name }
# unreviewed
kb-xliff-error-unexpected = elementi <{ $name }> nuk pritet këtu
# unreviewed
kb-xliff-error-inline-code = kodi brenda rreshtit <{ $name }> nuk mbështetet
# unreviewed
kb-xliff-error-duplicate-unit = njësia { $name } shfaqet dy herë
# unreviewed
kb-xliff-error-bad-version = versioni { $name } nuk është numër
# unreviewed
kb-xliff-error-language = gjuhët e skedarit ({ $name }) nuk janë nga italishtja në këtë gjuhë
# unreviewed
kb-xliff-error-unknown-article = fleta { $name } nuk ekziston ose nuk është më e publikuar
# unreviewed
kb-xliff-error-stale = teksti në italisht i { $name } ka ndryshuar pas eksportimit: shkarkojeni përsëri skedarin
# unreviewed
kb-xliff-error-unknown-unit = njësia { $name } nuk është pjesë e fletës
# unreviewed
kb-xliff-error-untranslated = njësia { $name } nuk është përkthyer
# unreviewed
kb-xliff-error-invalid = fusha { $name } nuk është e vlefshme

## Sheets due for review

# unreviewed
workspace-nav-kb-review = Fletë për t'u rishikuar
# unreviewed
kb-review-title = Fletë për t'u rishikuar
# unreviewed
kb-review-intro = Fletët e publikuara të qendrave tuaja tematike që e kanë kaluar datën e rishikimit ose që e arrijnë brenda 30 ditëve.
# unreviewed
kb-review-due = Për t'u rishikuar deri më
# unreviewed
kb-review-overdue = e skaduar
# unreviewed
kb-review-soon = skadon së shpejti
# unreviewed
kb-review-none = Asnjë fletë nuk duhet rishikuar.
# unreviewed
kb-review-mark = Konfirmoj që është ende e saktë
# unreviewed
kb-review-marked = Fleta u konfirmua: rishikimi i radhës duhet bërë deri më { $date }.

## Readers' ratings

# unreviewed
kb-rating-legend = A ishte e qartë kjo faqe?
# unreviewed
kb-rating-1 = Aspak e qartë
# unreviewed
kb-rating-2 = Pak e qartë
# unreviewed
kb-rating-3 = Mjaft e qartë
# unreviewed
kb-rating-4 = E qartë
# unreviewed
kb-rating-5 = Shumë e qartë
# unreviewed
kb-rating-comment = Çfarë mungonte ose ishte e vështirë për t'u kuptuar? (jo e detyrueshme: mos shkruani të dhëna personale)
# unreviewed
kb-rating-send = Dërgoni
# unreviewed
kb-rating-thanks = Faleminderit: përgjigjja juaj na ndihmon ta përmirësojmë këtë faqe.
# unreviewed
kb-rating-invalid = Zgjidhni një përgjigje nga 1 deri në 5.
# unreviewed
kb-rating-too-long = Komenti është shumë i gjatë (jo më shumë se { $max } karaktere).
# unreviewed
kb-rating-limited = Shumë përgjigje nga lidhja juaj: provoni përsëri më vonë.
# unreviewed
kb-ratings-title = Përgjigjet e lexuesve
# unreviewed
kb-ratings-summary = { $count ->
    [one] { $count } përgjigje, mesatarja { $average } nga 5
   *[other] { $count } përgjigje, mesatarja { $average } nga 5
}
# unreviewed
kb-ratings-none = Asnjë lexues nuk është përgjigjur ende.
# unreviewed
kb-ratings-comments = Komentet e fundit
# unreviewed
kb-leaflet-link = Fletëpalosje për ta printuar (PDF, A4)
# unreviewed
kb-leaflet-scan = Skanoni kodin për faqen e përditësuar
# unreviewed
kb-replaced-by = Zëvendësuar nga (opsionale)
# unreviewed
kb-replaced-by-hint = Adresa e fletës së publikuar që zë vendin e saj, për shembull /it/salute/iscrizione-ssn. Faqja e tërhequr dhe kodet QR të fletëpalosjeve të printuara do të çojnë atje.
# unreviewed
kb-refused-replacement = Kjo adresë nuk është një fletë e publikuar: kontrollojeni dhe provoni përsëri, ose lëreni fushën bosh.
# unreviewed
kb-glossary = Termat e fjalorit
# unreviewed
kb-glossary-hint = Terma juridikë që përdor ky tekst: shkruajini gjithmonë kështu dhe shpjegojini lexuesit çfarë janë herën e parë.
# unreviewed
kb-glossary-count = herë në tekst: { $count }
# unreviewed
kb-glossary-translator = Fjalori për këtë gjuhë
# unreviewed
kb-glossary-translator-hint = Termat juridikë të tekstit italian me përkthimin e rënë dakord: përdoreni, që lexuesi të gjejë të njëjtat fjalë në zyra dhe në formularë.
# unreviewed
kb-glossary-unreviewed = përkthim ende i paverifikuar
# unreviewed
kb-glossary-none = asnjë përkthim i rënë dakord
# unreviewed
kb-mt = Përkthim automatik
# unreviewed
kb-mt-hint = Kërkoni një draft nga shërbimi i përkthimit automatik: publikohet me njoftimin «përkthyer automatikisht, ende i pakontrolluar» derisa ta rishikoni dhe ta ruani.
# unreviewed
kb-mt-action = Krijo një draft automatik
# unreviewed
kb-mt-done = Drafti automatik u ruajt: lexojeni dhe ruajeni për të hequr njoftimin.
# unreviewed
kb-mt-refused-readability = Teksti italian është shumë i vështirë për një përkthim automatik të mirë (indeksi Gulpease nën 50): kërkojini qendrës ta thjeshtojë, ose përktheni me dorë.
# unreviewed
kb-mt-refused-human = Kjo gjuhë ka tashmë një përkthim të bërë nga një person: nuk mbishkruhet. Përditësojeni me dorë me ndryshimet e tekstit italian.
# unreviewed
kb-mt-unavailable = Shërbimi i përkthimit automatik nuk përgjigjet: nuk u ruajt asgjë. Provoni më vonë ose përktheni me dorë.
# unreviewed
workspace-nav-kb-links = Lidhje për t'u korrigjuar
# unreviewed
kb-links-title = Lidhje për t'u korrigjuar
# unreviewed
kb-links-intro = Çdo natë kontrolluesi i lidhjeve viziton adresat e jashtme të fletëve të publikuara dhe të referencave ligjore, pa nxitim dhe kurrë drejt adresave të brendshme. Këtu janë ato të fletëve tuaja që nuk funksionojnë.
# unreviewed
kb-links-none = Asnjë lidhje për t'u korrigjuar në fletët tuaja.
# unreviewed
kb-links-broken = faqja përgjigjet me një gabim ({ $status })
# unreviewed
kb-links-refused = e pakontrolluar: nuk është adresë publike uebi
# unreviewed
kb-links-unreachable = faqja nuk përgjigjet

# unreviewed
workspace-nav-kb-materials = Materiale
# unreviewed
kb-materials-title = Materiale informuese
# unreviewed
kb-materials-intro = Fletëpalosje, imazhe, regjistrime audio dhe video të përgatitura nga qendrat tematike të rrjetit, në shumë gjuhë.
# unreviewed
kb-materials-filter = Filtro materialet
# unreviewed
kb-materials-format = Formati
# unreviewed
kb-materials-any-format = Çdo format
# unreviewed
kb-materials-submit = Shfaq
# unreviewed
kb-materials-found = Materiale
# unreviewed
kb-materials-none = Asnjë material me këto filtra.
# unreviewed
kb-materials-pages = Faqet e materialeve
# unreviewed
kb-materials-previous = Faqja e mëparshme
# unreviewed
kb-materials-next = Faqja tjetër
# unreviewed
kb-materials-of-article = Materiale për shkarkim
# unreviewed
kb-material-format-pdf = PDF
# unreviewed
kb-material-format-image = Imazh
# unreviewed
kb-material-format-audio = Audio
# unreviewed
kb-material-format-video = Video
# unreviewed
kb-material-size-kb = { $size } kB
# unreviewed
kb-material-size-mb = { $size } MB
# unreviewed
kb-materials-ws-title = Materialet e qendrave
# unreviewed
kb-materials-ws-intro = Ajo që shton këtu bëhet publike menjëherë, në arkivin e materialeve dhe, nëse zgjedh një fletë, në faqen e saj.
# unreviewed
kb-material-field-title = Titulli
# unreviewed
kb-material-field-description = Përshkrimi (opsional)
# unreviewed
kb-material-field-language = Gjuha e materialit
# unreviewed
kb-material-field-article = Shfaqe në fletë (opsionale)
# unreviewed
kb-material-no-article = Vetëm në arkiv
# unreviewed
kb-material-what = Një skedar ose një video
# unreviewed
kb-material-field-file = Skedari
# unreviewed
kb-material-file-hint = PDF, imazhe PNG, JPEG ose WebP, audio MP3, M4A ose Ogg.
# unreviewed
kb-material-limit = Më së shumti { $size } MB.
# unreviewed
kb-material-field-video = Ose adresa e një videoje (https://…)
# unreviewed
kb-material-save = Shto materialin
# unreviewed
kb-material-add = Shto një material
# unreviewed
kb-material-remove = Fshi
# unreviewed
kb-material-added = Materiali u shtua: tani është publik.
# unreviewed
kb-material-removed = Materiali u fshi, bashkë me skedarin.
# unreviewed
kb-material-error-title = Shkruaj një titull (më së shumti 200 shenja).
# unreviewed
kb-material-error-description = Përshkrimi është shumë i gjatë (më së shumti 2.000 shenja).
# unreviewed
kb-material-error-language = Zgjidh gjuhën e materialit.
# unreviewed
kb-material-error-article = Zgjidh një fletë të së njëjtës qendër, ose asnjë.
# unreviewed
kb-material-error-file-or-video = Zgjidh një skedar ose shkruaj adresën e një videoje, jo të dyja.
# unreviewed
kb-material-error-too-large = Skedari është shumë i madh: nuk u ruajt. Zvogëloje dhe zgjidhe përsëri.
# unreviewed
kb-material-error-type = Ky skedar nuk është PDF, imazh (PNG, JPEG, WebP) apo audio (MP3, M4A, Ogg): këtë e thotë përmbajtja e tij, çfarëdo emri të ketë. Nuk u ruajt.
# unreviewed
kb-material-error-video = Shkruaj adresën e plotë të videos, që fillon me https://.

# unreviewed
kb-tr-status-legal = në pritje të verifikimit ligjor të qendrës
# unreviewed
kb-tr-notice-legal = Një normë e cituar në këtë fletë ka ndryshuar: qendra po verifikon tekstin, pastaj do të përditësohet edhe ky përkthim.

# unreviewed
kb-links-services = Fletët e shërbimeve që mban
