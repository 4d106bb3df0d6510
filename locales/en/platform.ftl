# Sportello — English translation. Italian (locales/it) is the source and the fallback.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Site shell

# unreviewed
site-name = Information desk for foreign residents
# unreviewed
site-tagline = Information and services for foreign residents
# unreviewed
skip-link = Skip to main content
# unreviewed
nav-main-label = Main menu
# unreviewed
nav-home = Home page
# unreviewed
nav-desks = Information desks
# unreviewed
nav-services = Online services
# unreviewed
language-switcher-summary = Language
# unreviewed
language-switcher-label = Choose your language
# unreviewed
translation-incomplete = Some parts of this page are not translated yet. They are shown in Italian.
# unreviewed
translation-draft = This translation is a draft: it has not yet been reviewed by a native speaker.
# unreviewed
footer-about = A service of the regional network of information desks for foreign residents.
# unreviewed
footer-demo = Demo data: addresses, phone numbers and other details marked as “sample data” are invented.
# unreviewed
invented-marker = sample data

## Themes: the name, and a one-line description

# unreviewed
theme-permesso-di-soggiorno = Residence permit
    .description = Applying for, renewing and converting a residence permit.
# unreviewed
theme-cittadinanza = Citizenship
    .description = How to apply for Italian citizenship and follow your application.
# unreviewed
theme-ricongiungimento-familiare = Family reunification
    .description = Bringing family members to Italy: requirements and documents.
# unreviewed
theme-residenza-anagrafe = Residence and registry office
    .description = Registering with the registry office, changing residence, and certificates.
# unreviewed
theme-salute = Health
    .description = Registering with the National Health Service, family doctor, appointments.
# unreviewed
theme-scuola = School
    .description = Enrolling in school and in childcare services.
# unreviewed
theme-lavoro-formazione = Work and training
    .description = Looking for work, contracts, training courses.
# unreviewed
theme-casa = Housing
    .description = Renting, social housing, housing suitability certificate.
# unreviewed
theme-prestazioni-sociali = Social benefits
    .description = Allowances, bonuses and financial help: who can apply.
# unreviewed
theme-lingua-italiana = Italian language
    .description = Italian courses and language tests.

## Desks

# unreviewed
desk-level-l1 = First-contact desk
# unreviewed
desk-level-l2 = Specialist desk for foreign residents
# unreviewed
desk-level-hub = Topic centre
# unreviewed
desk-themes-label = Topics:
# unreviewed
desk-address-label = Address:

## Errors

# unreviewed
error-request-id = Request code: { $id }
# unreviewed
error-request-id-help = If you ask for help, give this code.
# unreviewed
error-go-home = Go to the home page
# unreviewed
error-other-languages = This page in other languages
# unreviewed
error-400-title = Invalid request
# unreviewed
error-400-body = The web address or the data sent are not valid. Check the address and try again.
# unreviewed
error-403-title = Access not allowed
# unreviewed
error-403-body = You do not have permission to see this page.
# unreviewed
error-404-title = Page not found
# unreviewed
error-404-body = The page you are looking for does not exist or has been moved.
# unreviewed
error-405-title = Action not allowed
# unreviewed
error-405-body = This page does not accept this type of request.
# unreviewed
error-408-title = Time expired
# unreviewed
error-408-body = The request took too long. Please try again in a moment.
# unreviewed
error-413-title = Data too large
# unreviewed
error-413-body = The data sent is larger than the maximum size allowed.
# unreviewed
error-429-title = Too many requests
# unreviewed
error-429-body = You made too many requests in a short time. Wait a moment and try again.
# unreviewed
error-500-title = An error occurred
# unreviewed
error-500-body = Something went wrong on our side. Please try again in a moment.
# unreviewed
error-503-title = Service not available
# unreviewed
error-503-body = The service is temporarily not available. Please try again in a moment.

## Operators: sign-in and workspace

