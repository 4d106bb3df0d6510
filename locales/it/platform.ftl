# Sportello — Italian source strings. Italian is the source language and the fallback:
# every key used by the code must exist here. Other locales translate this file.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Site shell

site-name = Sportello stranieri
site-tagline = Informazioni e servizi per cittadine e cittadini stranieri
skip-link = Vai al contenuto principale
nav-main-label = Menu principale
nav-home = Pagina iniziale
nav-desks = Sportelli
nav-services = Servizi online
language-switcher-summary = Lingua
language-switcher-label = Scegli la lingua
translation-incomplete = Alcune parti di questa pagina non sono ancora tradotte e sono mostrate in italiano.
translation-draft = Questa traduzione è una bozza: non l'ha ancora rivista una persona madrelingua.
footer-about = Un servizio della rete regionale degli sportelli informativi per cittadini stranieri.
footer-demo = Dati dimostrativi: indirizzi, telefoni e altri dettagli segnati come «di esempio» sono inventati.
invented-marker = dati di esempio

## Themes: the name, and a one-line description

theme-permesso-di-soggiorno = Permesso di soggiorno
    .description = Richiesta, rinnovo e conversione del permesso di soggiorno.
theme-cittadinanza = Cittadinanza
    .description = Come chiedere la cittadinanza italiana e seguire la domanda.
theme-ricongiungimento-familiare = Ricongiungimento familiare
    .description = Far venire in Italia i familiari: requisiti e documenti.
theme-residenza-anagrafe = Residenza e anagrafe
    .description = Iscrizione anagrafica, cambio di residenza e certificati.
theme-salute = Salute
    .description = Iscrizione al Servizio sanitario, medico di base, prenotazioni.
theme-scuola = Scuola
    .description = Iscrizione a scuola e ai servizi per l'infanzia.
theme-lavoro-formazione = Lavoro e formazione
    .description = Cercare lavoro, contratti, corsi di formazione.
theme-casa = Casa
    .description = Affitto, case popolari, idoneità alloggiativa.
theme-prestazioni-sociali = Prestazioni sociali
    .description = Assegni, bonus e aiuti economici: chi può chiederli.
theme-lingua-italiana = Lingua italiana
    .description = Corsi di italiano e test di lingua.

## Desks

desk-level-l1 = Sportello di primo accesso
desk-level-l2 = Sportello specialistico per stranieri
desk-level-hub = Centro tematico
desk-themes-label = Temi:
desk-address-label = Indirizzo:

## Errors

error-request-id = Codice della richiesta: { $id }
error-request-id-help = Se chiedi aiuto, comunica questo codice.
error-go-home = Vai alla pagina iniziale
error-other-languages = Questa pagina in altre lingue
error-400-title = Richiesta non valida
error-400-body = L'indirizzo o i dati inviati non sono validi. Controlla l'indirizzo e riprova.
error-403-title = Accesso non consentito
error-403-body = Non hai il permesso di vedere questa pagina.
error-404-title = Pagina non trovata
error-404-body = La pagina che cerchi non esiste o è stata spostata.
error-405-title = Operazione non consentita
error-405-body = Questa pagina non accetta questo tipo di richiesta.
error-408-title = Tempo scaduto
error-408-body = La richiesta ha impiegato troppo tempo. Riprova tra poco.
error-413-title = Dati troppo grandi
error-413-body = I dati inviati superano la dimensione massima consentita.
error-429-title = Troppe richieste
error-429-body = Hai fatto troppe richieste in poco tempo. Attendi un momento e riprova.
error-500-title = Si è verificato un errore
error-500-body = Qualcosa non ha funzionato da parte nostra. Riprova tra poco.
error-503-title = Servizio non disponibile
error-503-body = Il servizio è temporaneamente non disponibile. Riprova tra poco.

## Operators: sign-in and workspace

nav-workspace = Area operatori
logout-submit = Esci
workspace-title = Area operatori
workspace-nav-label = Menu dell'area operatori
error-401-title = Accesso richiesto
error-401-body = Per vedere questa pagina devi accedere.
error-code-csrf-invalid = Il modulo è scaduto o non è valido. Torna indietro, ricarica la pagina e riprova.

## Password reset and mail

dev-mail-title = Posta inviata (sviluppo)
dev-mail-empty = Nessun messaggio.

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

finder-heading = Cerca uno sportello

desk-by-appointment = Solo su appuntamento
desk-email-label = Email:
desk-verified-on = Informazioni verificate il { $date }.

channel-in_person = Di persona
channel-phone = Per telefono
channel-online = Online
channel-video = In videochiamata

language-name-it = italiano
language-name-ar = arabo
language-name-en = inglese
language-name-fr = francese
language-name-es = spagnolo
language-name-zh = cinese
language-name-sq = albanese
language-name-ro = rumeno
language-name-uk = ucraino
language-name-ur = urdu
language-name-bn = bengalese
language-name-fa = persiano
language-name-ru = russo
language-name-pt = portoghese
language-name-wo = wolof
language-name-pa = punjabi
language-name-tl = tagalog

desk-edit-has-errors = Alcuni campi vanno corretti; nulla è stato salvato:
desk-edit-description = Descrizione
desk-edit-verified = Ho verificato oggi che queste informazioni sono corrette
desk-edit-submit = Salva le modifiche
desk-edit-saved = Modifiche salvate. Il portale pubblico le mostra entro pochi secondi.
desk-public-page = Vedi la pagina pubblica
desk-verify-due = Da verificare: le informazioni non sono state confermate negli ultimi mesi.
desk-history-heading = Cronologia delle modifiche
desk-history-empty = Nessuna modifica registrata.
desk-history-when = Quando (UTC)
desk-history-who = Chi
desk-history-field = Campo
desk-history-before = Prima
desk-history-after = Dopo
desk-field-name = Nome
desk-field-description = Descrizione
desk-field-channels = Modi di contatto
desk-field-by_appointment = Solo su appuntamento
desk-field-email = Email
desk-field-verified_on = Verifica
desk-edit-error-email = L'indirizzo email non è valido.
desk-edit-error-too-long = Il testo è troppo lungo (al massimo 2000 caratteri).

## Dates in full (service pages and desk pages).

date-full-1 = { $day } gennaio { $year }
date-full-2 = { $day } febbraio { $year }
date-full-3 = { $day } marzo { $year }
date-full-4 = { $day } aprile { $year }
date-full-5 = { $day } maggio { $year }
date-full-6 = { $day } giugno { $year }
date-full-7 = { $day } luglio { $year }
date-full-8 = { $day } agosto { $year }
date-full-9 = { $day } settembre { $year }
date-full-10 = { $day } ottobre { $year }
date-full-11 = { $day } novembre { $year }
date-full-12 = { $day } dicembre { $year }

## Web addresses in the editing forms (services and organisations).

edit-url-hint = Inizia con https:// (o http://).

edit-error-url = L'indirizzo web deve iniziare con https:// o http:// e non contenere spazi.
