### Knowledge base: procedure sheets, FAQ, guides and news of the thematic hubs.

workspace-nav-kb = Schede informative

## Kinds, states and sections

kb-kind-sheet = Scheda
kb-kind-faq = Domanda frequente
kb-kind-guide = Guida
kb-kind-news = Notizia
kb-status-draft = Bozza
kb-status-in_review = In revisione
kb-status-published = Pubblicata
kb-status-archived = Archiviata
kb-section-what = Cos'è
kb-section-who = A chi si rivolge
kb-section-how = Come fare
kb-section-needs = Cosa serve
kb-section-outcome = Cosa si ottiene
kb-section-time = Tempi e scadenze
kb-section-cost = Quanto costa
kb-section-where = Dove rivolgersi
kb-section-legal_basis = Riferimenti normativi
kb-section-more = Ulteriori informazioni
kb-section-contacts = Contatti
kb-section-last_update = Ultimo aggiornamento
kb-prereq-codice-fiscale = Codice fiscale
kb-prereq-tessera-sanitaria = Tessera sanitaria
kb-prereq-spid-cie = SPID o CIE
kb-prereq-residenza = Residenza
kb-prereq-pec = PEC (posta elettronica certificata)

## Public pages

kb-theme-empty = Non ci sono ancora schede su questo tema.
kb-theme-desks = Trova uno sportello che si occupa di questo tema
kb-texts-in-italian = Le schede sono scritte in italiano.
kb-legal-review = Questa scheda è in aggiornamento dopo un cambiamento della legge.
kb-legal-review-short = da verificare per la legge
kb-owner = A cura di
kb-prerequisites = Prima ti serve
kb-steps = I passi
kb-step-who = Chi
kb-step-where = Dove
kb-step-bring = Cosa portare
kb-step-cost = Costo
kb-step-time = Tempo
kb-variant-yours = Nella tua zona:
kb-variants-other = Come funziona in altre zone
kb-area-hint = In alcune zone i passi sono diversi.
kb-area-choose = Scegli il tuo sportello per vedere come funziona da te.
kb-desks = Sportelli che possono aiutarti
kb-review-by = Prossima verifica entro il
kb-withdrawn-title = Scheda ritirata
kb-withdrawn-text = Questa scheda non è più valida ed è stata ritirata:
kb-withdrawn-replaced = Al suo posto trovi:
kb-withdrawn-ask = Chiedi a uno sportello informazioni aggiornate

## Workspace

kb-ws-title = Schede informative
kb-ws-new-title = Nuova scheda
kb-ws-editor-title = Modifica della scheda
kb-ws-history-title = Versioni della scheda
kb-ws-new-sheet = Nuova scheda
kb-ws-new-faq = Nuova domanda frequente
kb-ws-empty = Non ci sono schede che puoi scrivere o rivedere.
kb-ws-back = Torna alle schede
kb-ws-back-editor = Torna alla scheda
kb-ws-create = Crea la bozza
kb-ws-save = Salva una nuova versione
kb-ws-edit-heading = Testo
kb-ws-history-link = Versioni e differenze
kb-ws-version = versione { $n }
kb-ws-published-version = pubblicata: versione { $n }
kb-ws-moved = Fatto. Ora la scheda è:
kb-field-title = Titolo
kb-field-summary = In breve
kb-field-tags = Parole chiave (separate da virgole)
kb-field-kind = Tipo
kb-field-theme = Tema
kb-field-hub = Hub responsabile
kb-field-status = Stato
kb-field-slug = Indirizzo della pagina
kb-field-slug-hint = Lettere minuscole, cifre e trattini, per esempio rinnovo-permesso.
kb-field-online-url = Servizio online (indirizzo http o https)
kb-field-body = Testo (Markdown)
kb-steps-hint = Compila un passo per riga del percorso. Un passo vuoto non viene salvato.
kb-step-n = Passo { $n }
kb-variant-n = Variante locale { $n }
kb-variant-area = Zona
kb-variant-area-hint = Zona di una variante: la sigla della provincia (per esempio BO) oppure desk: seguito dall'indirizzo di uno sportello (per esempio desk:hub-salute).
kb-variant-label = Nome mostrato (per esempio Questura di Bologna)
kb-minor = Correzione minore (refusi): le traduzioni restano valide
kb-minor-short = minore
kb-part-title = Titolo
kb-part-summary = In breve
kb-part-who = Chi
kb-part-where = Dove
kb-part-bring = Cosa portare
kb-part-cost = Costo
kb-part-time = Tempo
kb-part-text = Testo
kb-part-label = Nome della variante
kb-part-online_url = Servizio online
kb-part-body = Testo
kb-part-step = Passo { $n }: { $field }
kb-workflow = Revisione e pubblicazione
kb-four-eyes-on = In questo hub una versione la pubblica una persona diversa da chi l'ha scritta.
kb-comment = Commento
kb-comment-add = Aggiungi il commento
kb-comments = Commenti di revisione
kb-comments-empty = Ancora nessun commento.
kb-publish-at = Pubblica il (facoltativo)
kb-publish-at-hint = Ora di Roma. Lascia vuoto per pubblicare subito.
kb-action-submit = Invia in revisione
kb-action-return = Rimanda all'autore
kb-action-publish = Approva e pubblica
kb-action-archive = Archivia
kb-action-reopen = Riapri come bozza
kb-conflict-title = Qualcuno ha salvato la versione { $n } mentre scrivevi
kb-conflict-text = Il testo di { $editor } è qui sotto; il tuo è rimasto nel modulo. Se salvi di nuovo, il tuo testo diventa la versione successiva.
kb-diff-from = Dalla versione
kb-diff-to = Alla versione
kb-diff-compare = Confronta
kb-diff-heading = Differenze dalla versione { $from } alla { $to }
kb-diff-none = Nessuna differenza nel testo.
kb-diff-legend = Il testo tolto è barrato, quello aggiunto è sottolineato.
kb-versions = Tutte le versioni
kb-version = Versione
kb-editor-system = caricamento iniziale

