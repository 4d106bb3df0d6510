### Knowledge base: procedure sheets, FAQ, guides and news of the thematic hubs.

# unreviewed
workspace-nav-kb = Fiches d'information

## Kinds, states and sections

# unreviewed
kb-kind-sheet = Fiche pratique
# unreviewed
kb-kind-faq = Question fréquente
# unreviewed
kb-kind-guide = Guide
# unreviewed
kb-kind-news = Actualité
# unreviewed
kb-status-draft = Brouillon
# unreviewed
kb-status-in_review = En relecture
# unreviewed
kb-status-published = Publiée
# unreviewed
kb-status-archived = Archivée
# unreviewed
kb-section-what = Qu'est-ce que c'est
# unreviewed
kb-section-who = Pour qui
# unreviewed
kb-section-how = Comment faire
# unreviewed
kb-section-needs = Ce qu'il faut
# unreviewed
kb-section-outcome = Ce que vous obtenez
# unreviewed
kb-section-time = Délais et échéances
# unreviewed
kb-section-cost = Combien ça coûte
# unreviewed
kb-section-where = Où s'adresser
# unreviewed
kb-section-legal_basis = Références juridiques
# unreviewed
kb-section-more = Plus d'informations
# unreviewed
kb-section-contacts = Contacts
# unreviewed
kb-section-last_update = Dernière mise à jour
# unreviewed
kb-prereq-codice-fiscale = Codice fiscale (code fiscal)
# unreviewed
kb-prereq-tessera-sanitaria = Tessera sanitaria (carte de santé)
# unreviewed
kb-prereq-spid-cie = SPID ou CIE
# unreviewed
kb-prereq-residenza = Résidence enregistrée (residenza)
# unreviewed
kb-prereq-pec = PEC (courriel certifié)

## Public pages

# unreviewed
kb-theme-empty = Il n'y a pas encore de fiches sur ce thème.
# unreviewed
kb-theme-desks = Trouver un guichet qui s'occupe de ce thème
# unreviewed
kb-texts-in-italian = Les fiches sont écrites en italien.
# unreviewed
kb-legal-review = Cette fiche est en cours de mise à jour après un changement de la loi.
# unreviewed
kb-legal-review-short = à vérifier : la loi a changé
# unreviewed
kb-owner = Préparé par
# unreviewed
kb-prerequisites = D'abord, il vous faut
# unreviewed
kb-steps = Les étapes
# unreviewed
kb-step-who = Qui
# unreviewed
kb-step-where = Où
# unreviewed
kb-step-bring = Ce qu'il faut apporter
# unreviewed
kb-step-cost = Coût
# unreviewed
kb-step-time = Délai
# unreviewed
kb-variant-yours = Dans votre zone :
# unreviewed
kb-variants-other = Comment ça marche dans d'autres zones
# unreviewed
kb-area-hint = Dans certaines zones, les étapes sont différentes.
# unreviewed
kb-area-choose = Choisissez votre guichet pour voir comment ça marche chez vous.
# unreviewed
kb-desks = Guichets qui peuvent vous aider
# unreviewed
kb-review-by = Prochaine vérification avant le
# unreviewed
kb-withdrawn-title = Fiche retirée
# unreviewed
kb-withdrawn-text = Cette fiche n'est plus valable et a été retirée :
# unreviewed
kb-withdrawn-replaced = À la place, vous trouverez :
# unreviewed
kb-withdrawn-ask = Demandez des informations à jour à un guichet

## Workspace

