### Knowledge base: procedure sheets, FAQ, guides and news of the thematic hubs.

# unreviewed
workspace-nav-kb = Information sheets

## Kinds, states and sections

# unreviewed
kb-kind-sheet = Procedure sheet
# unreviewed
kb-kind-faq = Frequently asked question
# unreviewed
kb-kind-guide = Guide
# unreviewed
kb-kind-news = News
# unreviewed
kb-status-draft = Draft
# unreviewed
kb-status-in_review = In review
# unreviewed
kb-status-published = Published
# unreviewed
kb-status-archived = Archived
# unreviewed
kb-section-what = What it is
# unreviewed
kb-section-who = Who it is for
# unreviewed
kb-section-how = How to do it
# unreviewed
kb-section-needs = What you need
# unreviewed
kb-section-outcome = What you get
# unreviewed
kb-section-time = Times and deadlines
# unreviewed
kb-section-cost = How much it costs
# unreviewed
kb-section-where = Where to go
# unreviewed
kb-section-legal_basis = Legal references
# unreviewed
kb-section-more = More information
# unreviewed
kb-section-contacts = Contacts
# unreviewed
kb-section-last_update = Last updated
# unreviewed
kb-prereq-codice-fiscale = Codice fiscale (tax code)
# unreviewed
kb-prereq-tessera-sanitaria = Tessera sanitaria (health card)
# unreviewed
kb-prereq-spid-cie = SPID or CIE
# unreviewed
kb-prereq-residenza = Registered residence (residenza)
# unreviewed
kb-prereq-pec = PEC (certified email)

## Public pages

# unreviewed
kb-theme-empty = There are no sheets on this topic yet.
# unreviewed
kb-theme-desks = Find a desk that deals with this topic
# unreviewed
kb-texts-in-italian = The sheets are written in Italian.
# unreviewed
kb-legal-review = This sheet is being updated after a change in the law.
# unreviewed
kb-legal-review-short = to be checked: the law has changed
# unreviewed
kb-owner = Prepared by
# unreviewed
kb-prerequisites = First you need
# unreviewed
kb-steps = The steps
# unreviewed
kb-step-who = Who
# unreviewed
kb-step-where = Where
# unreviewed
kb-step-bring = What to bring
# unreviewed
kb-step-cost = Cost
# unreviewed
kb-step-time = Time
# unreviewed
kb-variant-yours = In your area:
# unreviewed
kb-variants-other = How it works in other areas
# unreviewed
kb-area-hint = In some areas the steps are different.
# unreviewed
kb-area-choose = Choose your desk to see how it works where you live.
# unreviewed
kb-desks = Desks that can help you
# unreviewed
kb-review-by = Next check by
# unreviewed
kb-withdrawn-title = Sheet withdrawn
# unreviewed
kb-withdrawn-text = This sheet is no longer valid and has been withdrawn:
# unreviewed
kb-withdrawn-replaced = Instead, you will find:
# unreviewed
kb-withdrawn-ask = Ask a desk for up-to-date information

## Workspace

