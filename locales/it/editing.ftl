## Editing services and organisations in the workspace.

workspace-nav-services = Servizi
workspace-nav-organisations = Enti
ws-services-title = Servizi
ws-services-intro = I servizi che puoi modificare: quelli offerti dai tuoi sportelli e quelli dei tuoi enti.
ws-services-empty = Nessun servizio rientra nei tuoi ruoli.
ws-orgs-title = Enti
ws-orgs-intro = Gli enti di cui puoi modificare i dati: quelli su cui hai un ruolo di amministrazione o di coordinamento, con gli enti che ne fanno parte.
ws-orgs-empty = Nessun ente rientra nei tuoi ruoli.

service-edit-title = Modifica il servizio
service-edit-back = Torna al servizio
service-edit-link = Modifica i dati del servizio
service-edit-name = Nome del servizio
service-edit-eligibility = Chi può chiederlo
service-edit-application = Come si chiede
service-edit-outcome = Cosa ottieni
service-edit-wait-time = Tempi
service-edit-fees = Costi
service-edit-documents = Documenti da portare
service-edit-documents-hint = Un documento per riga.
service-edit-url = Indirizzo web del servizio
edit-url-hint = Inizia con https:// (o http://).
service-edit-channels = Come si usa il servizio
service-edit-login-hint = Solo per i servizi online.
service-edit-plain-note = Nota in parole semplici
service-edit-plain-note-hint = Per chi legge l'italiano come seconda lingua: frasi brevi, parole comuni.

service-edit-error-name = Scrivi il nome del servizio (al massimo 200 caratteri).
service-edit-error-channels = Scegli almeno un modo per usare il servizio.
service-edit-error-login = L'accesso con SPID, CIE o CNS vale solo per i servizi online, e «non serve un'identità digitale» esclude gli altri.
service-edit-error-documents = Al massimo 30 documenti, ognuno di al massimo 300 caratteri.
edit-error-url = L'indirizzo web deve iniziare con https:// o http:// e non contenere spazi.

org-edit-title = Modifica l'ente
org-edit-back = Torna agli enti
org-edit-link = Modifica i dati dell'ente
org-edit-name = Nome dell'ente
org-edit-alternate-name = Altro nome o sigla
org-edit-website = Sito web
org-edit-error-name = Scrivi il nome dell'ente (al massimo 200 caratteri).
org-edit-error-alternate-name = L'altro nome può avere al massimo 200 caratteri.

edit-field-eligibility_description = Chi può chiederlo
edit-field-application_process = Come si chiede
edit-field-outcome = Cosa ottieni
edit-field-wait_time = Tempi
edit-field-fees_description = Costi
edit-field-url = Indirizzo web
edit-field-plain_note = Nota in parole semplici
edit-field-login = Accesso online
edit-field-required_documents = Documenti
edit-field-alternate_name = Altro nome
edit-field-website = Sito web