# unreviewed
kb-ws-title = Fiches d'information
# unreviewed
kb-ws-new-title = Nouvelle fiche
# unreviewed
kb-ws-editor-title = Modifier la fiche
# unreviewed
kb-ws-history-title = Versions de la fiche
# unreviewed
kb-ws-new-sheet = Nouvelle fiche
# unreviewed
kb-ws-new-faq = Nouvelle question fréquente
# unreviewed
kb-ws-empty = Il n'y a aucune fiche que vous pouvez écrire ou relire.
# unreviewed
kb-ws-back = Retour aux fiches
# unreviewed
kb-ws-back-editor = Retour à la fiche
# unreviewed
kb-ws-create = Créer le brouillon
# unreviewed
kb-ws-save = Enregistrer une nouvelle version
# unreviewed
kb-ws-edit-heading = Texte
# unreviewed
kb-ws-history-link = Versions et différences
# unreviewed
kb-ws-version = version { $n }
# unreviewed
kb-ws-published-version = publiée : version { $n }
# unreviewed
kb-ws-moved = C'est fait. La fiche est maintenant :
# unreviewed
kb-field-title = Titre
# unreviewed
kb-field-summary = En bref
# unreviewed
kb-field-tags = Mots-clés (séparés par des virgules)
# unreviewed
kb-field-kind = Type
# unreviewed
kb-field-theme = Thème
# unreviewed
kb-field-hub = Centre thématique responsable
# unreviewed
kb-field-status = État
# unreviewed
kb-field-slug = Adresse de la page
# unreviewed
kb-field-slug-hint = Lettres minuscules, chiffres et tirets, par exemple rinnovo-permesso.
# unreviewed
kb-field-online-url = Service en ligne (adresse http ou https)
# unreviewed
kb-field-body = Texte (Markdown)
# unreviewed
kb-steps-hint = Remplissez une ligne pour chaque étape de la démarche. Une étape vide n'est pas enregistrée.
# unreviewed
kb-step-n = Étape { $n }
# unreviewed
kb-variant-n = Variante locale { $n }
# unreviewed
kb-variant-area = Zone
# unreviewed
kb-variant-area-hint = Zone d'une variante : le sigle de la province (par exemple BO) ou desk: suivi de l'adresse d'un guichet (par exemple desk:hub-salute).
# unreviewed
kb-variant-label = Nom affiché (par exemple Questura di Bologna)
# unreviewed
kb-minor = Correction mineure (fautes de frappe) : les traductions restent valables
# unreviewed
kb-minor-short = mineure
# unreviewed
kb-part-title = Titre
# unreviewed
kb-part-summary = En bref
# unreviewed
kb-part-who = Qui
# unreviewed
kb-part-where = Où
# unreviewed
kb-part-bring = Ce qu'il faut apporter
# unreviewed
kb-part-cost = Coût
# unreviewed
kb-part-time = Délai
# unreviewed
kb-part-text = Texte
# unreviewed
kb-part-label = Nom de la variante
# unreviewed
kb-part-online_url = Service en ligne
# unreviewed
kb-part-body = Texte
# unreviewed
kb-part-step = Étape { $n } : { $field }
# unreviewed
kb-workflow = Relecture et publication
# unreviewed
kb-four-eyes-on = Dans ce centre thématique, une version doit être publiée par une autre personne que celle qui l'a écrite.
# unreviewed
kb-comment = Commentaire
# unreviewed
kb-comment-add = Ajouter le commentaire
# unreviewed
kb-comments = Commentaires de relecture
# unreviewed
kb-comments-empty = Pas encore de commentaire.
# unreviewed
kb-publish-at = Publier le (facultatif)
# unreviewed
kb-publish-at-hint = Heure de Rome. Laissez vide pour publier tout de suite.
# unreviewed
kb-action-submit = Envoyer en relecture
# unreviewed
kb-action-return = Renvoyer à l'auteur
# unreviewed
kb-action-publish = Approuver et publier
# unreviewed
kb-action-archive = Archiver
# unreviewed
kb-action-reopen = Rouvrir comme brouillon
# unreviewed
kb-conflict-title = Quelqu'un a enregistré la version { $n } pendant que vous écriviez
# unreviewed
kb-conflict-text = Le texte de { $editor } est ci-dessous ; le vôtre est resté dans le formulaire. Si vous enregistrez à nouveau, votre texte devient la version suivante.
# unreviewed
kb-diff-from = De la version
# unreviewed
kb-diff-to = À la version
# unreviewed
kb-diff-compare = Comparer
# unreviewed
kb-diff-heading = Différences entre la version { $from } et la version { $to }
# unreviewed
kb-diff-none = Aucune différence dans le texte.
# unreviewed
kb-diff-legend = Le texte supprimé est barré, le texte ajouté est souligné.
# unreviewed
kb-versions = Toutes les versions
# unreviewed
kb-version = Version
# unreviewed
kb-editor-system = chargement initial