# unreviewed
kb-ws-title = Information sheets
# unreviewed
kb-ws-new-title = New sheet
# unreviewed
kb-ws-editor-title = Edit the sheet
# unreviewed
kb-ws-history-title = Versions of the sheet
# unreviewed
kb-ws-new-sheet = New sheet
# unreviewed
kb-ws-new-faq = New frequently asked question
# unreviewed
kb-ws-empty = There are no sheets you can write or review.
# unreviewed
kb-ws-back = Back to the sheets
# unreviewed
kb-ws-back-editor = Back to the sheet
# unreviewed
kb-ws-create = Create the draft
# unreviewed
kb-ws-save = Save a new version
# unreviewed
kb-ws-edit-heading = Text
# unreviewed
kb-ws-history-link = Versions and differences
# unreviewed
kb-ws-version = version { $n }
# unreviewed
kb-ws-published-version = published: version { $n }
# unreviewed
kb-ws-moved = Done. The sheet is now:
# unreviewed
kb-field-title = Title
# unreviewed
kb-field-summary = In short
# unreviewed
kb-field-tags = Keywords (separated by commas)
# unreviewed
kb-field-kind = Type
# unreviewed
kb-field-theme = Topic
# unreviewed
kb-field-hub = Responsible topic centre
# unreviewed
kb-field-status = Status
# unreviewed
kb-field-slug = Page address
# unreviewed
kb-field-slug-hint = Lowercase letters, digits and hyphens, for example rinnovo-permesso.
# unreviewed
kb-field-online-url = Online service (http or https address)
# unreviewed
kb-field-body = Text (Markdown)
# unreviewed
kb-steps-hint = Fill in one row for each step of the procedure. An empty step is not saved.
# unreviewed
kb-step-n = Step { $n }
# unreviewed
kb-variant-n = Local variant { $n }
# unreviewed
kb-variant-area = Area
# unreviewed
kb-variant-area-hint = Area of a variant: the province code (for example BO) or desk: followed by the address of a desk (for example desk:hub-salute).
# unreviewed
kb-variant-label = Name shown (for example Questura di Bologna)
# unreviewed
kb-minor = Minor correction (typos): the translations stay valid
# unreviewed
kb-minor-short = minor
# unreviewed
kb-part-title = Title
# unreviewed
kb-part-summary = In short
# unreviewed
kb-part-who = Who
# unreviewed
kb-part-where = Where
# unreviewed
kb-part-bring = What to bring
# unreviewed
kb-part-cost = Cost
# unreviewed
kb-part-time = Time
# unreviewed
kb-part-text = Text
# unreviewed
kb-part-label = Name of the variant
# unreviewed
kb-part-online_url = Online service
# unreviewed
kb-part-body = Text
# unreviewed
kb-part-step = Step { $n }: { $field }
# unreviewed
kb-workflow = Review and publication
# unreviewed
kb-four-eyes-on = In this topic centre, a version must be published by a different person from the one who wrote it.
# unreviewed
kb-comment = Comment
# unreviewed
kb-comment-add = Add the comment
# unreviewed
kb-comments = Review comments
# unreviewed
kb-comments-empty = No comments yet.
# unreviewed
kb-publish-at = Publish on (optional)
# unreviewed
kb-publish-at-hint = Rome time. Leave empty to publish now.
# unreviewed
kb-action-submit = Send for review
# unreviewed
kb-action-return = Send back to the author
# unreviewed
kb-action-publish = Approve and publish
# unreviewed
kb-action-archive = Archive
# unreviewed
kb-action-reopen = Reopen as draft
# unreviewed
kb-conflict-title = Someone saved version { $n } while you were writing
# unreviewed
kb-conflict-text = The text by { $editor } is below; yours is still in the form. If you save again, your text becomes the next version.
# unreviewed
kb-diff-from = From version
# unreviewed
kb-diff-to = To version
# unreviewed
kb-diff-compare = Compare
# unreviewed
kb-diff-heading = Differences from version { $from } to version { $to }
# unreviewed
kb-diff-none = No differences in the text.
# unreviewed
kb-diff-legend = Removed text is struck through, added text is underlined.
# unreviewed
kb-versions = All versions
# unreviewed
kb-version = Version
# unreviewed
kb-editor-system = initial upload

## Refusals and form errors

# unreviewed
kb-refused-not-reviewer = Only the people who review the sheets of this topic centre can do this.
# unreviewed
kb-refused-transition = This step is not possible from the current status of the sheet.
# unreviewed
kb-refused-stale = The sheet has changed in the meantime. Look at the new version and try again.
# unreviewed
kb-refused-comment-needed = Write a comment that explains what to change.
# unreviewed
kb-refused-four-eyes = You cannot publish a version you wrote yourself: another person must approve it.
# unreviewed
kb-refused-schedule-past = The publication date must be in the future.
# unreviewed
kb-refused-schedule-invalid = The publication date is not valid.
# unreviewed
kb-error-kind = Choose the type of sheet.
# unreviewed
kb-error-theme = Choose a topic.
# unreviewed
kb-error-hub = Choose a topic centre you can write for.
# unreviewed
kb-error-slug = The address can contain only lowercase letters, digits and hyphens.
# unreviewed
kb-error-slug-taken = A sheet with this address already exists in this topic.
# unreviewed
kb-error-title-missing = Write the title.
# unreviewed
kb-error-too-long = The text is too long.
# unreviewed
kb-error-url = The online service must be an http or https address.
# unreviewed
kb-error-prerequisite = One of the requirements is not in the list of allowed ones.
# unreviewed
kb-error-too-many-steps = There are too many steps or variants.
# unreviewed
kb-error-step-title = Every step needs a title.
# unreviewed
kb-error-variant = Every variant needs a name and a text.
# unreviewed
kb-error-variant-area = The area of a variant is a province code (BO) or desk: and the address of a desk.
# unreviewed
kb-error-norm = One of the legal references is not in the register.

## Writing aids

