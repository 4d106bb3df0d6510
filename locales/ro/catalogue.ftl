# Sportello — Romanian (română) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Romanian reviewer.

### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages. — Catalogul serviciilor online și paginile serviciilor

# unreviewed
catalogue-title = Servicii online
# unreviewed
catalogue-intro = Serviciile pe care le puteți folosi de acasă, cu telefonul sau cu calculatorul: cine le oferă, la ce folosesc și de ce aveți nevoie pentru a intra.
# unreviewed
catalogue-help = Dacă aveți nevoie de ajutor pentru a le folosi, un ghișeu al rețelei vă poate ajuta.
# unreviewed
catalogue-help-link = Găsiți un ghișeu
# unreviewed
catalogue-empty = Încă nu există servicii online în catalog.
# unreviewed
catalogue-breadcrumb-label = Traseu de navigare
# unreviewed
catalogue-categories-heading = Categorii
# unreviewed
catalogue-category-vita-del-cittadino = Viața de zi cu zi și documente
# unreviewed
catalogue-category-istruzione = Educație
# unreviewed
catalogue-category-cultura = Cultură
# unreviewed
catalogue-category-lavoro-formazione = Muncă și formare
# unreviewed
catalogue-category-salute = Sănătate
# unreviewed
catalogue-provider = Oferit de:
# unreviewed
catalogue-what = Ce este:
# unreviewed
catalogue-who = Cine îl poate folosi:
# unreviewed
catalogue-login = De ce aveți nevoie pentru a intra
# unreviewed
catalogue-login-spid = SPID (identitatea digitală publică italiană)
# unreviewed
catalogue-login-cie = CIE (cartea de identitate electronică italiană)
# unreviewed
catalogue-login-cns = CNS (cardul de sănătate cu cip, tessera sanitaria)
# unreviewed
catalogue-login-none = Nu este nevoie de identitate digitală
# unreviewed
catalogue-plain-note = În cuvinte simple:
# unreviewed
catalogue-open-online = Mergeți la serviciul online
# unreviewed
catalogue-external = site extern
# unreviewed
catalogue-details = Fișa serviciului
# unreviewed
catalogue-service-kicker = Fișa serviciului
# unreviewed
catalogue-toc-heading = Pe această pagină
# unreviewed
catalogue-sec-what = Ce este
# unreviewed
catalogue-sec-who = Cui se adresează
# unreviewed
catalogue-sec-how = Ce trebuie să faceți
# unreviewed
catalogue-sec-need = De ce aveți nevoie
# unreviewed
catalogue-sec-get = Ce obțineți
# unreviewed
catalogue-sec-time = Durată și termene
# unreviewed
catalogue-sec-cost = Cât costă
# unreviewed
catalogue-sec-access = Accesați serviciul
# unreviewed
catalogue-sec-more = Mai multe informații
# unreviewed
catalogue-sec-contacts = Contact
# unreviewed
catalogue-sec-updated = Ultima actualizare
# unreviewed
catalogue-not-stated = Informație indisponibilă: întrebați la un ghișeu.
# unreviewed
catalogue-no-documents = Nu sunt necesare documente speciale.
# unreviewed
catalogue-access-online = Online
# unreviewed
catalogue-access-book = Programare
# unreviewed
catalogue-by-appointment = Serviciul se oferă cu programare: contactați unul dintre ghișeele de mai jos pentru a o stabili.
# unreviewed
catalogue-access-where = Unde
# unreviewed
catalogue-access-ask = Pentru a afla unde puteți cere acest serviciu, adresați-vă unui ghișeu al rețelei.
# unreviewed
catalogue-channels = Cum îl puteți folosi:
# unreviewed
catalogue-channel-in-person = la ghișeu
# unreviewed
catalogue-channel-phone = prin telefon
# unreviewed
catalogue-channel-online = online
# unreviewed
catalogue-channel-video = prin apel video
# unreviewed
catalogue-themes = Teme:
# unreviewed
catalogue-category = Categoria din catalog:
# unreviewed
catalogue-provider-website = Site-ul organizației
# unreviewed
catalogue-contacts-desks = Pentru informații vă puteți adresa unui ghișeu al rețelei.
# unreviewed
catalogue-phone = Telefon:
# unreviewed
catalogue-email = E-mail:
# unreviewed
catalogue-desk-level-l1 = ghișeu de prim contact
# unreviewed
catalogue-desk-level-l2 = ghișeu specializat
# unreviewed
catalogue-desk-level-hub = centru tematic
# unreviewed
catalogue-cost-free = gratuit
# unreviewed
# { $amount } is a formatted string, so no plural is possible; "20 euro" is the usual written form for prices.
catalogue-cost-euro = { $amount } euro

## Editing services in the workspace. — Modificarea serviciilor

# unreviewed
ws-services-title = Servicii
# unreviewed
ws-services-intro = Serviciile pe care le puteți modifica: cele oferite de ghișeele dumneavoastră și cele ale organizațiilor dumneavoastră.
# unreviewed
ws-services-empty = Niciun serviciu nu intră în rolurile dumneavoastră.

# unreviewed
service-edit-title = Modificați serviciul
# unreviewed
service-edit-back = Înapoi la serviciu
# unreviewed
service-edit-link = Modificați datele serviciului
# unreviewed
service-edit-name = Numele serviciului
# unreviewed
service-edit-eligibility = Cine îl poate cere
# unreviewed
service-edit-application = Cum se cere
# unreviewed
service-edit-outcome = Ce obțineți
# unreviewed
service-edit-wait-time = Durată
# unreviewed
service-edit-fees = Costuri
# unreviewed
service-edit-documents = Documente de adus
# unreviewed
service-edit-documents-hint = Un document pe fiecare rând.
# unreviewed
service-edit-url = Adresa web a serviciului
# unreviewed
service-edit-channels = Cum se folosește serviciul
# unreviewed
service-edit-login-hint = Doar pentru serviciile online.
# unreviewed
service-edit-plain-note = Notă în cuvinte simple
# unreviewed
service-edit-plain-note-hint = Pentru cei care citesc italiana ca a doua limbă: propoziții scurte, cuvinte obișnuite.

# unreviewed
service-edit-error-name = Scrieți numele serviciului (cel mult 200 de caractere).
# unreviewed
service-edit-error-organisation-only = Doar editorii instituției care oferă serviciul pot schimba acest câmp.
# unreviewed
service-edit-error-channels = Alegeți cel puțin un mod de a folosi serviciul.
# unreviewed
# The quoted words are the label catalogue-login-none.
service-edit-error-login = Accesul cu SPID, CIE sau CNS este valabil doar pentru serviciile online, iar „Nu este nevoie de identitate digitală” le exclude pe celelalte.
# unreviewed
service-edit-error-documents = Cel mult 30 de documente, fiecare de cel mult 300 de caractere.

# unreviewed
edit-field-eligibility_description = Cine îl poate cere
# unreviewed
edit-field-application_process = Cum se cere
# unreviewed
edit-field-outcome = Ce obțineți
# unreviewed
edit-field-wait_time = Durată
# unreviewed
edit-field-fees_description = Costuri
# unreviewed
edit-field-url = Adresă web
# unreviewed
edit-field-plain_note = Notă în cuvinte simple
# unreviewed
edit-field-login = Acces online
# unreviewed
edit-field-required_documents = Documente
