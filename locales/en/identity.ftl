### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Operators: sign-in and workspace

login-title = Staff sign-in
login-intro = Restricted area for operators of the network of desks.
login-email = Email address
login-password = Password
login-submit = Sign in
login-refused = Incorrect email or password, or the account has been deactivated.
login-throttled = Too many failed attempts. Please try again in { $seconds } seconds.
workspace-welcome = Welcome, { $name }.
workspace-roles-heading = Your roles
workspace-no-roles = You have no roles assigned yet: please ask the network coordinators.
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

## Two-factor authentication

workspace-nav-twofa = Two-step verification
code-title = Verification code
code-intro = Open the authenticator app on your phone and enter the 6-digit code. If you do not have your phone, use one of your recovery codes.
code-label = Code
code-submit = Verify
code-refused = The code is not valid or has already been used. Please try again with the new code.
# unreviewed
code-attempts-exhausted = Too many wrong codes: for your security the sign-in was cancelled. Please enter your email and password again.
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

## Workspace menu: desks, services and organisations

workspace-nav-desks = Desks I work at

workspace-nav-services = Services
workspace-nav-organisations = Organisations
