# Sportello — English translation. Italian (locales/it) is the source and the fallback.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Site shell

site-name = Information desk for foreign residents
site-tagline = Information and services for foreign residents
skip-link = Skip to main content
nav-main-label = Main menu
nav-home = Home page
nav-desks = Information desks
nav-services = Online services
language-switcher-summary = Language
language-switcher-label = Choose your language
translation-incomplete = Some parts of this page are not translated yet. They are shown in Italian.
footer-about = A service of the regional network of information desks for foreign residents.
footer-demo = Demo data: addresses, phone numbers and other details marked as “sample data” are invented.
invented-marker = sample data

## Themes: the name, and a one-line description

theme-permesso-di-soggiorno = Residence permit
    .description = Applying for, renewing and converting a residence permit.
theme-cittadinanza = Citizenship
    .description = How to apply for Italian citizenship and follow your application.
theme-ricongiungimento-familiare = Family reunification
    .description = Bringing family members to Italy: requirements and documents.
theme-residenza-anagrafe = Residence and registry office
    .description = Registering with the registry office, changing residence, and certificates.
theme-salute = Health
    .description = Registering with the National Health Service, family doctor, appointments.
theme-scuola = School
    .description = Enrolling in school and in childcare services.
theme-lavoro-formazione = Work and training
    .description = Looking for work, contracts, training courses.
theme-casa = Housing
    .description = Renting, social housing, housing suitability certificate.
theme-prestazioni-sociali = Social benefits
    .description = Allowances, bonuses and financial help: who can apply.
theme-lingua-italiana = Italian language
    .description = Italian courses and language tests.

## Desks

desk-level-l1 = First-contact desk
desk-level-l2 = Specialist desk for foreign residents
desk-level-hub = Topic centre
desk-themes-label = Topics:
desk-address-label = Address:

## Errors

error-request-id = Request code: { $id }
error-request-id-help = If you ask for help, give this code.
error-go-home = Go to the home page
error-other-languages = This page in other languages
error-400-title = Invalid request
error-400-body = The web address or the data sent are not valid. Check the address and try again.
error-403-title = Access not allowed
error-403-body = You do not have permission to see this page.
error-404-title = Page not found
error-404-body = The page you are looking for does not exist or has been moved.
error-405-title = Action not allowed
error-405-body = This page does not accept this type of request.
error-408-title = Time expired
error-408-body = The request took too long. Please try again in a moment.
error-413-title = Data too large
error-413-body = The data sent is larger than the maximum size allowed.
error-429-title = Too many requests
error-429-body = You made too many requests in a short time. Wait a moment and try again.
error-500-title = An error occurred
error-500-body = Something went wrong on our side. Please try again in a moment.
error-503-title = Service not available
error-503-body = The service is temporarily not available. Please try again in a moment.

## Operators: sign-in and workspace

nav-workspace = Staff area
logout-submit = Sign out
workspace-title = Staff area
workspace-nav-label = Staff area menu
error-401-title = Sign-in required
error-401-body = You need to sign in to see this page.
error-code-csrf-invalid = The form has expired or is not valid. Go back, reload the page and try again.

## Password reset and mail

dev-mail-title = Sent mail (development)
dev-mail-empty = No messages.

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

finder-heading = Find a desk

desk-by-appointment = By appointment only
desk-email-label = Email:
desk-verified-on = Information checked on { $date }.

channel-in_person = In person
channel-phone = By phone
channel-online = Online
channel-video = By video call

language-name-it = Italian
language-name-ar = Arabic
language-name-en = English
language-name-fr = French
language-name-es = Spanish
language-name-zh = Chinese
language-name-sq = Albanian
language-name-ro = Romanian
language-name-uk = Ukrainian
language-name-ur = Urdu
language-name-bn = Bengali
language-name-ru = Russian
language-name-pt = Portuguese
language-name-wo = Wolof
language-name-pa = Punjabi
language-name-tl = Tagalog

desk-edit-has-errors = Some fields need fixing; nothing was saved:
desk-edit-description = Description
desk-edit-verified = I checked today that this information is correct
desk-edit-submit = Save the changes
desk-edit-saved = Changes saved. The public portal shows them within a few seconds.
desk-public-page = See the public page
desk-verify-due = Check needed: this information has not been confirmed in recent months.
desk-history-heading = History of changes
desk-history-empty = No changes recorded.
desk-history-when = When (UTC)
desk-history-who = Who
desk-history-field = Field
desk-history-before = Before
desk-history-after = After
desk-field-name = Name
desk-field-description = Description
desk-field-channels = Ways of contact
desk-field-by_appointment = By appointment only
desk-field-email = Email
desk-field-verified_on = Check
desk-edit-error-email = The email address is not valid.
desk-edit-error-too-long = The text is too long (at most 2000 characters).

## Dates in full (service pages and desk pages).

date-full-1 = January { $day }, { $year }
date-full-2 = February { $day }, { $year }
date-full-3 = March { $day }, { $year }
date-full-4 = April { $day }, { $year }
date-full-5 = May { $day }, { $year }
date-full-6 = June { $day }, { $year }
date-full-7 = July { $day }, { $year }
date-full-8 = August { $day }, { $year }
date-full-9 = September { $day }, { $year }
date-full-10 = October { $day }, { $year }
date-full-11 = November { $day }, { $year }
date-full-12 = December { $day }, { $year }

## Web addresses in the editing forms (services and organisations).

edit-url-hint = Starts with https:// (or http://).

edit-error-url = The web address must start with https:// or http:// and contain no spaces.