## Refusals and form errors

# unreviewed
kb-refused-not-reviewer = Seules les personnes qui relisent les fiches de ce centre thématique peuvent le faire.
# unreviewed
kb-refused-transition = Ce changement n'est pas possible depuis l'état actuel de la fiche.
# unreviewed
kb-refused-stale = Entre-temps, la fiche a changé. Regardez la nouvelle version et réessayez.
# unreviewed
kb-refused-comment-needed = Écrivez un commentaire qui explique ce qu'il faut changer.
# unreviewed
kb-refused-four-eyes = Vous ne pouvez pas publier une version que vous avez écrite vous-même : une autre personne doit l'approuver.
# unreviewed
kb-refused-schedule-past = La date de publication doit être dans le futur.
# unreviewed
kb-refused-schedule-invalid = La date de publication n'est pas valide.
# unreviewed
kb-error-kind = Choisissez le type de fiche.
# unreviewed
kb-error-theme = Choisissez un thème.
# unreviewed
kb-error-hub = Choisissez un centre thématique pour lequel vous pouvez écrire.
# unreviewed
kb-error-slug = L'adresse ne peut contenir que des lettres minuscules, des chiffres et des tirets.
# unreviewed
kb-error-slug-taken = Une fiche avec cette adresse existe déjà dans ce thème.
# unreviewed
kb-error-title-missing = Écrivez le titre.
# unreviewed
kb-error-too-long = Le texte est trop long.
# unreviewed
kb-error-url = Le service en ligne doit être une adresse http ou https.
# unreviewed
kb-error-prerequisite = Un des prérequis ne fait pas partie de la liste prévue.
# unreviewed
kb-error-too-many-steps = Il y a trop d'étapes ou de variantes.
# unreviewed
kb-error-step-title = Chaque étape a besoin d'un titre.
# unreviewed
kb-error-variant = Chaque variante a besoin d'un nom et d'un texte.
# unreviewed
kb-error-variant-area = La zone d'une variante est le sigle d'une province (BO) ou desk: suivi de l'adresse d'un guichet.
# unreviewed
kb-error-norm = Une des références juridiques n'est pas dans le registre.

## Writing aids

# unreviewed
kb-aids = Aides à la rédaction
# unreviewed
kb-aids-unsaved = Vérification du texte tel que vous l'avez écrit : il n'est pas encore enregistré.
# unreviewed
kb-aids-gulpease = Indice Gulpease { $score } : { $level }
# unreviewed
kb-aids-level-elementary = facile pour les personnes qui ont le certificat de fin d'école primaire
# unreviewed
kb-aids-level-middle = facile pour les personnes qui ont le diplôme de fin de collège
# unreviewed
kb-aids-level-high-school = facile pour les personnes qui ont un diplôme de fin d'études secondaires
# unreviewed
kb-aids-level-hard = difficile même pour les personnes qui ont un diplôme de fin d'études secondaires
# unreviewed
kb-aids-nothing = Il n'y a pas encore de texte à mesurer.
# unreviewed
kb-aids-needs-override = Pour publier cette fiche, la personne qui la relit doit écrire pourquoi elle doit être publiée telle quelle : la lisibilité est inférieure à 50 ou il y a un mot à éviter selon la Carta di Roma.
# unreviewed
kb-aids-long = Phrases longues
# unreviewed
kb-aids-words = { $count ->
    [one] { $count } mot
   *[other] { $count } mots
}
# unreviewed
kb-aids-words-heading = Mots à changer
# unreviewed
kb-aids-carta = Carta di Roma
# unreviewed
kb-aids-check = Vérifier le texte
# unreviewed
kb-override-reason = Pourquoi publier quand même (obligatoire)
# unreviewed
kb-refused-needs-override = Les aides à la rédaction signalent cette fiche : pour la publier, écrivez pourquoi elle doit être publiée telle quelle.
# unreviewed
kb-refused-override-too-long = La justification est trop longue.