# unreviewed
nav-workspace = Staff area
# unreviewed
logout-submit = Sign out
# unreviewed
workspace-title = Staff area
# unreviewed
workspace-nav-label = Staff area menu
# unreviewed
error-401-title = Sign-in required
# unreviewed
error-401-body = You need to sign in to see this page.
# unreviewed
error-code-csrf-invalid = The form has expired or is not valid. Go back, reload the page and try again.

## Password reset and mail

# unreviewed
dev-mail-title = Sent mail (development)
# unreviewed
dev-mail-empty = No messages.

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

# unreviewed
finder-heading = Find a desk

# unreviewed
desk-by-appointment = By appointment only
# unreviewed
desk-email-label = Email:
# unreviewed
desk-verified-on = Information checked on { $date }.

# unreviewed
channel-in_person = In person
# unreviewed
channel-phone = By phone
# unreviewed
channel-online = Online
# unreviewed
channel-video = By video call

# unreviewed
language-name-it = Italian
# unreviewed
language-name-ar = Arabic
# unreviewed
language-name-en = English
# unreviewed
language-name-fr = French
# unreviewed
language-name-es = Spanish
# unreviewed
language-name-zh = Chinese
# unreviewed
language-name-sq = Albanian
# unreviewed
language-name-ro = Romanian
# unreviewed
language-name-uk = Ukrainian
# unreviewed
language-name-ur = Urdu
# unreviewed
language-name-bn = Bengali
# unreviewed
language-name-fa = Persian
# unreviewed
language-name-ru = Russian
# unreviewed
language-name-pt = Portuguese
# unreviewed
language-name-wo = Wolof
# unreviewed
language-name-pa = Punjabi
# unreviewed
language-name-tl = Tagalog

# unreviewed
desk-edit-has-errors = Some fields need fixing; nothing was saved:
# unreviewed
desk-edit-description = Description
# unreviewed
desk-edit-verified = I checked today that this information is correct
# unreviewed
desk-edit-submit = Save the changes
# unreviewed
desk-edit-saved = Changes saved. The public portal shows them within a few seconds.
# unreviewed
desk-public-page = See the public page
# unreviewed
desk-verify-due = Check needed: this information has not been confirmed in recent months.
# unreviewed
desk-history-heading = History of changes
# unreviewed
desk-history-empty = No changes recorded.
# unreviewed
desk-history-when = When (UTC)
# unreviewed
desk-history-who = Who
# unreviewed
desk-history-field = Field
# unreviewed
desk-history-before = Before
# unreviewed
desk-history-after = After
# unreviewed
desk-field-name = Name
# unreviewed
desk-field-description = Description
# unreviewed
desk-field-channels = Ways of contact
# unreviewed
desk-field-by_appointment = By appointment only
# unreviewed
desk-field-email = Email
# unreviewed
desk-field-verified_on = Check
# unreviewed
desk-edit-error-email = The email address is not valid.
# unreviewed
desk-edit-error-too-long = The text is too long (at most 2000 characters).

## Dates in full (service pages and desk pages).

# unreviewed
date-full-1 = January { $day }, { $year }
# unreviewed
date-full-2 = February { $day }, { $year }
# unreviewed
date-full-3 = March { $day }, { $year }
# unreviewed
date-full-4 = April { $day }, { $year }
# unreviewed
date-full-5 = May { $day }, { $year }
# unreviewed
date-full-6 = June { $day }, { $year }
# unreviewed
date-full-7 = July { $day }, { $year }
# unreviewed
date-full-8 = August { $day }, { $year }
# unreviewed
date-full-9 = September { $day }, { $year }
# unreviewed
date-full-10 = October { $day }, { $year }
# unreviewed
date-full-11 = November { $day }, { $year }
# unreviewed
date-full-12 = December { $day }, { $year }

## Web addresses in the editing forms (services and organisations).

# unreviewed
edit-url-hint = Starts with https:// (or http://).

# unreviewed
edit-error-url = The web address must start with https:// or http:// and contain no spaces.
