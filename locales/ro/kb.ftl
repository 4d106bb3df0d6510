### Knowledge base: procedure sheets, FAQ, guides and news of the thematic hubs.

# unreviewed
workspace-nav-kb = Fișe informative

## Kinds, states and sections

# unreviewed
kb-kind-sheet = Fișă de procedură
# unreviewed
kb-kind-faq = Întrebare frecventă
# unreviewed
kb-kind-guide = Ghid
# unreviewed
kb-kind-news = Știre
# unreviewed
kb-status-draft = Ciornă
# unreviewed
kb-status-in_review = În revizuire
# unreviewed
kb-status-published = Publicată
# unreviewed
kb-status-archived = Arhivată
# unreviewed
kb-section-what = Ce este
# unreviewed
kb-section-who = Cui se adresează
# unreviewed
kb-section-how = Ce trebuie făcut
# unreviewed
kb-section-needs = De ce aveți nevoie
# unreviewed
kb-section-outcome = Ce obțineți
# unreviewed
kb-section-time = Durată și termene
# unreviewed
kb-section-cost = Cât costă
# unreviewed
kb-section-where = Unde vă adresați
# unreviewed
kb-section-legal_basis = Referințe legale
# unreviewed
kb-section-more = Mai multe informații
# unreviewed
kb-section-contacts = Contacte
# unreviewed
kb-section-last_update = Ultima actualizare
# unreviewed
kb-prereq-codice-fiscale = Codice fiscale (cod fiscal)
# unreviewed
kb-prereq-tessera-sanitaria = Tessera sanitaria (card de sănătate)
# unreviewed
kb-prereq-spid-cie = SPID sau CIE
# unreviewed
kb-prereq-residenza = Reședință înregistrată (residenza)
# unreviewed
kb-prereq-pec = PEC (e-mail certificat)

## Public pages

# unreviewed
kb-theme-empty = Încă nu există fișe despre această temă.
# unreviewed
kb-theme-desks = Găsiți un ghișeu care se ocupă de această temă
# unreviewed
kb-texts-in-italian = Fișele sunt scrise în italiană.
# unreviewed
kb-legal-review = Această fișă este în curs de actualizare după o schimbare a legii.
# unreviewed
kb-legal-review-short = de verificat: legea s-a schimbat
# unreviewed
kb-owner = Pregătită de
# unreviewed
kb-prerequisites = Mai întâi aveți nevoie de
# unreviewed
kb-steps = Pașii
# unreviewed
kb-step-who = Cine
# unreviewed
kb-step-where = Unde
# unreviewed
kb-step-bring = Ce trebuie să aduceți
# unreviewed
kb-step-cost = Cost
# unreviewed
kb-step-time = Durată
# unreviewed
kb-variant-yours = În zona dumneavoastră:
# unreviewed
kb-variants-other = Cum funcționează în alte zone
# unreviewed
kb-area-hint = În unele zone pașii sunt diferiți.
# unreviewed
kb-area-choose = Alegeți ghișeul dumneavoastră ca să vedeți cum funcționează acolo unde locuiți.
# unreviewed
kb-desks = Ghișee care vă pot ajuta
# unreviewed
kb-review-by = Următoarea verificare până la
# unreviewed
kb-withdrawn-title = Fișă retrasă
# unreviewed
kb-withdrawn-text = Această fișă nu mai este valabilă și a fost retrasă:
# unreviewed
kb-withdrawn-replaced = În locul ei găsiți:
# unreviewed
kb-withdrawn-ask = Cereți informații actualizate la un ghișeu

## Workspace