# unreviewed
kb-aids = Writing aids
# unreviewed
kb-aids-unsaved = Checking the text as you wrote it: it is not saved yet.
# unreviewed
kb-aids-gulpease = Gulpease index { $score }: { $level }
# unreviewed
kb-aids-level-elementary = easy for people with a primary school certificate
# unreviewed
kb-aids-level-middle = easy for people with a lower secondary school certificate
# unreviewed
kb-aids-level-high-school = easy for people with an upper secondary diploma
# unreviewed
kb-aids-level-hard = difficult even for people with an upper secondary diploma
# unreviewed
kb-aids-nothing = There is no text to measure yet.
# unreviewed
kb-aids-needs-override = To publish this sheet, the person who reviews it must write why it should be published as it is: the readability is below 50 or there is a word to avoid according to the Carta di Roma.
# unreviewed
kb-aids-long = Long sentences
# unreviewed
kb-aids-words = { $count ->
    [one] { $count } word
   *[other] { $count } words
}
# unreviewed
kb-aids-words-heading = Words to change
# unreviewed
kb-aids-carta = Carta di Roma
# unreviewed
kb-aids-check = Check the text
# unreviewed
kb-override-reason = Why publish it anyway (required)
# unreviewed
kb-refused-needs-override = The writing aids flag this sheet: to publish it, write why it should be published as it is.
# unreviewed
kb-refused-override-too-long = The reason is too long.

## The register of norms

# unreviewed
workspace-nav-norms = Legal references
# unreviewed
kb-norms-title = Register of laws
# unreviewed
kb-norms-intro = The laws cited by the sheets. When a law changes, report the change: the sheets that cite it become “to be checked: the law has changed” and the responsible topic centres receive an email.
# unreviewed
kb-norms-norm = Law
# unreviewed
kb-norms-articles = Sheets that cite it
# unreviewed
kb-norms-changed = Last change reported
# unreviewed
kb-norms-mark = Report that it has changed
# unreviewed
kb-norms-cited = { $count ->
    [one] { $count } sheet
   *[other] { $count } sheets
}
# unreviewed
kb-norms-flagged = { $count ->
    [one] Done: { $count } sheet is now to be checked.
   *[other] Done: { $count } sheets are now to be checked.
}
# unreviewed
kb-norms-add = Add or correct a law
# unreviewed
kb-norms-url = Official address (for example Normattiva)
# unreviewed
kb-norms-save = Save the law
# unreviewed
kb-norm-mail-subject = Law changed: { $norm }
# unreviewed
kb-norm-mail-body = A change to { $norm } has been reported. These sheets of your topic centre cite it and are now “to be checked: the law has changed”; on the portal they show a notice until you publish them again after checking them:

    { $articles }
# unreviewed
kb-ws-legal-pending = { $count ->
    [one] { $count } sheet to be checked after a change in the law.
   *[other] { $count } sheets to be checked after a change in the law.
}

## Translations of articles

# unreviewed
kb-tr-notice-missing = This sheet has not been translated into your language yet: below you will find the Italian text.
# unreviewed
kb-tr-notice-outdated = The Italian text has changed since this translation was made: some information may be out of date.
# unreviewed
kb-tr-notice-machine = Translated automatically, not yet checked by a person.
# unreviewed
kb-tr-notice-current = Translation checked against the Italian original.
# unreviewed
kb-tr-original = Read the original in Italian
# unreviewed
kb-tr-status-missing = to be translated
# unreviewed
kb-tr-status-outdated = to be updated
# unreviewed
kb-tr-status-machine = machine translation to be checked
# unreviewed
kb-tr-status-current = up to date
# unreviewed
kb-tr-queue-title = Sheets to translate
# unreviewed
kb-tr-title = Translation of the sheet
# unreviewed
kb-tr-back = Back to the sheets to translate
# unreviewed
kb-tr-diff = What has changed in the Italian text since your translation
# unreviewed
kb-tr-source = Italian text
# unreviewed
kb-tr-yours = Your translation
# unreviewed
kb-tr-save = Save the translation
# unreviewed
kb-tr-stale = In the meantime the Italian text has been published again. Look at the differences and save again.
# unreviewed
workspace-nav-kb-translations = Sheets to translate

## Exchange with translation agencies (XLIFF 2.0)

