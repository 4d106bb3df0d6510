# Sportello — Albanian (shqip) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Albanian reviewer.

### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages. — Katalogu i shërbimeve online dhe faqet e shërbimeve

# unreviewed
catalogue-title = Shërbime online
# unreviewed
catalogue-intro = Shërbimet që mund t'i përdorni nga shtëpia, me telefon ose me kompjuter: kush i ofron, për çfarë shërbejnë dhe çfarë ju duhet për të hyrë.
# unreviewed
catalogue-help = Nëse keni nevojë për ndihmë për t'i përdorur, një zyrë e rrjetit mund t'ju ndihmojë.
# unreviewed
catalogue-help-link = Gjeni një zyrë
# unreviewed
catalogue-empty = Ende nuk ka shërbime online në katalog.
# unreviewed
catalogue-breadcrumb-label = Shtegu i navigimit
# unreviewed
catalogue-categories-heading = Kategoritë
# unreviewed
catalogue-category-vita-del-cittadino = Jeta e përditshme dhe dokumentet
# unreviewed
catalogue-category-istruzione = Arsimi
# unreviewed
catalogue-category-cultura = Kultura
# unreviewed
catalogue-category-lavoro-formazione = Puna dhe formimi
# unreviewed
catalogue-category-salute = Shëndetësia
# unreviewed
catalogue-provider = Ofruesi:
# unreviewed
catalogue-what = Çfarë është:
# unreviewed
catalogue-who = Kush mund ta përdorë:
# unreviewed
catalogue-login = Çfarë ju duhet për të hyrë
# unreviewed
catalogue-login-spid = SPID (identiteti dixhital publik italian)
# unreviewed
catalogue-login-cie = CIE (karta elektronike italiane e identitetit)
# unreviewed
catalogue-login-cns = CNS (karta shëndetësore me çip, tessera sanitaria)
# unreviewed
catalogue-login-none = Nuk ju duhet identitet dixhital
# unreviewed
catalogue-plain-note = Me fjalë të thjeshta:
# unreviewed
catalogue-open-online = Shkoni te shërbimi online
# unreviewed
catalogue-external = faqe e jashtme
# unreviewed
catalogue-details = Detajet e shërbimit
# unreviewed
catalogue-service-kicker = Detajet e shërbimit
# unreviewed
catalogue-toc-heading = Në këtë faqe
# unreviewed
catalogue-sec-what = Çfarë është
# unreviewed
catalogue-sec-who = Për kë është
# unreviewed
catalogue-sec-how = Si të veproni
# unreviewed
catalogue-sec-need = Çfarë ju duhet
# unreviewed
catalogue-sec-get = Çfarë merrni
# unreviewed
catalogue-sec-time = Kohët dhe afatet
# unreviewed
catalogue-sec-cost = Sa kushton
# unreviewed
catalogue-sec-access = Hyni në shërbim
# unreviewed
catalogue-sec-more = Më shumë informacion
# unreviewed
catalogue-sec-contacts = Kontaktet
# unreviewed
catalogue-sec-updated = Përditësimi i fundit
# unreviewed
catalogue-not-stated = Informacioni nuk është i disponueshëm: pyesni në një zyrë.
# unreviewed
catalogue-no-documents = Nuk nevojiten dokumente të veçanta.
# unreviewed
catalogue-access-online = Online
# unreviewed
catalogue-access-book = Rezervoni
# unreviewed
catalogue-by-appointment = Shërbimi është me takim: kontaktoni një nga zyrat më poshtë për ta caktuar.
# unreviewed
catalogue-access-where = Ku
# unreviewed
catalogue-access-ask = Për të ditur ku ta kërkoni këtë shërbim, drejtojuni një zyre të rrjetit.
# unreviewed
catalogue-channels = Si mund ta përdorni:
# unreviewed
catalogue-channel-in-person = në zyrë
# unreviewed
catalogue-channel-phone = me telefon
# unreviewed
catalogue-channel-online = online
# unreviewed
catalogue-channel-video = me videotelefonatë
# unreviewed
catalogue-themes = Temat:
# unreviewed
catalogue-category = Kategoria e katalogut:
# unreviewed
catalogue-provider-website = Faqja e internetit e ofruesit
# unreviewed
catalogue-contacts-desks = Për informacion mund t'i drejtoheni një zyre të rrjetit.
# unreviewed
catalogue-phone = Telefoni:
# unreviewed
catalogue-email = Email:
# unreviewed
catalogue-desk-level-l1 = zyrë e kontaktit të parë
# unreviewed
catalogue-desk-level-l2 = zyrë e specializuar
# unreviewed
catalogue-desk-level-hub = qendër tematike
# unreviewed
catalogue-cost-free = falas
# unreviewed
catalogue-cost-euro = { $amount } euro

## Editing services in the workspace. — Ndryshimi i shërbimeve

# unreviewed
ws-services-title = Shërbimet
# unreviewed
ws-services-intro = Shërbimet që mund t'i ndryshoni: ato që ofrohen nga zyrat tuaja dhe ato të organizatave tuaja.
# unreviewed
ws-services-empty = Asnjë shërbim nuk hyn në rolet tuaja.

# unreviewed
service-edit-title = Ndryshoni shërbimin
# unreviewed
service-edit-back = Kthehuni te shërbimi
# unreviewed
service-edit-link = Ndryshoni të dhënat e shërbimit
# unreviewed
service-edit-name = Emri i shërbimit
# unreviewed
service-edit-eligibility = Kush mund ta kërkojë
# unreviewed
service-edit-application = Si kërkohet
# unreviewed
service-edit-outcome = Çfarë merrni
# unreviewed
service-edit-wait-time = Kohët
# unreviewed
service-edit-fees = Kostot
# unreviewed
service-edit-documents = Dokumentet që duhen sjellë
# unreviewed
service-edit-documents-hint = Një dokument për çdo rresht.
# unreviewed
service-edit-url = Adresa e internetit e shërbimit
# unreviewed
service-edit-channels = Si përdoret shërbimi
# unreviewed
service-edit-login-hint = Vetëm për shërbimet online.
# unreviewed
service-edit-plain-note = Shënim me fjalë të thjeshta
# unreviewed
service-edit-plain-note-hint = Për ata që e lexojnë italishten si gjuhë të dytë: fjali të shkurtra, fjalë të zakonshme.

# unreviewed
service-edit-error-name = Shkruani emrin e shërbimit (maksimumi 200 karaktere).
# unreviewed
service-edit-error-organisation-only = Këtë fushë mund ta ndryshojnë vetëm redaktorët e entit që ofron shërbimin.
# unreviewed
service-edit-error-channels = Zgjidhni të paktën një mënyrë për të përdorur shërbimin.
# unreviewed
# The quoted words are the label catalogue-login-none.
service-edit-error-login = Hyrja me SPID, CIE ose CNS vlen vetëm për shërbimet online, dhe «Nuk ju duhet identitet dixhital» përjashton mënyrat e tjera.
# unreviewed
service-edit-error-documents = Maksimumi 30 dokumente, secili me maksimumi 300 karaktere.

# unreviewed
edit-field-eligibility_description = Kush mund ta kërkojë
# unreviewed
edit-field-application_process = Si kërkohet
# unreviewed
edit-field-outcome = Çfarë merrni
# unreviewed
edit-field-wait_time = Kohët
# unreviewed
edit-field-fees_description = Kostot
# unreviewed
edit-field-url = Adresa e internetit
# unreviewed
edit-field-plain_note = Shënim me fjalë të thjeshta
# unreviewed
edit-field-login = Hyrja online
# unreviewed
edit-field-required_documents = Dokumentet