# unreviewed
kb-ws-title = Fișe informative
# unreviewed
kb-ws-new-title = Fișă nouă
# unreviewed
kb-ws-editor-title = Modificarea fișei
# unreviewed
kb-ws-history-title = Versiunile fișei
# unreviewed
kb-ws-new-sheet = Fișă nouă
# unreviewed
kb-ws-new-faq = Întrebare frecventă nouă
# unreviewed
kb-ws-empty = Nu există fișe pe care să le puteți scrie sau revizui.
# unreviewed
kb-ws-back = Înapoi la fișe
# unreviewed
kb-ws-back-editor = Înapoi la fișă
# unreviewed
kb-ws-create = Creați ciorna
# unreviewed
kb-ws-save = Salvați o versiune nouă
# unreviewed
kb-ws-edit-heading = Text
# unreviewed
kb-ws-history-link = Versiuni și diferențe
# unreviewed
kb-ws-version = versiunea { $n }
# unreviewed
kb-ws-published-version = publicată: versiunea { $n }
# unreviewed
kb-ws-moved = Gata. Acum fișa este:
# unreviewed
kb-field-title = Titlu
# unreviewed
kb-field-summary = Pe scurt
# unreviewed
kb-field-tags = Cuvinte-cheie (separate prin virgulă)
# unreviewed
kb-field-kind = Tip
# unreviewed
kb-field-theme = Temă
# unreviewed
kb-field-hub = Centrul tematic responsabil
# unreviewed
kb-field-status = Stare
# unreviewed
kb-field-slug = Adresa paginii
# unreviewed
kb-field-slug-hint = Litere mici, cifre și cratime, de exemplu rinnovo-permesso.
# unreviewed
kb-field-online-url = Serviciu online (adresă http sau https)
# unreviewed
kb-field-body = Text (Markdown)
# unreviewed
kb-steps-hint = Completați câte un rând pentru fiecare pas al procedurii. Un pas gol nu se salvează.
# unreviewed
kb-step-n = Pasul { $n }
# unreviewed
kb-variant-n = Varianta locală { $n }
# unreviewed
kb-variant-area = Zonă
# unreviewed
kb-variant-area-hint = Zona unei variante: sigla provinciei (de exemplu BO) sau desk: urmat de adresa unui ghișeu (de exemplu desk:hub-salute).
# unreviewed
kb-variant-label = Numele afișat (de exemplu Questura di Bologna)
# unreviewed
kb-minor = Corectură minoră (greșeli de tipar): traducerile rămân valabile
# unreviewed
kb-minor-short = minoră
# unreviewed
kb-part-title = Titlu
# unreviewed
kb-part-summary = Pe scurt
# unreviewed
kb-part-who = Cine
# unreviewed
kb-part-where = Unde
# unreviewed
kb-part-bring = Ce trebuie să aduceți
# unreviewed
kb-part-cost = Cost
# unreviewed
kb-part-time = Durată
# unreviewed
kb-part-text = Text
# unreviewed
kb-part-label = Numele variantei
# unreviewed
kb-part-online_url = Serviciu online
# unreviewed
kb-part-body = Text
# unreviewed
kb-part-step = Pasul { $n }: { $field }
# unreviewed
kb-workflow = Revizuire și publicare
# unreviewed
kb-four-eyes-on = În acest centru tematic, o versiune trebuie publicată de altă persoană decât cea care a scris-o.
# unreviewed
kb-comment = Comentariu
# unreviewed
kb-comment-add = Adăugați comentariul
# unreviewed
kb-comments = Comentarii de revizuire
# unreviewed
kb-comments-empty = Încă niciun comentariu.
# unreviewed
kb-publish-at = Publicați pe (opțional)
# unreviewed
kb-publish-at-hint = Ora Romei. Lăsați gol ca să publicați imediat.
# unreviewed
kb-action-submit = Trimiteți la revizuire
# unreviewed
kb-action-return = Trimiteți înapoi autorului
# unreviewed
kb-action-publish = Aprobați și publicați
# unreviewed
kb-action-archive = Arhivați
# unreviewed
kb-action-reopen = Redeschideți ca ciornă
# unreviewed
kb-conflict-title = Cineva a salvat versiunea { $n } în timp ce scriați
# unreviewed
kb-conflict-text = Textul scris de { $editor } este mai jos; al dumneavoastră a rămas în formular. Dacă salvați din nou, textul dumneavoastră devine versiunea următoare.
# unreviewed
kb-diff-from = De la versiunea
# unreviewed
kb-diff-to = La versiunea
# unreviewed
kb-diff-compare = Comparați
# unreviewed
kb-diff-heading = Diferențe de la versiunea { $from } la versiunea { $to }
# unreviewed
kb-diff-none = Nicio diferență în text.
# unreviewed
kb-diff-legend = Textul șters este tăiat cu o linie, cel adăugat este subliniat.
# unreviewed
kb-versions = Toate versiunile
# unreviewed
kb-version = Versiune
# unreviewed
kb-editor-system = încărcare inițială

