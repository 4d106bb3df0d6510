### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Operators: sign-in and workspace

login-title = Accesso operatori
login-intro = Area riservata agli operatori della rete degli sportelli.
login-email = Indirizzo e-mail
login-password = Password
login-submit = Accedi
login-refused = E-mail o password non corretti, oppure account disattivato.
login-throttled = Troppi tentativi non riusciti. Riprova tra { $seconds ->
    [one] { $seconds } secondo
   *[other] { $seconds } secondi
}.
workspace-welcome = Benvenuta/o, { $name }.
workspace-roles-heading = I tuoi ruoli
workspace-no-roles = Non hai ancora ruoli assegnati: chiedi a chi coordina la rete.
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

## Two-factor authentication

workspace-nav-twofa = Verifica in due passaggi
code-title = Codice di verifica
code-intro = Apri l'app di autenticazione sul telefono e scrivi il codice di 6 cifre. Se non hai il telefono, usa uno dei codici di recupero.
code-label = Codice
code-submit = Verifica
code-refused = Codice non valido o già usato. Riprova con il codice nuovo.
code-attempts-exhausted = Troppi codici sbagliati: per sicurezza l'accesso è stato annullato. Inserisci di nuovo e-mail e password.
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
    Per scegliere una nuova password apri questo collegamento entro { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }:
    { $link }
    Se non hai chiesto tu di reimpostare la password, ignora questo messaggio: la password resta quella di prima.

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

## Workspace menu: desks, services and organisations

workspace-nav-desks = I miei sportelli

workspace-nav-services = Servizi
workspace-nav-organisations = Enti
