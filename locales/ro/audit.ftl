# Sportello — Romanian (română) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Romanian reviewer.

### Audit: the audit log page.

## Operators: sign-in and workspace — Operatori: autentificare și zona de lucru

# unreviewed
audit-title = Registrul activităților
# unreviewed
audit-filter-action = Acțiune (început)
# unreviewed
audit-filter-actor = Cine (e-mail)
# unreviewed
audit-filter-submit = Filtrați
# unreviewed
audit-col-when = Când
# unreviewed
audit-col-who = Cine
# unreviewed
audit-col-action = Acțiune
# unreviewed
audit-col-object = Obiect
# unreviewed
audit-col-ip = Adresă IP
# unreviewed
audit-empty = Nicio activitate înregistrată cu aceste filtre.