## Refusals and form errors

# unreviewed
kb-refused-not-reviewer = Doar cei care revizuiesc fișele acestui centru tematic pot face acest lucru.
# unreviewed
kb-refused-transition = Această trecere nu este posibilă din starea actuală a fișei.
# unreviewed
kb-refused-stale = Între timp fișa s-a schimbat. Uitați-vă la versiunea nouă și încercați din nou.
# unreviewed
kb-refused-comment-needed = Scrieți un comentariu care să explice ce trebuie schimbat.
# unreviewed
kb-refused-four-eyes = Nu puteți publica o versiune scrisă de dumneavoastră: trebuie să o aprobe altă persoană.
# unreviewed
kb-refused-schedule-past = Data publicării trebuie să fie în viitor.
# unreviewed
kb-refused-schedule-invalid = Data publicării nu este validă.
# unreviewed
kb-error-kind = Alegeți tipul de fișă.
# unreviewed
kb-error-theme = Alegeți o temă.
# unreviewed
kb-error-hub = Alegeți un centru tematic pentru care puteți scrie.
# unreviewed
kb-error-slug = Adresa poate conține doar litere mici, cifre și cratime.
# unreviewed
kb-error-slug-taken = Există deja o fișă cu această adresă în această temă.
# unreviewed
kb-error-title-missing = Scrieți titlul.
# unreviewed
kb-error-too-long = Textul este prea lung.
# unreviewed
kb-error-url = Serviciul online trebuie să fie o adresă http sau https.
# unreviewed
kb-error-prerequisite = Una dintre cerințe nu se află printre cele prevăzute.
# unreviewed
kb-error-too-many-steps = Sunt prea mulți pași sau prea multe variante.
# unreviewed
kb-error-step-title = Fiecare pas are nevoie de un titlu.
# unreviewed
kb-error-variant = Fiecare variantă are nevoie de un nume și de un text.
# unreviewed
kb-error-variant-area = Zona unei variante este sigla unei provincii (BO) sau desk: și adresa unui ghișeu.
# unreviewed
kb-error-norm = Una dintre referințele legale nu se află în registru.

## Writing aids

# unreviewed
kb-aids = Ajutor la redactare
# unreviewed
kb-aids-unsaved = Verificăm textul așa cum l-ați scris: nu este încă salvat.
# unreviewed
kb-aids-gulpease = Indicele Gulpease { $score }: { $level }
# unreviewed
kb-aids-level-elementary = ușor pentru cei care au certificat de absolvire a școlii primare
# unreviewed
kb-aids-level-middle = ușor pentru cei care au certificat de absolvire a gimnaziului
# unreviewed
kb-aids-level-high-school = ușor pentru cei care au diplomă de liceu
# unreviewed
kb-aids-level-hard = dificil chiar și pentru cei care au diplomă de liceu
# unreviewed
kb-aids-nothing = Nu există încă text de măsurat.
# unreviewed
kb-aids-needs-override = Pentru a publica această fișă, persoana care o revizuiește trebuie să scrie de ce trebuie publicată așa: lizibilitatea este sub 50 sau există un cuvânt de evitat conform Carta di Roma.
# unreviewed
kb-aids-long = Fraze lungi
# unreviewed
kb-aids-words = { $count ->
    [one] { $count } cuvânt
    [few] { $count } cuvinte
   *[other] { $count } de cuvinte
}
# unreviewed
kb-aids-words-heading = Cuvinte de schimbat
# unreviewed
kb-aids-carta = Carta di Roma
# unreviewed
kb-aids-check = Verificați textul
# unreviewed
kb-override-reason = De ce publicați totuși (obligatoriu)
# unreviewed
kb-refused-needs-override = Ajutorul la redactare semnalează această fișă: pentru a o publica, scrieți de ce trebuie publicată așa.
# unreviewed
kb-refused-override-too-long = Justificarea este prea lungă.

