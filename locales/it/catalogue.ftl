### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages.

catalogue-title = Servizi online
catalogue-intro = I servizi che puoi usare da casa, con il telefono o il computer: chi li offre, a cosa servono e cosa ti serve per entrare.
catalogue-help = Se hai bisogno di aiuto per usarli, uno sportello della rete può aiutarti.
catalogue-help-link = Trova uno sportello
catalogue-empty = Non ci sono ancora servizi online nel catalogo.
catalogue-breadcrumb-label = Percorso
catalogue-categories-heading = Categorie
catalogue-category-vita-del-cittadino = Vita del cittadino
catalogue-category-istruzione = Istruzione
catalogue-category-cultura = Cultura
catalogue-category-lavoro-formazione = Lavoro e formazione
catalogue-category-salute = Salute
catalogue-provider = Ente:
catalogue-what = Cos'è:
catalogue-who = Chi può usarlo:
catalogue-login = Cosa serve per entrare
catalogue-login-spid = SPID (Sistema pubblico di identità digitale)
catalogue-login-cie = CIE (Carta d'identità elettronica)
catalogue-login-cns = CNS (Tessera sanitaria con chip)
catalogue-login-none = Non serve un'identità digitale
catalogue-plain-note = In parole semplici:
catalogue-open-online = Vai al servizio online
catalogue-external = sito esterno
catalogue-details = Scheda del servizio
catalogue-service-kicker = Scheda del servizio
catalogue-toc-heading = In questa pagina
catalogue-sec-what = Cos'è
catalogue-sec-who = A chi si rivolge
catalogue-sec-how = Come fare
catalogue-sec-need = Cosa serve
catalogue-sec-get = Cosa si ottiene
catalogue-sec-time = Tempi e scadenze
catalogue-sec-cost = Quanto costa
catalogue-sec-access = Accedi al servizio
catalogue-sec-more = Ulteriori informazioni
catalogue-sec-contacts = Contatti
catalogue-sec-updated = Ultimo aggiornamento
catalogue-not-stated = Informazione non disponibile: chiedi a uno sportello.
catalogue-no-documents = Non servono documenti particolari.
catalogue-access-online = Online
catalogue-access-book = Prenota
catalogue-by-appointment = Il servizio è su appuntamento: contatta uno degli sportelli qui sotto per fissarlo.
catalogue-access-where = Dove
catalogue-access-ask = Per sapere dove chiedere questo servizio, rivolgiti a uno sportello della rete.
catalogue-channels = Come puoi usarlo:
catalogue-channel-in-person = allo sportello
catalogue-channel-phone = per telefono
catalogue-channel-online = online
catalogue-channel-video = in videochiamata
catalogue-themes = Temi:
catalogue-category = Categoria del catalogo:
catalogue-provider-website = Sito dell'ente
catalogue-contacts-desks = Per informazioni puoi rivolgerti a uno sportello della rete.
catalogue-phone = Telefono:
catalogue-email = Email:
catalogue-desk-level-l1 = sportello di primo livello
catalogue-desk-level-l2 = sportello specialistico
catalogue-desk-level-hub = centro tematico
catalogue-cost-free = gratis
catalogue-cost-euro = { $amount } euro

## Editing services in the workspace.

ws-services-title = Servizi
ws-services-intro = I servizi che puoi modificare: quelli offerti dai tuoi sportelli e quelli dei tuoi enti.
ws-services-empty = Nessun servizio rientra nei tuoi ruoli.

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
service-edit-channels = Come si usa il servizio
service-edit-login-hint = Solo per i servizi online.
service-edit-plain-note = Nota in parole semplici
service-edit-plain-note-hint = Per chi legge l'italiano come seconda lingua: frasi brevi, parole comuni.

service-edit-error-name = Scrivi il nome del servizio (al massimo 200 caratteri).
service-edit-error-organisation-only = Questo campo lo cambia solo chi lavora per l'ente che offre il servizio.
service-edit-error-channels = Scegli almeno un modo per usare il servizio.
service-edit-error-login = L'accesso con SPID, CIE o CNS vale solo per i servizi online, e «non serve un'identità digitale» esclude gli altri.
service-edit-error-documents = Al massimo 30 documenti, ognuno di al massimo 300 caratteri.

edit-field-eligibility_description = Chi può chiederlo
edit-field-application_process = Come si chiede
edit-field-outcome = Cosa ottieni
edit-field-wait_time = Tempi
edit-field-fees_description = Costi
edit-field-url = Indirizzo web
edit-field-plain_note = Nota in parole semplici
edit-field-login = Accesso online
edit-field-required_documents = Documenti
