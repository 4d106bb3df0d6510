### Audit: the audit log page.

## Operators: sign-in and workspace

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