## The register of norms

# unreviewed
workspace-nav-norms = Referințe legale
# unreviewed
kb-norms-title = Registrul actelor normative
# unreviewed
kb-norms-intro = Actele normative citate de fișe. Când un act normativ se schimbă, semnalați schimbarea: fișele care îl citează devin „de verificat: legea s-a schimbat”, iar centrele tematice responsabile primesc un e-mail.
# unreviewed
kb-norms-norm = Act normativ
# unreviewed
kb-norms-articles = Fișe care îl citează
# unreviewed
kb-norms-changed = Ultima schimbare semnalată
# unreviewed
kb-norms-mark = Semnalați că s-a schimbat
# unreviewed
kb-norms-cited = { $count ->
    [one] { $count } fișă
    [few] { $count } fișe
   *[other] { $count } de fișe
}
# unreviewed
kb-norms-flagged = { $count ->
    [one] Gata: { $count } fișă trebuie acum verificată.
    [few] Gata: { $count } fișe trebuie acum verificate.
   *[other] Gata: { $count } de fișe trebuie acum verificate.
}
# unreviewed
kb-norms-add = Adăugați sau corectați un act normativ
# unreviewed
kb-norms-url = Adresa oficială (de exemplu Normattiva)
# unreviewed
kb-norms-save = Salvați actul normativ
# unreviewed
kb-norm-mail-subject = Act normativ modificat: { $norm }
# unreviewed
kb-norm-mail-body = A fost semnalată o modificare a actului normativ { $norm }. Aceste fișe ale centrului dumneavoastră tematic îl citează și sunt acum „de verificat: legea s-a schimbat”; pe portal afișează un avertisment până când le publicați din nou după verificare:

    { $articles }
# unreviewed
kb-ws-legal-pending = { $count ->
    [one] { $count } fișă de verificat după o schimbare a legii.
    [few] { $count } fișe de verificat după o schimbare a legii.
   *[other] { $count } de fișe de verificat după o schimbare a legii.
}

## Translations of articles

# unreviewed
kb-tr-notice-missing = Această fișă nu este încă tradusă în limba dumneavoastră: mai jos găsiți textul în italiană.
# unreviewed
kb-tr-notice-outdated = Textul în italiană s-a schimbat după această traducere: unele informații s-ar putea să nu mai fie actuale.
# unreviewed
kb-tr-notice-machine = Tradusă automat, încă neverificată de o persoană.
# unreviewed
kb-tr-notice-current = Traducere verificată după originalul în italiană.
# unreviewed
kb-tr-original = Citiți originalul în italiană
# unreviewed
kb-tr-status-missing = de tradus
# unreviewed
kb-tr-status-outdated = de actualizat
# unreviewed
kb-tr-status-machine = traducere automată de verificat
# unreviewed
kb-tr-status-current = actualizată
# unreviewed
kb-tr-queue-title = Fișe de tradus
# unreviewed
kb-tr-title = Traducerea fișei
# unreviewed
kb-tr-back = Înapoi la fișele de tradus
# unreviewed
kb-tr-diff = Ce s-a schimbat în textul în italiană de la traducerea dumneavoastră
# unreviewed
kb-tr-source = Textul în italiană
# unreviewed
kb-tr-yours = Traducerea dumneavoastră
# unreviewed
kb-tr-save = Salvați traducerea
# unreviewed
kb-tr-stale = Între timp textul în italiană a fost publicat din nou. Uitați-vă la diferențe și salvați din nou.
# unreviewed
workspace-nav-kb-translations = Fișe de tradus

