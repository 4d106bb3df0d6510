### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages.

# unreviewed
catalogue-title = Online services
# unreviewed
catalogue-intro = Services you can use from home, on your phone or computer: who offers them, what they are for and what you need to sign in.
# unreviewed
catalogue-help = If you need help to use them, a desk of the network can help you.
# unreviewed
catalogue-help-link = Find a desk
# unreviewed
catalogue-empty = There are no online services in the catalogue yet.
# unreviewed
catalogue-breadcrumb-label = Breadcrumb
# unreviewed
catalogue-categories-heading = Categories
# unreviewed
catalogue-category-vita-del-cittadino = Everyday life and documents
# unreviewed
catalogue-category-istruzione = Education
# unreviewed
catalogue-category-cultura = Culture
# unreviewed
catalogue-category-lavoro-formazione = Work and training
# unreviewed
catalogue-category-salute = Health
# unreviewed
catalogue-provider = Provider:
# unreviewed
catalogue-what = What it is:
# unreviewed
catalogue-who = Who can use it:
# unreviewed
catalogue-login = What you need to sign in
# unreviewed
catalogue-login-spid = SPID (Italian public digital identity)
# unreviewed
catalogue-login-cie = CIE (Italian electronic identity card)
# unreviewed
catalogue-login-cns = CNS (health card with chip)
# unreviewed
catalogue-login-none = No digital identity needed
# unreviewed
catalogue-plain-note = In plain words:
# unreviewed
catalogue-open-online = Go to the online service
# unreviewed
catalogue-external = external site
# unreviewed
catalogue-details = Service details
# unreviewed
catalogue-service-kicker = Service details
# unreviewed
catalogue-toc-heading = On this page
# unreviewed
catalogue-sec-what = What it is
# unreviewed
catalogue-sec-who = Who can ask
# unreviewed
catalogue-sec-how = How to do it
# unreviewed
catalogue-sec-need = What you need
# unreviewed
catalogue-sec-get = What you get
# unreviewed
catalogue-sec-time = Time and deadlines
# unreviewed
catalogue-sec-cost = Costs
# unreviewed
catalogue-sec-access = Access the service
# unreviewed
catalogue-sec-more = More information
# unreviewed
catalogue-sec-contacts = Contacts
# unreviewed
catalogue-sec-updated = Last update
# unreviewed
catalogue-not-stated = Not available: ask a desk.
# unreviewed
catalogue-no-documents = No particular documents are needed.
# unreviewed
catalogue-access-online = Online
# unreviewed
catalogue-access-book = Book
# unreviewed
catalogue-by-appointment = This service is by appointment: contact one of the desks below to book.
# unreviewed
catalogue-access-where = Where
# unreviewed
catalogue-access-ask = To find out where to ask for this service, contact a desk of the network.
# unreviewed
catalogue-channels = How you can use it:
# unreviewed
catalogue-channel-in-person = at the desk
# unreviewed
catalogue-channel-phone = by phone
# unreviewed
catalogue-channel-online = online
# unreviewed
catalogue-channel-video = by video call
# unreviewed
catalogue-themes = Themes:
# unreviewed
catalogue-category = Catalogue category:
# unreviewed
catalogue-provider-website = Provider's website
# unreviewed
catalogue-contacts-desks = For information you can contact a desk of the network.
# unreviewed
catalogue-phone = Phone:
# unreviewed
catalogue-email = Email:
# unreviewed
catalogue-desk-level-l1 = first-level desk
# unreviewed
catalogue-desk-level-l2 = specialist desk
# unreviewed
catalogue-desk-level-hub = thematic hub
# unreviewed
catalogue-cost-free = free
# unreviewed
catalogue-cost-euro = €{ $amount }

## Editing services in the workspace.

# unreviewed
ws-services-title = Services
# unreviewed
ws-services-intro = The services you can edit: those offered at your desks and those of your organisations.
# unreviewed
ws-services-empty = No service falls within your roles.

# unreviewed
service-edit-title = Edit the service
# unreviewed
service-edit-back = Back to the service
# unreviewed
service-edit-link = Edit the service's details
# unreviewed
service-edit-name = Name of the service
# unreviewed
service-edit-eligibility = Who can ask
# unreviewed
service-edit-application = How to ask
# unreviewed
service-edit-outcome = What you get
# unreviewed
service-edit-wait-time = How long it takes
# unreviewed
service-edit-fees = Costs
# unreviewed
service-edit-documents = Documents to bring
# unreviewed
service-edit-documents-hint = One document per line.
# unreviewed
service-edit-url = Web address of the service
# unreviewed
service-edit-channels = How the service is used
# unreviewed
service-edit-login-hint = Online services only.
# unreviewed
service-edit-plain-note = Note in plain words
# unreviewed
service-edit-plain-note-hint = For people reading Italian as a second language: short sentences, common words.

# unreviewed
service-edit-error-name = Write the name of the service (at most 200 characters).
# unreviewed
service-edit-error-organisation-only = Only editors of the organisation that provides the service can change this field.
# unreviewed
service-edit-error-channels = Choose at least one way to use the service.
# unreviewed
service-edit-error-login = Signing in with SPID, CIE or CNS applies to online services only, and "no digital identity needed" excludes the others.
# unreviewed
service-edit-error-documents = At most 30 documents, each at most 300 characters long.

# unreviewed
edit-field-eligibility_description = Who can ask
# unreviewed
edit-field-application_process = How to ask
# unreviewed
edit-field-outcome = What you get
# unreviewed
edit-field-wait_time = How long it takes
# unreviewed
edit-field-fees_description = Costs
# unreviewed
edit-field-url = Web address
# unreviewed
edit-field-plain_note = Note in plain words
# unreviewed
edit-field-login = Online sign-in
# unreviewed
edit-field-required_documents = Documents