## The register of norms

# unreviewed
workspace-nav-norms = Références juridiques
# unreviewed
kb-norms-title = Registre des textes juridiques
# unreviewed
kb-norms-intro = Les textes juridiques cités par les fiches. Quand un texte change, signalez le changement : les fiches qui le citent passent à « à vérifier : la loi a changé » et les centres thématiques responsables reçoivent un e-mail.
# unreviewed
kb-norms-norm = Texte juridique
# unreviewed
kb-norms-articles = Fiches qui le citent
# unreviewed
kb-norms-changed = Dernier changement signalé
# unreviewed
kb-norms-mark = Signaler qu'il a changé
# unreviewed
kb-norms-cited = { $count ->
    [one] { $count } fiche
   *[other] { $count } fiches
}
# unreviewed
kb-norms-flagged = { $count ->
    [one] C'est fait : { $count } fiche est maintenant à vérifier.
   *[other] C'est fait : { $count } fiches sont maintenant à vérifier.
}
# unreviewed
kb-norms-add = Ajouter ou corriger un texte juridique
# unreviewed
kb-norms-url = Adresse officielle (par exemple Normattiva)
# unreviewed
kb-norms-save = Enregistrer le texte juridique
# unreviewed
kb-norm-mail-subject = Texte juridique modifié : { $norm }
# unreviewed
kb-norm-mail-body = Une modification de { $norm } a été signalée. Ces fiches de votre centre thématique le citent et sont maintenant « à vérifier : la loi a changé » ; sur le portail, elles affichent un avertissement jusqu'à ce que vous les publiiez de nouveau après vérification :

    { $articles }
# unreviewed
kb-ws-legal-pending = { $count ->
    [one] { $count } fiche à vérifier après un changement de la loi.
   *[other] { $count } fiches à vérifier après un changement de la loi.
}

## Translations of articles

# unreviewed
kb-tr-notice-missing = Cette fiche n'est pas encore traduite dans votre langue : vous trouverez ci-dessous le texte en italien.
# unreviewed
kb-tr-notice-outdated = Le texte italien a changé après cette traduction : certaines informations peuvent ne plus être à jour.
# unreviewed
kb-tr-notice-machine = Traduite automatiquement, pas encore vérifiée par une personne.
# unreviewed
kb-tr-notice-current = Traduction vérifiée par rapport à l'original italien.
# unreviewed
kb-tr-original = Lire l'original en italien
# unreviewed
kb-tr-status-missing = à traduire
# unreviewed
kb-tr-status-outdated = à mettre à jour
# unreviewed
kb-tr-status-machine = traduction automatique à vérifier
# unreviewed
kb-tr-status-current = à jour
# unreviewed
kb-tr-queue-title = Fiches à traduire
# unreviewed
kb-tr-title = Traduction de la fiche
# unreviewed
kb-tr-back = Retour aux fiches à traduire
# unreviewed
kb-tr-diff = Ce qui a changé dans le texte italien depuis votre traduction
# unreviewed
kb-tr-source = Texte italien
# unreviewed
kb-tr-yours = Votre traduction
# unreviewed
kb-tr-save = Enregistrer la traduction
# unreviewed
kb-tr-stale = Entre-temps, le texte italien a été publié à nouveau. Regardez les différences et enregistrez à nouveau.
# unreviewed
workspace-nav-kb-translations = Fiches à traduire

## Exchange with translation agencies (XLIFF 2.0)