## Exchange with translation agencies (XLIFF 2.0)

# unreviewed
kb-xliff-title = Schimb cu agențiile de traducere (XLIFF 2.0)
# unreviewed
kb-xliff-intro = Descărcați un fișier XLIFF 2.0 cu textul în italiană de tradus și, când agenția vi-l trimite înapoi, importați-l aici. Dacă fișierul are o eroare, nu se importă nimic.
# unreviewed
kb-xliff-download-todo = Descărcați fișele de tradus sau de actualizat
# unreviewed
kb-xliff-download-all = Descărcați toate fișele publicate
# unreviewed
kb-xliff-file = Fișierul XLIFF de la agenție
# unreviewed
kb-xliff-import = Importați traducerile
# unreviewed
kb-xliff-imported = { $count ->
    [one] A fost importată { $count } traducere.
    [few] Au fost importate { $count } traduceri.
   *[other] Au fost importate { $count } de traduceri.
}
# unreviewed
kb-xliff-refused = Nu s-a importat nimic. Corectați fișierul și încercați din nou:
# unreviewed
kb-xliff-problem = Rândul { $line }: { $reason }
# unreviewed
kb-xliff-no-file = Alegeți un fișier XLIFF de importat.
# unreviewed
kb-xliff-too-large = Fișierul este mai mare de { $max } MB.
# unreviewed
kb-xliff-encoding = Fișierul nu este text în UTF-8.
# unreviewed
kb-xliff-error-malformed = codul XML nu este scris corect
# unreviewed
kb-xliff-error-not-xliff = nu este un fișier XLIFF 2.0
# unreviewed
kb-xliff-error-doctype = o declarație DOCTYPE nu este acceptată
# unreviewed
kb-xliff-error-entity = entitatea &{ $name }; nu este cunoscută
# unreviewed
kb-xliff-error-missing-attribute = lipsește atributul { $name }
# unreviewed
kb-xliff-error-unexpected = elementul <{ $name }> nu este prevăzut aici
# unreviewed
kb-xliff-error-inline-code = codul în linie <{ $name }> nu este acceptat
# unreviewed
kb-xliff-error-duplicate-unit = unitatea { $name } apare de două ori
# unreviewed
kb-xliff-error-bad-version = versiunea { $name } nu este un număr
# unreviewed
kb-xliff-error-language = limbile fișierului ({ $name }) nu sunt din italiană în această limbă
# unreviewed
kb-xliff-error-unknown-article = fișa { $name } nu există sau nu mai este publicată
# unreviewed
kb-xliff-error-stale = textul în italiană pentru { $name } s-a schimbat după export: descărcați din nou fișierul
# unreviewed
kb-xliff-error-unknown-unit = unitatea { $name } nu face parte din fișă
# unreviewed
kb-xliff-error-untranslated = unitatea { $name } nu este tradusă
# unreviewed
kb-xliff-error-invalid = câmpul { $name } nu este valid

## Sheets due for review

# unreviewed
workspace-nav-kb-review = Fișe de revizuit
# unreviewed
kb-review-title = Fișe de revizuit
# unreviewed
kb-review-intro = Fișele publicate ale centrelor dvs. tematice care au depășit data de revizuire sau o ating în următoarele 30 de zile.
# unreviewed
kb-review-due = De revizuit până la
# unreviewed
kb-review-overdue = termen depășit
# unreviewed
kb-review-soon = termen apropiat
# unreviewed
kb-review-none = Nicio fișă nu trebuie revizuită.
# unreviewed
kb-review-mark = Confirm că este încă corectă
# unreviewed
kb-review-marked = Fișă confirmată: următoarea revizuire trebuie făcută până la { $date }.

## Readers' ratings