## Refusals and form errors

kb-refused-not-reviewer = Solo chi rivede le schede di questo hub può farlo.
kb-refused-transition = Questo passaggio non è possibile dallo stato attuale della scheda.
kb-refused-stale = Nel frattempo la scheda è cambiata. Guarda la nuova versione e riprova.
kb-refused-comment-needed = Scrivi un commento che spieghi cosa cambiare.
kb-refused-four-eyes = Non puoi pubblicare una versione che hai scritto tu: deve approvarla un'altra persona.
kb-refused-schedule-past = La data di pubblicazione deve essere nel futuro.
kb-refused-schedule-invalid = La data di pubblicazione non è valida.
kb-error-kind = Scegli il tipo di scheda.
kb-error-theme = Scegli un tema.
kb-error-hub = Scegli un hub per cui puoi scrivere.
kb-error-slug = L'indirizzo può contenere solo lettere minuscole, cifre e trattini.
kb-error-slug-taken = Esiste già una scheda con questo indirizzo nel tema.
kb-error-title-missing = Scrivi il titolo.
kb-error-too-long = Il testo è troppo lungo.
kb-error-url = Il servizio online deve essere un indirizzo http o https.
kb-error-prerequisite = Uno dei requisiti non è tra quelli previsti.
kb-error-too-many-steps = Ci sono troppi passi o varianti.
kb-error-step-title = Ogni passo ha bisogno di un titolo.
kb-error-variant = Ogni variante ha bisogno di un nome e di un testo.
kb-error-variant-area = La zona di una variante è la sigla di una provincia (BO) oppure desk: e l'indirizzo di uno sportello.
kb-error-norm = Uno dei riferimenti normativi non è nel registro.

## Writing aids

kb-aids = Aiuti alla scrittura
kb-aids-unsaved = Controllo del testo come l'hai scritto: non è ancora salvato.
kb-aids-gulpease = Indice Gulpease { $score }: { $level }
kb-aids-level-elementary = facile per chi ha la licenza elementare
kb-aids-level-middle = facile per chi ha la licenza media
kb-aids-level-high-school = facile per chi ha un diploma superiore
kb-aids-level-hard = difficile anche per chi ha un diploma superiore
kb-aids-nothing = Non c'è ancora testo da misurare.
kb-aids-needs-override = Per pubblicare questa scheda chi la rivede deve scrivere perché va pubblicata così: la leggibilità è sotto 50 oppure c'è una parola da evitare secondo la Carta di Roma.
kb-aids-long = Frasi lunghe
kb-aids-words = { $count ->
    [one] { $count } parola
   *[other] { $count } parole
}
kb-aids-words-heading = Parole da cambiare
kb-aids-carta = Carta di Roma
kb-aids-check = Controlla il testo
kb-override-reason = Perché pubblicare comunque (obbligatorio)
kb-refused-needs-override = Gli aiuti alla scrittura segnalano questa scheda: per pubblicarla scrivi perché va pubblicata così.
kb-refused-override-too-long = La motivazione è troppo lunga.

