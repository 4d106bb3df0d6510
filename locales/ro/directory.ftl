# Sportello — Romanian (română) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Romanian reviewer.

### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory). — Căutarea ghișeelor, paginile ghișeelor și programul

# unreviewed
# URP = Ufficio Relazioni con il Pubblico, the comune's public information office.
finder-intro = Găsiți ghișeul potrivit: aproape de dumneavoastră, care vorbește limba dumneavoastră, deschis acum. Aici sunt centrele tematice, ghișeele specializate pentru străini și punctele de prim contact (URP – birourile de relații cu publicul, ghișeele sociale).
# unreviewed
finder-near-label = Lângă (localitate)
# unreviewed
finder-near-hint = Scrieți numele localității (comune), de exemplu Bologna.
# unreviewed
finder-use-position = Folosiți locația mea
# unreviewed
finder-language-label = Limba vorbită
# unreviewed
finder-any-language = Orice limbă
# unreviewed
finder-open-now-label = Doar ghișeele deschise acum
# unreviewed
finder-more-filters = Alte filtre
# unreviewed
finder-theme-label = Temă
# unreviewed
finder-any-theme = Toate temele
# unreviewed
finder-level-label = Tipul de ghișeu
# unreviewed
finder-any-level = Toate tipurile
# unreviewed
finder-channel-label = Cum îl contactați
# unreviewed
finder-any-channel = Toate modurile
# unreviewed
finder-province-label = Provincie
# unreviewed
finder-any-province = Toate provinciile
# unreviewed
finder-submit = Căutați
# unreviewed
finder-sorted-by-distance = De la cel mai apropiat la cel mai îndepărtat.
# unreviewed
finder-no-results = Niciun ghișeu nu corespunde căutării. Încercați să eliminați câteva filtre.
# unreviewed
finder-map-label = Harta ghișeelor găsite
# unreviewed
finder-map-attribution = © contribuitorii OpenStreetMap
# unreviewed
finder-geojson-link = Descărcați ghișeele publice (GeoJSON, date deschise)
# unreviewed
finder-error-theme = Această temă nu există: alegeți una din listă.
# unreviewed
finder-error-level = Acest tip de ghișeu nu există: alegeți unul din listă.
# unreviewed
finder-error-language = Această limbă nu este validă: alegeți una din listă.
# unreviewed
finder-error-channel = Acest mod de contact nu există: alegeți unul din listă.
# unreviewed
finder-error-page = Numărul paginii nu este valid: vă arătăm prima pagină.
# unreviewed
finder-error-position = Locația nu este validă. Scrieți în schimb numele localității.
# unreviewed
finder-error-comune = Nu găsim localitatea „{ $name }” printre cele care au un ghișeu. Încercați cu: { $suggestions }.

# unreviewed
desk-open = Deschis acum
# unreviewed
desk-open-until = Deschis acum, se închide la { $time }
# unreviewed
desk-closed = Închis
# unreviewed
desk-closed-opens-today = Închis acum, se deschide azi la { $time }
# unreviewed
desk-closed-opens-on = Închis acum, se deschide { $day } la { $time }
# unreviewed
desk-hours-unknown = Program indisponibil: contactați ghișeul.
# unreviewed
desk-distance = la { $km } km
# unreviewed
desk-address-reserved = Adresă confidențială (în { $comune }): contactați ghișeul.
# unreviewed
desk-languages-label = Limbi vorbite:
# unreviewed
desk-where-heading = Unde se află
# unreviewed
desk-open-map = Vedeți pe harta OpenStreetMap
# unreviewed
desk-accessibility-label = Accesibilitate:
# unreviewed
desk-hours-heading = Program
# unreviewed
desk-week-caption = Programul din această săptămână (ora Italiei)
# unreviewed
desk-week-day = Ziua
# unreviewed
desk-week-hours = Orar
# unreviewed
desk-week-languages = Limbi vorbite
# unreviewed
desk-today = azi
# unreviewed
desk-day-closed = Închis
# unreviewed
desk-contact-heading = Contact
# unreviewed
desk-phone-label = Telefon:
# unreviewed
desk-channels-label = Cum îl contactați:
# unreviewed
desk-updated-on = Ultima actualizare: { $date }.
# unreviewed
breadcrumb-label = Vă aflați aici