# unreviewed
kb-rating-legend = A fost clară această pagină?
# unreviewed
kb-rating-1 = Deloc clară
# unreviewed
kb-rating-2 = Puțin clară
# unreviewed
kb-rating-3 = Destul de clară
# unreviewed
kb-rating-4 = Clară
# unreviewed
kb-rating-5 = Foarte clară
# unreviewed
kb-rating-comment = Ce lipsea sau ce a fost greu de înțeles? (opțional: nu scrieți date personale)
# unreviewed
kb-rating-send = Trimiteți
# unreviewed
kb-rating-thanks = Vă mulțumim: răspunsul dvs. ne ajută să îmbunătățim această pagină.
# unreviewed
kb-rating-invalid = Alegeți un răspuns de la 1 la 5.
# unreviewed
kb-rating-too-long = Comentariul este prea lung (numărul maxim de caractere: { $max }).
# unreviewed
kb-rating-limited = Prea multe răspunsuri de la conexiunea dvs.: încercați din nou mai târziu.
# unreviewed
kb-ratings-title = Răspunsurile cititorilor
# unreviewed
kb-ratings-summary = { $count ->
    [one] { $count } răspuns, media { $average } din 5
    [few] { $count } răspunsuri, media { $average } din 5
   *[other] { $count } de răspunsuri, media { $average } din 5
}
# unreviewed
kb-ratings-none = Niciun cititor nu a răspuns încă.
# unreviewed
kb-ratings-comments = Ultimele comentarii
# unreviewed
kb-leaflet-link = Pliant de tipărit (PDF, A4)
# unreviewed
kb-leaflet-scan = Scanați codul pentru pagina actualizată
# unreviewed
kb-replaced-by = Înlocuită de (opțional)
# unreviewed
kb-replaced-by-hint = Adresa fișei publicate care îi ia locul, de exemplu /it/salute/iscrizione-ssn. Pagina retrasă și codurile QR ale pliantelor deja tipărite vor duce acolo.
# unreviewed
kb-refused-replacement = Adresa nu corespunde unei fișe publicate: verificați-o și încercați din nou sau lăsați câmpul gol.
# unreviewed
kb-glossary = Termeni din glosar
# unreviewed
kb-glossary-hint = Termeni juridici folosiți de acest text: scrieți-i mereu așa și explicați cititorului ce înseamnă prima dată.
# unreviewed
kb-glossary-count = apariții în text: { $count }
# unreviewed
kb-glossary-translator = Glosar pentru această limbă
# unreviewed
kb-glossary-translator-hint = Termenii juridici ai textului italian cu traducerea convenită: folosiți-o, ca cititorul să regăsească aceleași cuvinte la ghișee și pe formulare.
# unreviewed
kb-glossary-unreviewed = traducere încă neverificată
# unreviewed
kb-glossary-none = nicio traducere convenită
# unreviewed
kb-mt = Traducere automată
# unreviewed
kb-mt-hint = Cereți o ciornă serviciului de traducere automată: este publicată cu avertismentul „tradusă automat, încă neverificată” până când o revizuiți și o salvați.
# unreviewed
kb-mt-action = Creați o ciornă automată
# unreviewed
kb-mt-done = Ciorna automată a fost salvată: citiți-o și salvați-o pentru a scoate avertismentul.
# unreviewed
kb-mt-refused-readability = Textul italian este prea dificil pentru o traducere automată bună (indicele Gulpease sub 50): cereți centrului să-l simplifice sau traduceți manual.
# unreviewed
kb-mt-refused-human = Această limbă are deja o traducere făcută de o persoană: nu este suprascrisă. Actualizați-o manual cu modificările textului italian.
# unreviewed
kb-mt-unavailable = Serviciul de traducere automată nu răspunde: nu s-a salvat nimic. Încercați mai târziu sau traduceți manual.
# unreviewed
workspace-nav-kb-links = Linkuri de corectat
# unreviewed
kb-links-title = Linkuri de corectat
# unreviewed
kb-links-intro = În fiecare noapte verificatorul de linkuri vizitează adresele externe ale fișelor publicate și ale referințelor juridice, fără grabă și niciodată spre adrese interne. Aici găsiți cele din fișele dvs. care nu funcționează.
# unreviewed
kb-links-none = Niciun link de corectat în fișele dvs.
# unreviewed
kb-links-broken = site-ul răspunde cu o eroare ({ $status })
# unreviewed
kb-links-refused = neverificat: nu este o adresă web publică
# unreviewed
kb-links-unreachable = site-ul nu răspunde

