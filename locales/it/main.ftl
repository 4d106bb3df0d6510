# Sportello — Italian source strings. Italian is the source language and the fallback:
# every key used by the code must exist here. Other locales translate this file.

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
footer-about = Un servizio della rete regionale degli sportelli informativi per cittadini stranieri.
footer-demo = Dati dimostrativi: indirizzi, telefoni e altri dettagli segnati come «di esempio» sono inventati.
invented-marker = dati di esempio

## Home

home-title = Informazioni per cittadini stranieri
home-intro = Trova informazioni chiare sui documenti, la salute, la scuola, il lavoro e la casa, e lo sportello più vicino a te.
home-themes-heading = Temi
home-hubs-heading = Centri tematici della rete
home-hubs-intro = I centri tematici curano le informazioni di ogni tema per tutta la rete.
home-desks-heading = Sportelli per cittadini stranieri
home-all-desks = { $count ->
    [one] Vedi l'unico sportello della rete
   *[other] Vedi tutti i { $count } sportelli della rete
}
home-no-desks = Nessuno sportello è ancora registrato.

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
login-title = Accesso operatori
login-intro = Area riservata agli operatori della rete degli sportelli.
login-email = Indirizzo e-mail
login-password = Password
login-submit = Accedi
login-refused = E-mail o password non corretti, oppure account disattivato.
login-throttled = Troppi tentativi non riusciti. Riprova tra { $seconds } secondi.
logout-submit = Esci
workspace-title = Area operatori
workspace-welcome = Benvenuta/o, { $name }.
workspace-roles-heading = I tuoi ruoli
workspace-no-roles = Non hai ancora ruoli assegnati: chiedi a chi coordina la rete.
workspace-nav-label = Menu dell'area operatori
workspace-nav-profile = Profilo
workspace-nav-audit = Registro delle attività
profile-title = Il tuo profilo
profile-email = E-mail:
profile-password-heading = Cambia la password
profile-current-password = Password attuale
profile-new-password = Nuova password (almeno 12 caratteri)
profile-confirm-password = Ripeti la nuova password
profile-password-submit = Cambia password
profile-password-changed = Password cambiata. Le altre sessioni aperte sono state chiuse.
profile-password-wrong = La password attuale non è corretta.
profile-password-mismatch = Le due nuove password non coincidono.
profile-password-too-short = La nuova password deve avere almeno 12 caratteri.
audit-title = Registro delle attività
audit-filter-action = Azione (inizio)
audit-filter-actor = Chi (e-mail)
audit-filter-submit = Filtra
audit-col-when = Quando
audit-col-who = Chi
audit-col-action = Azione
audit-col-object = Oggetto
audit-col-ip = Indirizzo IP
audit-empty = Nessuna attività registrata con questi filtri.
role-admin = Amministrazione
role-coordinator = Coordinamento regionale
role-hub_editor = Redazione di centro tematico
role-l2_operator = Operatore di sportello specialistico
role-l1_operator = Operatore di sportello di primo accesso
role-translator = Traduzione
role-trainer = Formazione
role-viewer = Consultazione
scope-network = tutta la rete
scope-organisation = ente { $target }
scope-desk = sportello { $target }
scope-theme = tema { $target }
scope-language = lingua { $target }
error-401-title = Accesso richiesto
error-401-body = Per vedere questa pagina devi accedere.
error-code-csrf-invalid = Il modulo è scaduto o non è valido. Torna indietro, ricarica la pagina e riprova.

## Two-factor authentication

workspace-nav-twofa = Verifica in due passaggi
code-title = Codice di verifica
code-intro = Apri l'app di autenticazione sul telefono e scrivi il codice di 6 cifre. Se non hai il telefono, usa uno dei codici di recupero.
code-label = Codice
code-submit = Verifica
code-refused = Codice non valido o già usato. Riprova con il codice nuovo.
twofa-title = Verifica in due passaggi
twofa-intro = Con la verifica in due passaggi, per accedere servono la password e un codice che cambia ogni 30 secondi, creato da un'app sul telefono.
twofa-required = Il tuo ruolo richiede la verifica in due passaggi: attivala per usare l'area operatori.
twofa-start = Attiva la verifica in due passaggi
twofa-step-scan = Inquadra questo codice QR con l'app di autenticazione.
twofa-qr-label = Codice QR per l'app di autenticazione
twofa-step-link = Sul telefono puoi anche aprire questo collegamento:
twofa-step-key = Oppure scrivi questa chiave nell'app:
twofa-step-confirm = Scrivi il codice che l'app mostra ora.
twofa-confirm-submit = Conferma e attiva
twofa-enabled-now = Verifica in due passaggi attivata.
twofa-recovery-heading = Codici di recupero
twofa-recovery-intro = Conserva questi codici in un posto sicuro: ognuno vale una sola volta, se perdi il telefono. Non li vedrai più.
twofa-active = La verifica in due passaggi è attiva.

## Password reset and mail

login-forgot = Hai dimenticato la password?
reset-title = Reimposta la password
reset-intro = Scrivi l'indirizzo e-mail del tuo account: ti mandiamo un collegamento per scegliere una nuova password.
reset-submit = Invia il collegamento
reset-sent = Se l'indirizzo appartiene a un account attivo, riceverai a breve un'e-mail con il collegamento. Il collegamento vale 30 minuti e una sola volta.
reset-new-title = Scegli una nuova password
reset-new-submit = Salva la nuova password
reset-done = Password cambiata. Ora puoi accedere con la nuova password.
reset-link-invalid = Questo collegamento è scaduto o è già stato usato. Chiedine uno nuovo.
mail-reset-subject = Reimposta la password di Sportello stranieri
mail-reset-body = Buongiorno,
    abbiamo ricevuto una richiesta di reimpostare la password del tuo account.
    Per scegliere una nuova password apri questo collegamento entro { $minutes } minuti:
    { $link }
    Se non hai chiesto tu di reimpostare la password, ignora questo messaggio: la password resta quella di prima.
dev-mail-title = Posta inviata (sviluppo)
dev-mail-empty = Nessun messaggio.

## Accounts administration

workspace-nav-users = Utenti e ruoli
users-title = Utenti e ruoli
users-intro = Assegna a ogni persona i ruoli che le servono, sull'ambito giusto. Ogni modifica chiude le sessioni aperte di quella persona ed è registrata.
users-col-roles = Ruoli
users-disabled = account disattivato
users-role = Ruolo
users-scope-kind = Ambito
users-scope-target = Quale (sigla)
users-grant-submit = Aggiungi il ruolo
users-revoke-submit = Togli
users-disable-submit = Disattiva l'account
users-saved = Modifica salvata.
users-error = La modifica non è stata salvata: { $reason }
scope-kind-network = Tutta la rete
scope-kind-organisation = Ente
scope-kind-desk = Sportello
scope-kind-theme = Tema
scope-kind-language = Lingua

## Workspace: desks

workspace-nav-desks = I miei sportelli
ws-desks-title = I miei sportelli
ws-desks-intro = Gli sportelli su cui hai un ruolo.
ws-desks-empty = Nessuno sportello rientra nei tuoi ruoli.