# unreviewed
kb-xliff-title = Échange avec les agences de traduction (XLIFF 2.0)
# unreviewed
kb-xliff-intro = Téléchargez un fichier XLIFF 2.0 avec le texte italien à traduire et, quand l'agence vous le renvoie, importez-le ici. Si le fichier contient une erreur, rien n'est importé.
# unreviewed
kb-xliff-download-todo = Télécharger les fiches à traduire ou à mettre à jour
# unreviewed
kb-xliff-download-all = Télécharger toutes les fiches publiées
# unreviewed
kb-xliff-file = Fichier XLIFF de l'agence
# unreviewed
kb-xliff-import = Importer les traductions
# unreviewed
kb-xliff-imported = { $count ->
    [one] { $count } traduction a été importée.
   *[other] { $count } traductions ont été importées.
}
# unreviewed
kb-xliff-refused = Rien n'a été importé. Corrigez le fichier et réessayez :
# unreviewed
kb-xliff-problem = Ligne { $line } : { $reason }
# unreviewed
kb-xliff-no-file = Choisissez un fichier XLIFF à importer.
# unreviewed
kb-xliff-too-large = Le fichier dépasse { $max } MB.
# unreviewed
kb-xliff-encoding = Le fichier n'est pas du texte en UTF-8.
# unreviewed
kb-xliff-error-malformed = le XML n'est pas bien formé
# unreviewed
kb-xliff-error-not-xliff = ce n'est pas un fichier XLIFF 2.0
# unreviewed
kb-xliff-error-doctype = une déclaration DOCTYPE n'est pas acceptée
# unreviewed
kb-xliff-error-entity = l'entité &{ $name }; est inconnue
# unreviewed
kb-xliff-error-missing-attribute = l'attribut { $name } est manquant
# unreviewed
kb-xliff-error-unexpected = l'élément <{ $name }> n'est pas attendu ici
# unreviewed
kb-xliff-error-inline-code = le code en ligne <{ $name }> n'est pas pris en charge
# unreviewed
kb-xliff-error-duplicate-unit = l'unité { $name } apparaît deux fois
# unreviewed
kb-xliff-error-bad-version = la version { $name } n'est pas un nombre
# unreviewed
kb-xliff-error-language = les langues du fichier ({ $name }) ne vont pas de l'italien vers cette langue
# unreviewed
kb-xliff-error-unknown-article = la fiche { $name } n'existe pas ou n'est plus publiée
# unreviewed
kb-xliff-error-stale = le texte italien de { $name } a changé après l'export : téléchargez à nouveau le fichier
# unreviewed
kb-xliff-error-unknown-unit = l'unité { $name } ne fait pas partie de la fiche
# unreviewed
kb-xliff-error-untranslated = l'unité { $name } n'est pas traduite
# unreviewed
kb-xliff-error-invalid = le champ { $name } n'est pas valide

## Sheets due for review

# unreviewed
workspace-nav-kb-review = Fiches à revoir
# unreviewed
kb-review-title = Fiches à revoir
# unreviewed
kb-review-intro = Les fiches publiées de vos centres thématiques dont la date de révision est dépassée ou arrive dans les 30 jours.
# unreviewed
kb-review-due = À revoir avant le
# unreviewed
kb-review-overdue = en retard
# unreviewed
kb-review-soon = bientôt à revoir
# unreviewed
kb-review-none = Aucune fiche n'est à revoir.
# unreviewed
kb-review-mark = Je confirme qu'elle est toujours correcte
# unreviewed
kb-review-marked = Fiche confirmée : la prochaine révision est prévue avant le { $date }.

## Readers' ratings

