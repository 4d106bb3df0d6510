# Sportello — Romanian (română) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Romanian reviewer.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Site shell — Structura site-ului

# unreviewed
site-name = Ghișeu de informare pentru rezidenții străini
# unreviewed
site-tagline = Informații și servicii pentru rezidenții străini
# unreviewed
skip-link = Salt la conținutul principal
# unreviewed
nav-main-label = Meniu principal
# unreviewed
nav-home = Pagina principală
# unreviewed
nav-desks = Ghișee
# unreviewed
nav-services = Servicii online
# unreviewed
language-switcher-summary = Limba
# unreviewed
language-switcher-label = Alegeți limba
# unreviewed
translation-incomplete = Unele părți ale acestei pagini nu sunt încă traduse. Ele sunt afișate în italiană.
# unreviewed
translation-draft = Această traducere este o ciornă: nu a fost încă revizuită de un vorbitor nativ.
# unreviewed
footer-about = Un serviciu al rețelei regionale de ghișee de informare pentru rezidenții străini.
# unreviewed
footer-demo = Date demonstrative: adresele, numerele de telefon și celelalte detalii marcate „date de exemplu” sunt inventate.
# unreviewed
invented-marker = date de exemplu

## Themes: the name, and a one-line description — Teme: numele și o descriere scurtă

# unreviewed
# The Italian terms in brackets are the words used at Italian offices (Questura, comune) and on the forms.
theme-permesso-di-soggiorno = Permis de ședere (permesso di soggiorno)
    .description = Cererea, reînnoirea și conversia permisului de ședere.
# unreviewed
theme-cittadinanza = Cetățenie
    .description = Cum cereți cetățenia italiană și cum urmăriți cererea.
# unreviewed
theme-ricongiungimento-familiare = Reîntregirea familiei (ricongiungimento familiare)
    .description = Aducerea membrilor familiei în Italia: condiții și documente.
# unreviewed
# anagrafe = the comune's population register.
theme-residenza-anagrafe = Rezidență și evidența populației (anagrafe)
    .description = Înscrierea la anagrafe (evidența populației din comună), schimbarea rezidenței și certificate.
# unreviewed
theme-salute = Sănătate
    .description = Înscrierea în Serviciul Sanitar Național (Servizio sanitario), medicul de familie (medico di base), programări.
# unreviewed
theme-scuola = Școală
    .description = Înscrierea la școală și la serviciile pentru copiii mici.
# unreviewed
theme-lavoro-formazione = Muncă și formare
    .description = Căutarea unui loc de muncă, contracte, cursuri de formare profesională.
# unreviewed
theme-casa = Locuință
    .description = Chirie, locuințe sociale (case popolari), certificatul de conformitate a locuinței (idoneità alloggiativa).
# unreviewed
theme-prestazioni-sociali = Prestații sociale
    .description = Alocații, bonusuri și ajutoare financiare: cine le poate cere.
# unreviewed
theme-lingua-italiana = Limba italiană
    .description = Cursuri de limba italiană și teste de limbă.

## Desks — Ghișee

# unreviewed
desk-level-l1 = Ghișeu de prim contact
# unreviewed
desk-level-l2 = Ghișeu specializat pentru străini
# unreviewed
desk-level-hub = Centru tematic
# unreviewed
desk-themes-label = Teme:
# unreviewed
desk-address-label = Adresă:

## Errors — Erori

# unreviewed
error-request-id = Codul cererii: { $id }
# unreviewed
error-request-id-help = Dacă cereți ajutor, comunicați acest cod.
# unreviewed
error-go-home = Mergeți la pagina principală
# unreviewed
error-other-languages = Această pagină în alte limbi
# unreviewed
error-400-title = Cerere nevalidă
# unreviewed
error-400-body = Adresa sau datele trimise nu sunt valide. Verificați adresa și încercați din nou.
# unreviewed
error-403-title = Acces nepermis
# unreviewed
error-403-body = Nu aveți permisiunea de a vedea această pagină.
# unreviewed
error-404-title = Pagina nu a fost găsită
# unreviewed
error-404-body = Pagina pe care o căutați nu există sau a fost mutată.
# unreviewed
error-405-title = Operațiune nepermisă
# unreviewed
error-405-body = Această pagină nu acceptă acest tip de cerere.
# unreviewed
error-408-title = Timpul a expirat
# unreviewed
error-408-body = Cererea a durat prea mult. Încercați din nou peste puțin timp.
# unreviewed
error-413-title = Date prea mari
# unreviewed
error-413-body = Datele trimise depășesc dimensiunea maximă permisă.
# unreviewed
error-429-title = Prea multe cereri
# unreviewed
error-429-body = Ați făcut prea multe cereri într-un timp scurt. Așteptați puțin și încercați din nou.
# unreviewed
error-500-title = A apărut o eroare
# unreviewed
error-500-body = Ceva nu a funcționat din partea noastră. Încercați din nou peste puțin timp.
# unreviewed
error-503-title = Serviciu indisponibil
# unreviewed
error-503-body = Serviciul este temporar indisponibil. Încercați din nou peste puțin timp.

