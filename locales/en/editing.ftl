## Editing services and organisations in the workspace.

workspace-nav-services = Services
workspace-nav-organisations = Organisations
ws-services-title = Services
ws-services-intro = The services you can edit: those offered at your desks and those of your organisations.
ws-services-empty = No service falls within your roles.
ws-orgs-title = Organisations
ws-orgs-intro = The organisations whose details you can edit: those where you hold an administrator or coordinator role, and the organisations within them.
ws-orgs-empty = No organisation falls within your roles.

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
edit-url-hint = Starts with https:// (or http://).
service-edit-channels = How the service is used
service-edit-login-hint = Online services only.
service-edit-plain-note = Note in plain words
service-edit-plain-note-hint = For people reading Italian as a second language: short sentences, common words.

service-edit-error-name = Write the name of the service (at most 200 characters).
service-edit-error-channels = Choose at least one way to use the service.
service-edit-error-login = Signing in with SPID, CIE or CNS applies to online services only, and "no digital identity needed" excludes the others.
service-edit-error-documents = At most 30 documents, each at most 300 characters long.
edit-error-url = The web address must start with https:// or http:// and contain no spaces.

org-edit-title = Edit the organisation
org-edit-back = Back to the organisations
org-edit-link = Edit the organisation's details
org-edit-name = Name of the organisation
org-edit-alternate-name = Other name or acronym
org-edit-website = Website
org-edit-error-name = Write the name of the organisation (at most 200 characters).
org-edit-error-alternate-name = The other name can be at most 200 characters long.

edit-field-eligibility_description = Who can ask
edit-field-application_process = How to ask
edit-field-outcome = What you get
edit-field-wait_time = How long it takes
edit-field-fees_description = Costs
edit-field-url = Web address
edit-field-plain_note = Note in plain words
edit-field-login = Online sign-in
edit-field-required_documents = Documents
edit-field-alternate_name = Other name
edit-field-website = Website