# unreviewed
kb-xliff-title = Exchange with translation agencies (XLIFF 2.0)
# unreviewed
kb-xliff-intro = Download an XLIFF 2.0 file with the Italian text to translate and, when the agency sends it back, import it here. If the file has an error, nothing is imported.
# unreviewed
kb-xliff-download-todo = Download the sheets to translate or update
# unreviewed
kb-xliff-download-all = Download every published sheet
# unreviewed
kb-xliff-file = XLIFF file from the agency
# unreviewed
kb-xliff-import = Import the translations
# unreviewed
kb-xliff-imported = { $count ->
    [one] { $count } translation was imported.
   *[other] { $count } translations were imported.
}
# unreviewed
kb-xliff-refused = Nothing was imported. Correct the file and try again:
# unreviewed
kb-xliff-problem = Line { $line }: { $reason }
# unreviewed
kb-xliff-no-file = Choose an XLIFF file to import.
# unreviewed
kb-xliff-too-large = The file is larger than { $max } MB.
# unreviewed
kb-xliff-encoding = The file is not UTF-8 text.
# unreviewed
kb-xliff-error-malformed = the XML is not well formed
# unreviewed
kb-xliff-error-not-xliff = this is not an XLIFF 2.0 file
# unreviewed
kb-xliff-error-doctype = a DOCTYPE declaration is not accepted
# unreviewed
kb-xliff-error-entity = the entity &{ $name }; is unknown
# unreviewed
kb-xliff-error-missing-attribute = the attribute { $name } is missing
# unreviewed
kb-xliff-error-unexpected = the element <{ $name }> is not expected here
# unreviewed
kb-xliff-error-inline-code = the inline code <{ $name }> is not supported
# unreviewed
kb-xliff-error-duplicate-unit = the unit { $name } appears twice
# unreviewed
kb-xliff-error-bad-version = the version { $name } is not a number
# unreviewed
kb-xliff-error-language = the file's languages ({ $name }) are not Italian to this language
# unreviewed
kb-xliff-error-unknown-article = the sheet { $name } does not exist or is no longer published
# unreviewed
kb-xliff-error-stale = the Italian text of { $name } changed after the export: download the file again
# unreviewed
kb-xliff-error-unknown-unit = the unit { $name } is not part of the sheet
# unreviewed
kb-xliff-error-untranslated = the unit { $name } is not translated
# unreviewed
kb-xliff-error-invalid = the field { $name } is not valid

## Sheets due for review

# unreviewed
workspace-nav-kb-review = Sheets to review
# unreviewed
kb-review-title = Sheets to review
# unreviewed
kb-review-intro = Your hubs' published sheets that are past their review date or reach it within 30 days.
# unreviewed
kb-review-due = Review by
# unreviewed
kb-review-overdue = overdue
# unreviewed
kb-review-soon = due soon
# unreviewed
kb-review-none = No sheet is due for review.
# unreviewed
kb-review-mark = I confirm it is still correct
# unreviewed
kb-review-marked = Sheet confirmed: the next review is due by { $date }.

## Readers' ratings

# unreviewed
kb-rating-legend = Was this page clear?
# unreviewed
kb-rating-1 = Not clear at all
# unreviewed
kb-rating-2 = Not very clear
# unreviewed
kb-rating-3 = Fairly clear
# unreviewed
kb-rating-4 = Clear
# unreviewed
kb-rating-5 = Very clear
# unreviewed
kb-rating-comment = What was missing or hard to understand? (optional: do not write personal data)
# unreviewed
kb-rating-send = Send
# unreviewed
kb-rating-thanks = Thank you: your answer helps us improve this page.
# unreviewed
kb-rating-invalid = Choose an answer from 1 to 5.
# unreviewed
kb-rating-too-long = The comment is too long (at most { $max } characters).
# unreviewed
kb-rating-limited = Too many answers from your connection: try again later.
# unreviewed
kb-ratings-title = Readers' answers
# unreviewed
kb-ratings-summary = { $count ->
    [one] { $count } answer, average { $average } out of 5
   *[other] { $count } answers, average { $average } out of 5
}
# unreviewed
kb-ratings-none = No reader has answered yet.
# unreviewed
kb-ratings-comments = Latest comments
# unreviewed
kb-leaflet-link = Leaflet to print (PDF, A4)
# unreviewed
kb-leaflet-scan = Scan the code for the up-to-date page
# unreviewed
kb-replaced-by = Replaced by (optional)
# unreviewed
kb-replaced-by-hint = Address of the published sheet that takes its place, for example /it/salute/iscrizione-ssn. The withdrawn page and the QR codes of leaflets already printed will lead there.
# unreviewed
kb-refused-replacement = That address is not a published sheet: check it and try again, or leave the field empty.
# unreviewed
kb-glossary = Glossary terms
# unreviewed
kb-glossary-hint = Legal terms this text uses: always write them this way, and explain to the reader what they are the first time.
# unreviewed
kb-glossary-count = times in the text: { $count }
# unreviewed
kb-glossary-translator = Glossary for this language
# unreviewed
kb-glossary-translator-hint = The legal terms of the Italian text with the agreed translation: use it, so that readers meet the same words at the offices and on the forms.
# unreviewed
kb-glossary-unreviewed = translation not yet checked
# unreviewed
kb-glossary-none = no agreed translation
# unreviewed
kb-mt = Machine translation
# unreviewed
kb-mt-hint = Ask the machine translation service for a draft: it is published with the notice “machine translated, not yet reviewed” until you review and save it.
# unreviewed
kb-mt-action = Make a machine draft
# unreviewed
kb-mt-done = Machine draft saved: read it and save it to remove the notice.
# unreviewed
kb-mt-refused-readability = The Italian text is too hard for a good machine translation (Gulpease index below 50): ask the hub to simplify it, or translate by hand.
# unreviewed
kb-mt-refused-human = This language already has a translation made by a person: it is not overwritten. Update it by hand with the changes to the Italian text.
# unreviewed
kb-mt-unavailable = The machine translation service does not answer: nothing was saved. Try again later or translate by hand.
# unreviewed
workspace-nav-kb-links = Links to fix
# unreviewed
kb-links-title = Links to fix
# unreviewed
kb-links-intro = Every night the link checker visits the external addresses of the published sheets and of the legal references, unhurried and never towards internal addresses. Here are those of your sheets that do not work.
# unreviewed
kb-links-none = No links to fix in your sheets.
# unreviewed
kb-links-broken = the site answers with an error ({ $status })
# unreviewed
kb-links-refused = not checked: not a public web address
# unreviewed
kb-links-unreachable = the site does not answer