## Operators: sign-in and workspace — Operatori: autentificare și zona de lucru

# unreviewed
nav-workspace = Zona operatorilor
# unreviewed
logout-submit = Deconectare
# unreviewed
workspace-title = Zona operatorilor
# unreviewed
workspace-nav-label = Meniul zonei operatorilor
# unreviewed
error-401-title = Autentificare necesară
# unreviewed
error-401-body = Pentru a vedea această pagină trebuie să vă autentificați.
# unreviewed
error-code-csrf-invalid = Formularul a expirat sau nu este valid. Reveniți la pagina anterioară, reîncărcați pagina și încercați din nou.

## Password reset and mail — Resetarea parolei și e-mailuri

# unreviewed
dev-mail-title = Mesaje trimise (dezvoltare)
# unreviewed
dev-mail-empty = Niciun mesaj.

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history. — Texte comune mai multor secțiuni

# unreviewed
finder-heading = Căutați un ghișeu

# unreviewed
desk-by-appointment = Doar cu programare
# unreviewed
desk-email-label = E-mail:
# unreviewed
desk-verified-on = Informații verificate la { $date }.

# unreviewed
channel-in_person = În persoană
# unreviewed
channel-phone = Prin telefon
# unreviewed
channel-online = Online
# unreviewed
channel-video = Prin apel video

# unreviewed
language-name-it = italiană
# unreviewed
language-name-ar = arabă
# unreviewed
language-name-en = engleză
# unreviewed
language-name-fr = franceză
# unreviewed
language-name-es = spaniolă
# unreviewed
language-name-zh = chineză
# unreviewed
language-name-sq = albaneză
# unreviewed
language-name-ro = română
# unreviewed
language-name-uk = ucraineană
# unreviewed
language-name-ur = urdu
# unreviewed
language-name-bn = bengaleză
# unreviewed
language-name-fa = persană
# unreviewed
language-name-ru = rusă
# unreviewed
language-name-pt = portugheză
# unreviewed
language-name-wo = wolof
# unreviewed
language-name-pa = punjabi
# unreviewed
language-name-tl = tagalog

# unreviewed
desk-edit-has-errors = Unele câmpuri trebuie corectate; nu s-a salvat nimic:
# unreviewed
desk-edit-description = Descriere
# unreviewed
desk-edit-verified = Am verificat astăzi că aceste informații sunt corecte
# unreviewed
desk-edit-submit = Salvați modificările
# unreviewed
desk-edit-saved = Modificările au fost salvate. Portalul public le afișează în câteva secunde.
# unreviewed
desk-public-page = Vedeți pagina publică
# unreviewed
desk-verify-due = De verificat: informațiile nu au fost confirmate în ultimele luni.
# unreviewed
desk-history-heading = Istoricul modificărilor
# unreviewed
desk-history-empty = Nicio modificare înregistrată.
# unreviewed
desk-history-when = Când (UTC)
# unreviewed
desk-history-who = Cine
# unreviewed
desk-history-field = Câmp
# unreviewed
desk-history-before = Înainte
# unreviewed
desk-history-after = După
# unreviewed
desk-field-name = Nume
# unreviewed
desk-field-description = Descriere
# unreviewed
desk-field-channels = Moduri de contact
# unreviewed
desk-field-by_appointment = Doar cu programare
# unreviewed
desk-field-email = E-mail
# unreviewed
desk-field-verified_on = Verificare
# unreviewed
desk-edit-error-email = Adresa de e-mail nu este validă.
# unreviewed
desk-edit-error-too-long = Textul este prea lung (cel mult 2000 de caractere).

## Dates in full (service pages and desk pages). — Date complete

# unreviewed
date-full-1 = { $day } ianuarie { $year }
# unreviewed
date-full-2 = { $day } februarie { $year }
# unreviewed
date-full-3 = { $day } martie { $year }
# unreviewed
date-full-4 = { $day } aprilie { $year }
# unreviewed
date-full-5 = { $day } mai { $year }
# unreviewed
date-full-6 = { $day } iunie { $year }
# unreviewed
date-full-7 = { $day } iulie { $year }
# unreviewed
date-full-8 = { $day } august { $year }
# unreviewed
date-full-9 = { $day } septembrie { $year }
# unreviewed
date-full-10 = { $day } octombrie { $year }
# unreviewed
date-full-11 = { $day } noiembrie { $year }
# unreviewed
date-full-12 = { $day } decembrie { $year }

## Web addresses in the editing forms (services and organisations). — Adrese web în formulare

# unreviewed
edit-url-hint = Începe cu https:// (sau http://).

# unreviewed
edit-error-url = Adresa web trebuie să înceapă cu https:// sau http:// și să nu conțină spații.