## The register of norms

workspace-nav-norms = Riferimenti normativi
kb-norms-title = Registro delle norme
kb-norms-intro = Le norme citate dalle schede. Quando una norma cambia, segnala il cambiamento: le schede che la citano diventano «da verificare per la legge» e gli hub responsabili ricevono un'e-mail.
kb-norms-norm = Norma
kb-norms-articles = Schede che la citano
kb-norms-changed = Ultimo cambiamento segnalato
kb-norms-mark = Segnala che è cambiata
kb-norms-cited = { $count ->
    [one] { $count } scheda
   *[other] { $count } schede
}
kb-norms-flagged = { $count ->
    [one] Fatto: { $count } scheda è ora da verificare.
   *[other] Fatto: { $count } schede sono ora da verificare.
}
kb-norms-add = Aggiungi o correggi una norma
kb-norms-url = Indirizzo ufficiale (per esempio Normattiva)
kb-norms-save = Salva la norma
kb-norm-mail-subject = Norma cambiata: { $norm }
kb-norm-mail-body = È stato segnalato un cambiamento di { $norm }. Queste schede del vostro hub la citano e sono ora «da verificare per la legge»; sul portale mostrano un avviso finché non le pubblicate di nuovo dopo la verifica:

    { $articles }
kb-ws-legal-pending = { $count ->
    [one] { $count } scheda da verificare dopo un cambiamento della legge.
   *[other] { $count } schede da verificare dopo un cambiamento della legge.
}

## Translations of articles

kb-tr-notice-missing = Questa scheda non è ancora tradotta nella tua lingua: qui sotto trovi il testo in italiano.
kb-tr-notice-outdated = Il testo italiano è cambiato dopo questa traduzione: alcune informazioni potrebbero non essere aggiornate.
kb-tr-notice-machine = Tradotta automaticamente, non ancora controllata da una persona.
kb-tr-notice-current = Traduzione controllata dall'originale italiano.
kb-tr-original = Leggi l'originale in italiano
kb-tr-status-missing = da tradurre
kb-tr-status-outdated = da aggiornare
kb-tr-status-machine = traduzione automatica da controllare
kb-tr-status-current = aggiornata
kb-tr-queue-title = Schede da tradurre
kb-tr-title = Traduzione della scheda
kb-tr-back = Torna alle schede da tradurre
kb-tr-diff = Cosa è cambiato nel testo italiano dalla tua traduzione
kb-tr-source = Testo italiano
kb-tr-yours = La tua traduzione
kb-tr-save = Salva la traduzione
kb-tr-stale = Nel frattempo il testo italiano è stato pubblicato di nuovo. Guarda le differenze e salva di nuovo.
workspace-nav-kb-translations = Schede da tradurre

## Exchange with translation agencies (XLIFF 2.0)