# unreviewed
weekday-1 = luni
# unreviewed
weekday-2 = marți
# unreviewed
weekday-3 = miercuri
# unreviewed
weekday-4 = joi
# unreviewed
weekday-5 = vineri
# unreviewed
weekday-6 = sâmbătă
# unreviewed
weekday-7 = duminică
# unreviewed
month-1 = ianuarie
# unreviewed
month-2 = februarie
# unreviewed
month-3 = martie
# unreviewed
month-4 = aprilie
# unreviewed
month-5 = mai
# unreviewed
month-6 = iunie
# unreviewed
month-7 = iulie
# unreviewed
month-8 = august
# unreviewed
month-9 = septembrie
# unreviewed
month-10 = octombrie
# unreviewed
month-11 = noiembrie
# unreviewed
month-12 = decembrie
# unreviewed
date-day-month = { $day } { $month }

# unreviewed
desk-edit-title = Modificați ghișeul
# unreviewed
desk-edit-back = Înapoi la ghișeu
# unreviewed
desk-edit-name = Numele ghișeului
# unreviewed
desk-edit-hours = Program de funcționare
# unreviewed
# The OpenStreetMap codes (Mo-Fr, PH off, Aug off, Dec) must stay in English.
desk-edit-hours-hint = Format OpenStreetMap, de exemplu: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = sărbători legale). Închideri: Aug off sau 2026 Dec 24-Dec 26 off.
# unreviewed
desk-edit-languages = Limbi vorbite
# unreviewed
desk-edit-languages-hint = Coduri ISO separate prin virgulă, de exemplu: it, ar, en, zh.
# unreviewed
desk-edit-link = Modificați datele ghișeului
# unreviewed
desk-field-opening_hours = Program
# unreviewed
desk-field-languages = Limbi
# unreviewed
desk-field-phone = Telefon
# unreviewed
desk-field-accessibility = Accesibilitate
# unreviewed
desk-edit-error-name = Scrieți numele ghișeului (cel mult 200 de caractere).
# unreviewed
desk-edit-error-hours = Programul nu este în formatul OpenStreetMap.
# unreviewed
desk-edit-error-hours-at = Programul nu este în formatul OpenStreetMap: verificați de la caracterul { $column }.
# unreviewed
desk-edit-error-languages = Limbile trebuie scrise ca coduri ISO de 2 sau 3 litere, separate prin virgulă.
# unreviewed
desk-edit-error-phone = Telefonul poate conține doar cifre, spații și + - / . ( ).
# unreviewed
desk-edit-error-channels = Alegeți cel puțin un mod de a contacta ghișeul.