# unreviewed
kb-rating-legend = Cette page était-elle claire ?
# unreviewed
kb-rating-1 = Pas claire du tout
# unreviewed
kb-rating-2 = Peu claire
# unreviewed
kb-rating-3 = Assez claire
# unreviewed
kb-rating-4 = Claire
# unreviewed
kb-rating-5 = Très claire
# unreviewed
kb-rating-comment = Qu'est-ce qui manquait ou était difficile à comprendre ? (facultatif : n'écrivez pas de données personnelles)
# unreviewed
kb-rating-send = Envoyer
# unreviewed
kb-rating-thanks = Merci : votre réponse nous aide à améliorer cette page.
# unreviewed
kb-rating-invalid = Choisissez une réponse de 1 à 5.
# unreviewed
kb-rating-too-long = Le commentaire est trop long ({ $max } caractères au maximum).
# unreviewed
kb-rating-limited = Trop de réponses depuis votre connexion : réessayez plus tard.
# unreviewed
kb-ratings-title = Les réponses des lecteurs
# unreviewed
kb-ratings-summary = { $count ->
    [one] { $count } réponse, moyenne { $average } sur 5
   *[other] { $count } réponses, moyenne { $average } sur 5
}
# unreviewed
kb-ratings-none = Aucun lecteur n'a encore répondu.
# unreviewed
kb-ratings-comments = Les derniers commentaires
# unreviewed
kb-leaflet-link = Dépliant à imprimer (PDF, A4)
# unreviewed
kb-leaflet-scan = Scannez le code pour la page à jour
# unreviewed
kb-replaced-by = Remplacée par (facultatif)
# unreviewed
kb-replaced-by-hint = Adresse de la fiche publiée qui la remplace, par exemple /it/salute/iscrizione-ssn. La page retirée et les codes QR des dépliants déjà imprimés y mèneront.
# unreviewed
kb-refused-replacement = Cette adresse ne correspond à aucune fiche publiée : vérifiez-la et réessayez, ou laissez le champ vide.
# unreviewed
kb-glossary = Termes du glossaire
# unreviewed
kb-glossary-hint = Termes juridiques utilisés par ce texte : écrivez-les toujours ainsi et expliquez au lecteur ce qu'ils désignent la première fois.
# unreviewed
kb-glossary-count = occurrences dans le texte : { $count }
# unreviewed
kb-glossary-translator = Glossaire pour cette langue
# unreviewed
kb-glossary-translator-hint = Les termes juridiques du texte italien avec la traduction convenue : utilisez-la, pour que le lecteur retrouve les mêmes mots dans les bureaux et sur les formulaires.
# unreviewed
kb-glossary-unreviewed = traduction pas encore vérifiée
# unreviewed
kb-glossary-none = aucune traduction convenue
# unreviewed
kb-mt = Traduction automatique
# unreviewed
kb-mt-hint = Demandez un brouillon au service de traduction automatique : il est publié avec l'avis « traduit automatiquement, pas encore vérifié » jusqu'à ce que vous le relisiez et l'enregistriez.
# unreviewed
kb-mt-action = Créer un brouillon automatique
# unreviewed
kb-mt-done = Brouillon automatique enregistré : relisez-le et enregistrez-le pour retirer l'avis.
# unreviewed
kb-mt-refused-readability = Le texte italien est trop difficile pour une bonne traduction automatique (indice Gulpease inférieur à 50) : demandez au pôle de le simplifier, ou traduisez à la main.
# unreviewed
kb-mt-refused-human = Cette langue a déjà une traduction faite par une personne : elle n'est pas écrasée. Mettez-la à jour à la main avec les changements du texte italien.
# unreviewed
kb-mt-unavailable = Le service de traduction automatique ne répond pas : rien n'a été enregistré. Réessayez plus tard ou traduisez à la main.
# unreviewed
workspace-nav-kb-links = Liens à corriger
# unreviewed
kb-links-title = Liens à corriger
# unreviewed
kb-links-intro = Chaque nuit, le contrôle des liens visite les adresses externes des fiches publiées et des références juridiques, sans hâte et jamais vers des adresses internes. Voici celles de vos fiches qui ne fonctionnent pas.
# unreviewed
kb-links-none = Aucun lien à corriger dans vos fiches.
# unreviewed
kb-links-broken = le site répond par une erreur ({ $status })
# unreviewed
kb-links-refused = non vérifié : ce n'est pas une adresse web publique
# unreviewed
kb-links-unreachable = le site ne répond pas

