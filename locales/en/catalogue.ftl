### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages.

catalogue-title = Online services
catalogue-intro = Services you can use from home, on your phone or computer: who offers them, what they are for and what you need to sign in.
catalogue-help = If you need help to use them, a desk of the network can help you.
catalogue-help-link = Find a desk
catalogue-empty = There are no online services in the catalogue yet.
catalogue-breadcrumb-label = Breadcrumb
catalogue-categories-heading = Categories
catalogue-category-vita-del-cittadino = Everyday life and documents
catalogue-category-istruzione = Education
catalogue-category-cultura = Culture
catalogue-category-lavoro-formazione = Work and training
catalogue-category-salute = Health
catalogue-provider = Provider:
catalogue-what = What it is:
catalogue-who = Who can use it:
catalogue-login = What you need to sign in
catalogue-login-spid = SPID (Italian public digital identity)
catalogue-login-cie = CIE (Italian electronic identity card)
catalogue-login-cns = CNS (health card with chip)
catalogue-login-none = No digital identity needed
catalogue-plain-note = In plain words:
catalogue-open-online = Go to the online service
catalogue-external = external site
catalogue-details = Service details
catalogue-service-kicker = Service details
catalogue-toc-heading = On this page
catalogue-sec-what = What it is
catalogue-sec-who = Who can ask
catalogue-sec-how = How to do it
catalogue-sec-need = What you need
catalogue-sec-get = What you get
catalogue-sec-time = Time and deadlines
catalogue-sec-cost = Costs
catalogue-sec-access = Access the service
catalogue-sec-more = More information
catalogue-sec-contacts = Contacts
catalogue-sec-updated = Last update
catalogue-not-stated = Not available: ask a desk.
catalogue-no-documents = No particular documents are needed.
catalogue-access-online = Online
catalogue-access-book = Book
catalogue-by-appointment = This service is by appointment: contact one of the desks below to book.
catalogue-access-where = Where
catalogue-access-ask = To find out where to ask for this service, contact a desk of the network.
catalogue-channels = How you can use it:
catalogue-channel-in-person = at the desk
catalogue-channel-phone = by phone
catalogue-channel-online = online
catalogue-channel-video = by video call
catalogue-themes = Themes:
catalogue-category = Catalogue category:
catalogue-provider-website = Provider's website
catalogue-contacts-desks = For information you can contact a desk of the network.
catalogue-phone = Phone:
catalogue-email = Email:
catalogue-desk-level-l1 = first-level desk
catalogue-desk-level-l2 = specialist desk
catalogue-desk-level-hub = thematic hub
catalogue-cost-free = free
catalogue-decimal-separator = .
catalogue-cost-euro = €{ $amount }

## Editing services in the workspace.

ws-services-title = Services
ws-services-intro = The services you can edit: those offered at your desks and those of your organisations.
ws-services-empty = No service falls within your roles.

service-edit-title = Edit the service
service-edit-back = Back to the service
service-edit-link = Edit the service's details
service-edit-name = Name of the service
service-edit-eligibility = Who can ask
service-edit-application = How to ask
service-edit-outcome = What you get
service-edit-wait-time = How long it takes
service-edit-fees = Costs
service-edit-documents = Documents to bring
service-edit-documents-hint = One document per line.
service-edit-url = Web address of the service
service-edit-channels = How the service is used
service-edit-login-hint = Online services only.
service-edit-plain-note = Note in plain words
service-edit-plain-note-hint = For people reading Italian as a second language: short sentences, common words.

service-edit-error-name = Write the name of the service (at most 200 characters).
service-edit-error-channels = Choose at least one way to use the service.
service-edit-error-login = Signing in with SPID, CIE or CNS applies to online services only, and "no digital identity needed" excludes the others.
service-edit-error-documents = At most 30 documents, each at most 300 characters long.

edit-field-eligibility_description = Who can ask
edit-field-application_process = How to ask
edit-field-outcome = What you get
edit-field-wait_time = How long it takes
edit-field-fees_description = Costs
edit-field-url = Web address
edit-field-plain_note = Note in plain words
edit-field-login = Online sign-in
edit-field-required_documents = Documents