# unreviewed
desk-services-heading = Servicii oferite aici
# unreviewed
desk-services-none = Niciun serviciu înregistrat pentru acest ghișeu: întrebați la ghișeu.
# unreviewed
desk-how-to-book = Pentru a merge la ghișeu, faceți o programare: sunați sau scrieți la datele de contact de mai jos.
# unreviewed
desk-hubs-heading = Centre tematice de referință
# unreviewed
desk-hubs-intro = Pentru întrebările cele mai dificile pe aceste teme, ghișeul se adresează centrelor tematice ale rețelei.
# unreviewed
desk-edit-address = Adresă
# unreviewed
desk-edit-postcode = Cod poștal (CAP)
# unreviewed
desk-edit-comune = Localitate (comune)
# unreviewed
desk-edit-province = Provincie (codul de două litere, de exemplu BO)
# unreviewed
desk-edit-latitude = Latitudine
# unreviewed
desk-edit-longitude = Longitudine
# unreviewed
desk-edit-position-hint = În grade zecimale, de exemplu 44.4939 și 11.3426 (le găsiți pe OpenStreetMap).
# unreviewed
desk-edit-sensitive = Adresă confidențială
# unreviewed
desk-edit-sensitive-hint = Pentru structurile protejate: adresa și poziția nu apar niciodată pe portal, pe hartă sau în datele deschise.
# unreviewed
desk-edit-error-address = Scrieți adresa (cel mult 200 de caractere).
# unreviewed
desk-edit-error-sensitive = Doar coordonatorii rețelei pot schimba dacă adresa este confidențială.
# unreviewed
desk-edit-error-comune = Scrieți localitatea (cel mult 100 de caractere).
# unreviewed
desk-edit-error-postcode = Codul poștal (CAP) este prea lung.
# unreviewed
desk-edit-error-province = Provincia trebuie scrisă cu codul de două litere, de exemplu BO.
# unreviewed
desk-edit-error-position = Latitudinea și longitudinea trebuie scrise în grade zecimale: latitudinea între -90 și 90, longitudinea între -180 și 180.
# unreviewed
desk-field-address = Adresă
# unreviewed
desk-field-postcode = Cod poștal (CAP)
# unreviewed
desk-field-comune = Localitate
# unreviewed
desk-field-province = Provincie
# unreviewed
desk-field-position = Poziție
# unreviewed
desk-field-sensitive = Adresă confidențială
# unreviewed
desk-edit-language-hours = Limbi vorbite doar în anumite ore
# unreviewed
desk-edit-language-hours-hint = Un rând pentru fiecare limbă: codul și orele în format OpenStreetMap, de exemplu „ar Mo,We,Fr 09:00-13:00”. Limbile care nu apar aici se vorbesc pe toată durata programului.
# unreviewed
desk-edit-error-slot = Fiecare rând trebuie să conțină codul unei limbi vorbite la ghișeu și orele ei în format OpenStreetMap, de exemplu: ar Mo,We 09:00-13:00.
# unreviewed
desk-field-language_hours = Limbi în anumite ore

## Desks — Ghișee

# unreviewed
desks-title = Ghișeele rețelei
# unreviewed
desks-intro = Toate ghișeele rețelei: centrele tematice, ghișeele specializate pentru străini și punctele de prim contact (URP – birourile de relații cu publicul, ghișeele serviciilor sociale).
# unreviewed
desks-count = { $count ->
    [one] { $count } ghișeu
    [few] { $count } ghișee
   *[other] { $count } de ghișee
}
# unreviewed
pagination-label = Pagini
# unreviewed
pagination-previous = Pagina anterioară
# unreviewed
pagination-next = Pagina următoare
# unreviewed
pagination-status = Pagina { $page } din { $pages }

## Workspace: desks — Zona de lucru: ghișee

# unreviewed
ws-desks-title = Ghișeele mele
# unreviewed
ws-desks-intro = Ghișeele la care aveți un rol.
# unreviewed
ws-desks-empty = Niciun ghișeu nu intră în rolurile dumneavoastră.

## Editing organisations in the workspace. — Modificarea organizațiilor

# unreviewed
ws-orgs-title = Organizații
# unreviewed
ws-orgs-intro = Organizațiile ale căror date le puteți modifica: cele în care aveți un rol de administrare sau de coordonare, împreună cu organizațiile care fac parte din ele.
# unreviewed
ws-orgs-empty = Nicio organizație nu intră în rolurile dumneavoastră.

# unreviewed
org-edit-title = Modificați organizația
# unreviewed
org-edit-back = Înapoi la organizații
# unreviewed
org-edit-link = Modificați datele organizației
# unreviewed
org-edit-name = Numele organizației
# unreviewed
org-edit-alternate-name = Alt nume sau acronim
# unreviewed
org-edit-website = Site web
# unreviewed
org-edit-error-name = Scrieți numele organizației (cel mult 200 de caractere).
# unreviewed
org-edit-error-alternate-name = Celălalt nume poate avea cel mult 200 de caractere.

# unreviewed
edit-field-alternate_name = Alt nume
# unreviewed
edit-field-website = Site web
