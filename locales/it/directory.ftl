### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory).

finder-intro = Cerca lo sportello giusto: vicino a te, che parla la tua lingua, aperto ora. I centri tematici, gli sportelli specialistici per stranieri e i punti di primo accesso (URP, sportelli sociali).
finder-near-label = Vicino a (comune)
finder-near-hint = Scrivi il nome del comune, per esempio Bologna.
finder-use-position = Usa la mia posizione
finder-language-label = Lingua parlata
finder-any-language = Qualsiasi lingua
finder-open-now-label = Solo sportelli aperti ora
finder-more-filters = Altri filtri
finder-theme-label = Tema
finder-any-theme = Tutti i temi
finder-level-label = Tipo di sportello
finder-any-level = Tutti i tipi
finder-channel-label = Come contattarlo
finder-any-channel = Tutti i modi
finder-province-label = Provincia
finder-any-province = Tutte le province
finder-submit = Cerca
finder-sorted-by-distance = Dal più vicino al più lontano.
finder-no-results = Nessuno sportello corrisponde alla ricerca. Prova a togliere qualche filtro.
finder-map-label = Mappa degli sportelli trovati
finder-map-attribution = © contributori di OpenStreetMap
finder-geojson-link = Scarica gli sportelli pubblici (GeoJSON, dati aperti)
finder-error-theme = Questo tema non esiste: scegline uno dall'elenco.
finder-error-level = Questo tipo di sportello non esiste: scegline uno dall'elenco.
finder-error-language = Questa lingua non è valida: scegline una dall'elenco.
finder-error-channel = Questo modo di contatto non esiste: scegline uno dall'elenco.
finder-error-page = Il numero di pagina non è valido: mostriamo la prima pagina.
finder-error-position = La posizione non è valida. Scrivi invece il nome del comune.
finder-error-comune = Non troviamo il comune «{ $name }» tra quelli con uno sportello. Prova con: { $suggestions }.

desk-open = Aperto ora
desk-open-until = Aperto ora, chiude alle { $time }
desk-closed = Chiuso
desk-closed-opens-today = Chiuso ora, apre oggi alle { $time }
desk-closed-opens-on = Chiuso ora, apre { $day } alle { $time }
desk-hours-unknown = Orari non disponibili: contatta lo sportello.
desk-distance = a { $km } km
desk-address-reserved = Indirizzo riservato (a { $comune }): contatta lo sportello.
desk-languages-label = Lingue parlate:
desk-where-heading = Dove si trova
desk-open-map = Vedi sulla mappa di OpenStreetMap
desk-accessibility-label = Accessibilità:
desk-hours-heading = Orari
desk-week-caption = Orari di questa settimana (ora italiana)
desk-week-day = Giorno
desk-week-hours = Orario
desk-week-languages = Lingue parlate
desk-today = oggi
desk-day-closed = Chiuso
desk-contact-heading = Contatti
desk-phone-label = Telefono:
desk-channels-label = Come contattarlo:
desk-updated-on = Ultimo aggiornamento: { $date }.
breadcrumb-label = Sei qui

weekday-1 = lunedì
weekday-2 = martedì
weekday-3 = mercoledì
weekday-4 = giovedì
weekday-5 = venerdì
weekday-6 = sabato
weekday-7 = domenica
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
date-day-month = { $day } { $month }

desk-edit-title = Modifica lo sportello
desk-edit-back = Torna allo sportello
desk-edit-name = Nome dello sportello
desk-edit-hours = Orari di apertura
desk-edit-hours-hint = Formato OpenStreetMap, per esempio: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = festivi). Chiusure: Aug off oppure 2026 Dec 24-Dec 26 off.
desk-edit-languages = Lingue parlate
desk-edit-languages-hint = Codici ISO separati da virgole, per esempio: it, ar, en, zh.
desk-edit-link = Modifica i dati dello sportello
desk-field-opening_hours = Orari
desk-field-languages = Lingue
desk-field-phone = Telefono
desk-field-accessibility = Accessibilità
desk-edit-error-name = Scrivi il nome dello sportello (al massimo 200 caratteri).
desk-edit-error-hours = Gli orari non sono nel formato OpenStreetMap.
desk-edit-error-hours-at = Gli orari non sono nel formato OpenStreetMap: controlla dal carattere { $column }.
desk-edit-error-languages = Le lingue vanno scritte come codici ISO di 2 o 3 lettere, separati da virgole.
desk-edit-error-phone = Il telefono può contenere solo cifre, spazi e + - / . ( ).
desk-edit-error-channels = Scegli almeno un modo per contattare lo sportello.