# unreviewed
workspace-nav-kb-materials = Materiale
# unreviewed
kb-materials-title = Materiale informative
# unreviewed
kb-materials-intro = Pliante, imagini, înregistrări audio și video pregătite de centrele tematice ale rețelei, în multe limbi.
# unreviewed
kb-materials-filter = Filtrează materialele
# unreviewed
kb-materials-format = Format
# unreviewed
kb-materials-any-format = Orice format
# unreviewed
kb-materials-submit = Arată
# unreviewed
kb-materials-found = Materiale
# unreviewed
kb-materials-none = Niciun material cu aceste filtre.
# unreviewed
kb-materials-pages = Paginile materialelor
# unreviewed
kb-materials-previous = Pagina anterioară
# unreviewed
kb-materials-next = Pagina următoare
# unreviewed
kb-materials-of-article = Materiale de descărcat
# unreviewed
kb-material-format-pdf = PDF
# unreviewed
kb-material-format-image = Imagine
# unreviewed
kb-material-format-audio = Audio
# unreviewed
kb-material-format-video = Video
# unreviewed
kb-material-size-kb = { $size } kB
# unreviewed
kb-material-size-mb = { $size } MB
# unreviewed
kb-materials-ws-title = Materialele centrelor
# unreviewed
kb-materials-ws-intro = Ce adaugi aici devine public imediat, în arhiva de materiale și, dacă alegi o fișă, pe pagina ei.
# unreviewed
kb-material-field-title = Titlu
# unreviewed
kb-material-field-description = Descriere (opțională)
# unreviewed
kb-material-field-language = Limba materialului
# unreviewed
kb-material-field-article = Arată-l pe fișă (opțional)
# unreviewed
kb-material-no-article = Doar în arhivă
# unreviewed
kb-material-what = Un fișier sau un video
# unreviewed
kb-material-field-file = Fișier
# unreviewed
kb-material-file-hint = PDF, imagini PNG, JPEG sau WebP, audio MP3, M4A sau Ogg.
# unreviewed
kb-material-limit = Cel mult { $size } MB.
# unreviewed
kb-material-field-video = Sau adresa unui video (https://…)
# unreviewed
kb-material-save = Adaugă materialul
# unreviewed
kb-material-add = Adaugă un material
# unreviewed
kb-material-remove = Șterge
# unreviewed
kb-material-added = Material adăugat: acum este public.
# unreviewed
kb-material-removed = Material șters, împreună cu fișierul său.
# unreviewed
kb-material-error-title = Scrie un titlu (cel mult 200 de caractere).
# unreviewed
kb-material-error-description = Descrierea este prea lungă (cel mult 2.000 de caractere).
# unreviewed
kb-material-error-language = Alege limba materialului.
# unreviewed
kb-material-error-article = Alege o fișă a aceluiași centru, sau niciuna.
# unreviewed
kb-material-error-file-or-video = Alege un fișier sau scrie adresa unui video, nu amândouă.
# unreviewed
kb-material-error-too-large = Fișierul este prea mare: nu a fost salvat. Micșorează-l și alege-l din nou.
# unreviewed
kb-material-error-type = Acest fișier nu este un PDF, o imagine (PNG, JPEG, WebP) sau un audio (MP3, M4A, Ogg): o spune conținutul lui, oricare i-ar fi numele. Nu a fost salvat.
# unreviewed
kb-material-error-video = Scrie adresa completă a videoclipului, care începe cu https://.

# unreviewed
kb-tr-status-legal = în așteptarea verificării juridice a centrului
# unreviewed
kb-tr-notice-legal = O normă citată în această fișă s-a schimbat: centrul verifică textul, apoi va fi actualizată și această traducere.

# unreviewed
kb-links-services = Fișele serviciilor pe care le gestionezi
