# Sportello — English translation. Italian (locales/it) is the source and the fallback.

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

## Home

home-title = Information for foreign residents
home-intro = Find clear information about documents, health, school, work and housing, and find the desk nearest to you.
home-themes-heading = Topics
home-hubs-heading = Topic centres of the network
home-hubs-intro = The topic centres prepare the information on each topic for the whole network.
home-desks-heading = Desks for foreign residents
home-all-desks = { $count ->
    [one] See the only desk in the network
   *[other] See all { $count } desks in the network
}
home-no-desks = No desk has been registered yet.

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
desks-title = Desks in the network
desks-intro = All the desks in the network: the topic centres, the specialist desks for foreign residents and the first-contact points (URP public information offices, social services desks).
desks-count = { $count ->
    [one] { $count } desk
   *[other] { $count } desks
}
pagination-label = Pages
pagination-previous = Previous page
pagination-next = Next page
pagination-status = Page { $page } of { $pages }

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
login-title = Staff sign-in
login-intro = Restricted area for operators of the network of desks.
login-email = Email address
login-password = Password
login-submit = Sign in
login-refused = Incorrect email or password, or the account has been deactivated.
login-throttled = Too many failed attempts. Please try again in { $seconds } seconds.
logout-submit = Sign out
workspace-title = Staff area
workspace-welcome = Welcome, { $name }.
workspace-roles-heading = Your roles
workspace-no-roles = You have no roles assigned yet: please ask the network coordinators.
workspace-nav-label = Staff area menu
workspace-nav-profile = Profile
workspace-nav-audit = Activity log
profile-title = Your profile
profile-email = Email:
profile-password-heading = Change your password
profile-current-password = Current password
profile-new-password = New password (at least 12 characters)
profile-confirm-password = Repeat the new password
profile-password-submit = Change password
profile-password-changed = Password changed. Your other open sessions have been closed.
profile-password-wrong = The current password is not correct.
profile-password-mismatch = The two new passwords do not match.
profile-password-too-short = The new password must be at least 12 characters long.
audit-title = Activity log
audit-filter-action = Action (starts with)
audit-filter-actor = Who (email)
audit-filter-submit = Filter
audit-col-when = When
audit-col-who = Who
audit-col-action = Action
audit-col-object = Object
audit-col-ip = IP address
audit-empty = No activity recorded with these filters.
role-admin = Administration
role-coordinator = Regional coordination
role-hub_editor = Topic centre editor
role-l2_operator = Specialist desk operator
role-l1_operator = First-contact desk operator
role-translator = Translation
role-trainer = Training
role-viewer = Read-only access
scope-network = whole network
scope-organisation = organisation { $target }
scope-desk = desk { $target }
scope-theme = topic { $target }
scope-language = language { $target }
error-401-title = Sign-in required
error-401-body = You need to sign in to see this page.
error-code-csrf-invalid = The form has expired or is not valid. Go back, reload the page and try again.

## Two-factor authentication

workspace-nav-twofa = Two-step verification
code-title = Verification code
code-intro = Open the authenticator app on your phone and enter the 6-digit code. If you do not have your phone, use one of your recovery codes.
code-label = Code
code-submit = Verify
code-refused = The code is not valid or has already been used. Please try again with the new code.
twofa-title = Two-step verification
twofa-intro = With two-step verification, to sign in you need your password and a code that changes every 30 seconds, created by an app on your phone.
twofa-required = Your role requires two-step verification: turn it on to use the staff area.
twofa-start = Turn on two-step verification
twofa-step-scan = Scan this QR code with the authenticator app.
twofa-qr-label = QR code for the authenticator app
twofa-step-link = On your phone you can also open this link:
twofa-step-key = Or enter this key in the app:
twofa-step-confirm = Enter the code that the app shows now.
twofa-confirm-submit = Confirm and turn on
twofa-enabled-now = Two-step verification has been turned on.
twofa-recovery-heading = Recovery codes
twofa-recovery-intro = Keep these codes in a safe place: you can use them if you lose your phone, and each one works only once. You will not see them again.
twofa-active = Two-step verification is on.

## Password reset and mail

login-forgot = Forgot your password?
reset-title = Reset your password
reset-intro = Enter the email address of your account: we will send you a link to choose a new password.
reset-submit = Send the link
reset-sent = If the address belongs to an active account, you will soon receive an email with the link. The link is valid for 30 minutes and can be used only once.
reset-new-title = Choose a new password
reset-new-submit = Save the new password
reset-done = Password changed. You can now sign in with your new password.
reset-link-invalid = This link has expired or has already been used. Please ask for a new one.
mail-reset-subject = Reset your password for the Information desk for foreign residents
mail-reset-body = Hello,
    We have received a request to reset the password of your account.
    To choose a new password, open this link within { $minutes } minutes:
    { $link }
    If you did not ask to reset your password, please ignore this message: your password stays the same.
dev-mail-title = Sent mail (development)
dev-mail-empty = No messages.

## Accounts administration

workspace-nav-users = Users and roles
users-title = Users and roles
users-intro = Give each person the roles they need, with the right scope. Every change closes that person's open sessions and is recorded.
users-col-roles = Roles
users-disabled = account deactivated
users-role = Role
users-scope-kind = Scope
users-scope-target = Which one (short code)
users-grant-submit = Add the role
users-revoke-submit = Remove
users-disable-submit = Deactivate the account
users-saved = Change saved.
users-error = The change was not saved: { $reason }
scope-kind-network = Whole network
scope-kind-organisation = Organisation
scope-kind-desk = Desk
scope-kind-theme = Topic
scope-kind-language = Language

## Workspace: desks

workspace-nav-desks = Desks I work at
ws-desks-title = Desks I work at
ws-desks-intro = The desks where you have a role.
ws-desks-empty = None of your roles covers a desk.