desk-services-heading = Servizi offerti qui
desk-services-none = Nessun servizio registrato per questo sportello: chiedi allo sportello.
desk-how-to-book = Per andare allo sportello prendi un appuntamento: telefona o scrivi ai contatti qui sotto.
desk-hubs-heading = Centri tematici di riferimento
desk-hubs-intro = Per le domande più difficili su questi temi lo sportello si rivolge ai centri tematici della rete.
desk-edit-address = Indirizzo
desk-edit-postcode = CAP
desk-edit-comune = Comune
desk-edit-province = Provincia (sigla, per esempio BO)
desk-edit-latitude = Latitudine
desk-edit-longitude = Longitudine
desk-edit-position-hint = In gradi decimali, per esempio 44.4939 e 11.3426 (si trovano su OpenStreetMap).
desk-edit-sensitive = Indirizzo riservato
desk-edit-sensitive-hint = Per strutture protette: indirizzo e posizione non compaiono mai sul portale, sulla mappa né nei dati aperti.
desk-edit-error-address = Scrivi l'indirizzo (al massimo 200 caratteri).
desk-edit-error-sensitive = Solo chi coordina la rete può cambiare se l'indirizzo è riservato.
desk-edit-error-comune = Scrivi il comune (al massimo 100 caratteri).
desk-edit-error-postcode = Il CAP è troppo lungo.
desk-edit-error-province = La provincia va scritta con la sigla di due lettere, per esempio BO.
desk-edit-error-position = Latitudine e longitudine vanno scritte in gradi decimali: latitudine tra -90 e 90, longitudine tra -180 e 180.
desk-field-address = Indirizzo
desk-field-postcode = CAP
desk-field-comune = Comune
desk-field-province = Provincia
desk-field-position = Posizione
desk-field-sensitive = Indirizzo riservato
desk-edit-language-hours = Lingue solo in certi orari
desk-edit-language-hours-hint = Una riga per lingua: codice e orari in formato OpenStreetMap, per esempio «ar Mo,We,Fr 09:00-13:00». Le lingue che non compaiono qui si parlano in tutto l'orario di apertura.
desk-edit-error-slot = Ogni riga vuole il codice di una lingua parlata allo sportello e i suoi orari in formato OpenStreetMap, per esempio: ar Mo,We 09:00-13:00.
desk-field-language_hours = Lingue in certi orari

## Desks

desks-title = Sportelli della rete
desks-intro = Tutti gli sportelli della rete: i centri tematici, gli sportelli specialistici per stranieri e i punti di primo accesso (URP, sportelli sociali).
desks-count = { $count ->
    [one] { $count } sportello
   *[other] { $count } sportelli
}
pagination-label = Pagine
pagination-previous = Pagina precedente
pagination-next = Pagina successiva
pagination-status = Pagina { $page } di { $pages }

## Workspace: desks

ws-desks-title = I miei sportelli
ws-desks-intro = Gli sportelli su cui hai un ruolo.
ws-desks-empty = Nessuno sportello rientra nei tuoi ruoli.

## Editing organisations in the workspace.

ws-orgs-title = Enti
ws-orgs-intro = Gli enti di cui puoi modificare i dati: quelli su cui hai un ruolo di amministrazione o di coordinamento, con gli enti che ne fanno parte.
ws-orgs-empty = Nessun ente rientra nei tuoi ruoli.

org-edit-title = Modifica l'ente
org-edit-back = Torna agli enti
org-edit-link = Modifica i dati dell'ente
org-edit-name = Nome dell'ente
org-edit-alternate-name = Altro nome o sigla
org-edit-website = Sito web
org-edit-error-name = Scrivi il nome dell'ente (al massimo 200 caratteri).
org-edit-error-alternate-name = L'altro nome può avere al massimo 200 caratteri.

edit-field-alternate_name = Altro nome
edit-field-website = Sito web