# unreviewed
workspace-nav-kb-materials = Materials
# unreviewed
kb-materials-title = Information materials
# unreviewed
kb-materials-intro = Leaflets, pictures, audio recordings and videos prepared by the network's thematic hubs, in many languages.
# unreviewed
kb-materials-filter = Filter the materials
# unreviewed
kb-materials-format = Format
# unreviewed
kb-materials-any-format = Any format
# unreviewed
kb-materials-submit = Show
# unreviewed
kb-materials-found = Materials
# unreviewed
kb-materials-none = No materials with these filters.
# unreviewed
kb-materials-pages = Pages of materials
# unreviewed
kb-materials-previous = Previous page
# unreviewed
kb-materials-next = Next page
# unreviewed
kb-materials-of-article = Materials to download
# unreviewed
kb-material-format-pdf = PDF
# unreviewed
kb-material-format-image = Picture
# unreviewed
kb-material-format-audio = Audio
# unreviewed
kb-material-format-video = Video
# unreviewed
kb-material-size-kb = { $size } kB
# unreviewed
kb-material-size-mb = { $size } MB
# unreviewed
kb-materials-ws-title = Hubs' materials
# unreviewed
kb-materials-ws-intro = What you add here is public at once, in the repertory of materials and, if you choose a sheet, on its page.
# unreviewed
kb-material-field-title = Title
# unreviewed
kb-material-field-description = Description (optional)
# unreviewed
kb-material-field-language = Language of the material
# unreviewed
kb-material-field-article = Show it on the sheet (optional)
# unreviewed
kb-material-no-article = Only in the repertory
# unreviewed
kb-material-what = A file or a video
# unreviewed
kb-material-field-file = File
# unreviewed
kb-material-file-hint = PDF, PNG, JPEG or WebP pictures, MP3, M4A or Ogg audio.
# unreviewed
kb-material-limit = At most { $size } MB.
# unreviewed
kb-material-field-video = Or a video's address (https://…)
# unreviewed
kb-material-save = Add the material
# unreviewed
kb-material-add = Add a material
# unreviewed
kb-material-remove = Remove
# unreviewed
kb-material-added = Material added: it is public now.
# unreviewed
kb-material-removed = Material removed, with its file.
# unreviewed
kb-material-error-title = Write a title (200 characters at most).
# unreviewed
kb-material-error-description = The description is too long (2,000 characters at most).
# unreviewed
kb-material-error-language = Choose the material's language.
# unreviewed
kb-material-error-article = Choose a sheet of the same hub, or none.
# unreviewed
kb-material-error-file-or-video = Choose a file or write a video's address, not both.
# unreviewed
kb-material-error-too-large = The file is too large: it was not saved. Make it smaller and choose it again.
# unreviewed
kb-material-error-type = This file is not a PDF, a picture (PNG, JPEG, WebP) or audio (MP3, M4A, Ogg): its content says so, whatever its name. It was not saved.
# unreviewed
kb-material-error-video = Write the video's full address, starting with https://.

# unreviewed
kb-tr-status-legal = waiting for the hub's legal review
# unreviewed
kb-tr-notice-legal = A law this sheet cites has changed: the hub is checking the text, and this translation will be updated after it.

# unreviewed
kb-links-services = Service cards you keep