kb-xliff-title = Scambio con le agenzie di traduzione (XLIFF 2.0)
kb-xliff-intro = Scarica un file XLIFF 2.0 con il testo italiano da tradurre e, quando l'agenzia lo restituisce, importalo qui. Se il file ha un errore non viene importato niente.
kb-xliff-download-todo = Scarica le schede da tradurre o da aggiornare
kb-xliff-download-all = Scarica tutte le schede pubblicate
kb-xliff-file = File XLIFF dell'agenzia
kb-xliff-import = Importa le traduzioni
kb-xliff-imported = { $count ->
    [one] È stata importata { $count } traduzione.
   *[other] Sono state importate { $count } traduzioni.
}
kb-xliff-refused = Non è stato importato niente. Correggi il file e riprova:
kb-xliff-problem = Riga { $line }: { $reason }
kb-xliff-no-file = Scegli un file XLIFF da importare.
kb-xliff-too-large = Il file è più grande di { $max } MB.
kb-xliff-encoding = Il file non è testo in UTF-8.
kb-xliff-error-malformed = l'XML non è scritto correttamente
kb-xliff-error-not-xliff = non è un file XLIFF 2.0
kb-xliff-error-doctype = una dichiarazione DOCTYPE non è accettata
kb-xliff-error-entity = l'entità &{ $name }; non è conosciuta
kb-xliff-error-missing-attribute = manca l'attributo { $name }
kb-xliff-error-unexpected = l'elemento <{ $name }> non è previsto qui
kb-xliff-error-inline-code = il codice in linea <{ $name }> non è supportato
kb-xliff-error-duplicate-unit = l'unità { $name } compare due volte
kb-xliff-error-bad-version = la versione { $name } non è un numero
kb-xliff-error-language = le lingue del file ({ $name }) non sono dall'italiano a questa lingua
kb-xliff-error-unknown-article = la scheda { $name } non esiste o non è più pubblicata
kb-xliff-error-stale = il testo italiano di { $name } è cambiato dopo l'esportazione: scarica di nuovo il file
kb-xliff-error-unknown-unit = l'unità { $name } non fa parte della scheda
kb-xliff-error-untranslated = l'unità { $name } non è tradotta
kb-xliff-error-invalid = il campo { $name } non è valido

## Sheets due for review

workspace-nav-kb-review = Schede da rivedere
kb-review-title = Schede da rivedere
kb-review-intro = Le schede pubblicate dei tuoi poli che hanno superato la data di revisione o la raggiungono entro 30 giorni.
kb-review-due = Da rivedere entro
kb-review-overdue = scaduta
kb-review-soon = in scadenza
kb-review-none = Nessuna scheda è da rivedere.
kb-review-mark = Confermo che è ancora corretta
kb-review-marked = Scheda confermata: la prossima revisione è entro il { $date }.

## Readers' ratings

kb-rating-legend = Questa pagina era chiara?
kb-rating-1 = Per niente chiara
kb-rating-2 = Poco chiara
kb-rating-3 = Abbastanza chiara
kb-rating-4 = Chiara
kb-rating-5 = Molto chiara
kb-rating-comment = Cosa mancava o era difficile da capire? (facoltativo: non scrivere dati personali)
kb-rating-send = Invia
kb-rating-thanks = Grazie: la tua risposta ci aiuta a migliorare questa pagina.
kb-rating-invalid = Scegli una risposta da 1 a 5.
kb-rating-too-long = Il commento è troppo lungo (al massimo { $max } caratteri).
kb-rating-limited = Troppe risposte dalla tua connessione: riprova più tardi.
kb-ratings-title = Le risposte dei lettori
kb-ratings-summary = { $count ->
    [one] { $count } risposta, media { $average } su 5
   *[other] { $count } risposte, media { $average } su 5
}
kb-ratings-none = Nessun lettore ha ancora risposto.
kb-ratings-comments = Gli ultimi commenti

## Leaflets
kb-leaflet-link = Volantino da stampare (PDF, A4)
kb-leaflet-scan = Inquadra il codice per la pagina aggiornata
kb-replaced-by = Sostituita da (facoltativo)
kb-replaced-by-hint = Indirizzo della scheda pubblicata che prende il suo posto, per esempio /it/salute/iscrizione-ssn. La pagina ritirata e i codici QR dei volantini già stampati porteranno lì.
kb-refused-replacement = L'indirizzo indicato non corrisponde a una scheda pubblicata: controlla e riprova, oppure lascia vuoto il campo.

## Glossary
kb-glossary = Termini del glossario
kb-glossary-hint = Termini giuridici che il testo usa: scrivili sempre così, e spiega al lettore che cosa sono la prima volta.
kb-glossary-count = volte nel testo: { $count }
kb-glossary-translator = Glossario per questa lingua
kb-glossary-translator-hint = I termini giuridici del testo italiano con la traduzione concordata: usala, perché il lettore ritrovi le stesse parole negli uffici e sui moduli.
kb-glossary-unreviewed = traduzione non ancora verificata
kb-glossary-none = nessuna traduzione concordata