# unreviewed
workspace-nav-kb-materials = Documents
# unreviewed
kb-materials-title = Documents d'information
# unreviewed
kb-materials-intro = Dépliants, images, enregistrements audio et vidéos préparés par les pôles thématiques du réseau, en plusieurs langues.
# unreviewed
kb-materials-filter = Filtrer les documents
# unreviewed
kb-materials-format = Format
# unreviewed
kb-materials-any-format = Tous les formats
# unreviewed
kb-materials-submit = Afficher
# unreviewed
kb-materials-found = Documents
# unreviewed
kb-materials-none = Aucun document avec ces filtres.
# unreviewed
kb-materials-pages = Pages des documents
# unreviewed
kb-materials-previous = Page précédente
# unreviewed
kb-materials-next = Page suivante
# unreviewed
kb-materials-of-article = Documents à télécharger
# unreviewed
kb-material-format-pdf = PDF
# unreviewed
kb-material-format-image = Image
# unreviewed
kb-material-format-audio = Audio
# unreviewed
kb-material-format-video = Vidéo
# unreviewed
kb-material-size-kb = { $size } kB
# unreviewed
kb-material-size-mb = { $size } MB
# unreviewed
kb-materials-ws-title = Documents des pôles
# unreviewed
kb-materials-ws-intro = Ce que vous ajoutez ici est public aussitôt, dans le répertoire des documents et, si vous choisissez une fiche, sur sa page.
# unreviewed
kb-material-field-title = Titre
# unreviewed
kb-material-field-description = Description (facultative)
# unreviewed
kb-material-field-language = Langue du document
# unreviewed
kb-material-field-article = L'afficher sur la fiche (facultatif)
# unreviewed
kb-material-no-article = Seulement dans le répertoire
# unreviewed
kb-material-what = Un fichier ou une vidéo
# unreviewed
kb-material-field-file = Fichier
# unreviewed
kb-material-file-hint = PDF, images PNG, JPEG ou WebP, audio MP3, M4A ou Ogg.
# unreviewed
kb-material-limit = { $size } Mo au plus.
# unreviewed
kb-material-field-video = Ou l'adresse d'une vidéo (https://…)
# unreviewed
kb-material-save = Ajouter le document
# unreviewed
kb-material-add = Ajouter un document
# unreviewed
kb-material-remove = Supprimer
# unreviewed
kb-material-added = Document ajouté : il est déjà public.
# unreviewed
kb-material-removed = Document supprimé, avec son fichier.
# unreviewed
kb-material-error-title = Écrivez un titre (200 caractères au plus).
# unreviewed
kb-material-error-description = La description est trop longue (2 000 caractères au plus).
# unreviewed
kb-material-error-language = Choisissez la langue du document.
# unreviewed
kb-material-error-article = Choisissez une fiche du même pôle, ou aucune.
# unreviewed
kb-material-error-file-or-video = Choisissez un fichier ou écrivez l'adresse d'une vidéo, pas les deux.
# unreviewed
kb-material-error-too-large = Le fichier est trop volumineux : il n'a pas été enregistré. Réduisez-le et choisissez-le à nouveau.
# unreviewed
kb-material-error-type = Ce fichier n'est ni un PDF, ni une image (PNG, JPEG, WebP), ni un audio (MP3, M4A, Ogg) : son contenu le dit, quel que soit son nom. Il n'a pas été enregistré.
# unreviewed
kb-material-error-video = Écrivez l'adresse complète de la vidéo, commençant par https://.

# unreviewed
kb-tr-status-legal = en attente de la vérification juridique du pôle
# unreviewed
kb-tr-notice-legal = Une norme citée dans cette fiche a changé : le pôle vérifie le texte, puis cette traduction sera mise à jour.

# unreviewed
kb-links-services = Fiches de services que vous tenez à jour