## Machine translation
kb-mt = Traduzione automatica
kb-mt-hint = Chiedi una bozza al servizio di traduzione automatica: sarà pubblicata con l'avviso «tradotta automaticamente, non ancora controllata» finché non la rivedi e la salvi tu.
kb-mt-action = Crea una bozza automatica
kb-mt-done = Bozza automatica salvata: rileggila e salvala per toglierle l'avviso.
kb-mt-refused-readability = Il testo italiano è troppo difficile per una buona traduzione automatica (indice Gulpease sotto 50): chiedi all'hub di semplificarlo, oppure traduci a mano.
kb-mt-refused-human = Questa lingua ha già una traduzione fatta da una persona: non viene sovrascritta. Aggiornala a mano con le modifiche del testo italiano.
kb-mt-unavailable = Il servizio di traduzione automatica non risponde: non è stato salvato nulla. Riprova più tardi o traduci a mano.

## Link checker
workspace-nav-kb-links = Collegamenti da correggere
kb-links-title = Collegamenti da correggere
kb-links-intro = Ogni notte il controllo dei collegamenti visita gli indirizzi esterni delle schede pubblicate e dei riferimenti normativi, senza fretta e mai verso indirizzi interni. Qui trovi quelli delle tue schede che non funzionano.
kb-links-none = Nessun collegamento da correggere nelle tue schede.
kb-links-broken = il sito risponde con un errore ({ $status })
kb-links-refused = non controllato: non è un indirizzo web pubblico
kb-links-unreachable = il sito non risponde

## The repertory of materials
workspace-nav-kb-materials = Materiali
kb-materials-title = Materiali informativi
kb-materials-intro = Volantini, immagini, registrazioni audio e video preparati dagli hub tematici della rete, in molte lingue.
kb-materials-filter = Filtra i materiali
kb-materials-format = Formato
kb-materials-any-format = Qualsiasi formato
kb-materials-submit = Mostra
kb-materials-found = Materiali
kb-materials-none = Nessun materiale con questi filtri.
kb-materials-pages = Pagine dei materiali
kb-materials-previous = Pagina precedente
kb-materials-next = Pagina successiva
kb-materials-of-article = Materiali da scaricare
kb-material-format-pdf = PDF
kb-material-format-image = Immagine
kb-material-format-audio = Audio
kb-material-format-video = Video
kb-material-size-kb = { $size } kB
kb-material-size-mb = { $size } MB
kb-materials-ws-title = Materiali degli hub
kb-materials-ws-intro = Ciò che aggiungi qui è pubblico subito, nell'archivio dei materiali e, se scegli una scheda, sulla sua pagina.
kb-material-field-title = Titolo
kb-material-field-description = Descrizione (facoltativa)
kb-material-field-language = Lingua del materiale
kb-material-field-article = Mostralo sulla scheda (facoltativo)
kb-material-no-article = Solo nell'archivio dei materiali
kb-material-what = Un file oppure un video
kb-material-field-file = File
kb-material-file-hint = PDF, immagini PNG, JPEG o WebP, audio MP3, M4A o Ogg.
kb-material-limit = Al massimo { $size } MB.
kb-material-field-video = Oppure l'indirizzo di un video (https://…)
kb-material-save = Aggiungi il materiale
kb-material-add = Aggiungi un materiale
kb-material-remove = Elimina
kb-material-added = Materiale aggiunto: è già pubblico.
kb-material-removed = Materiale eliminato, con il suo file.
kb-material-error-title = Scrivi un titolo (al massimo 200 caratteri).
kb-material-error-description = La descrizione è troppo lunga (al massimo 2.000 caratteri).
kb-material-error-language = Scegli la lingua del materiale.
kb-material-error-article = Scegli una scheda dello stesso hub, o nessuna.
kb-material-error-file-or-video = Scegli un file oppure scrivi l'indirizzo di un video, non tutti e due.
kb-material-error-too-large = Il file è troppo grande: non è stato salvato. Riducilo e sceglilo di nuovo.
kb-material-error-type = Questo file non è un PDF, un'immagine (PNG, JPEG, WebP) o un audio (MP3, M4A, Ogg): lo dice il suo contenuto, qualunque sia il nome. Non è stato salvato.
kb-material-error-video = Scrivi l'indirizzo completo del video, che inizi con https://.

kb-tr-status-legal = in attesa della verifica legale dell'hub
kb-tr-notice-legal = Una norma citata in questa scheda è cambiata: l'hub sta verificando il testo, poi sarà aggiornata anche questa traduzione.

kb-links-services = Schede dei servizi che curi
