### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Operators: sign-in and workspace

# unreviewed
login-title = Staff sign-in
# unreviewed
login-intro = Restricted area for operators of the network of desks.
# unreviewed
login-email = Email address
# unreviewed
login-password = Password
# unreviewed
login-submit = Sign in
# unreviewed
login-refused = Incorrect email or password, or the account has been deactivated.
# unreviewed
login-throttled = Too many failed attempts. Please try again in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
# unreviewed
workspace-welcome = Welcome, { $name }.
# unreviewed
workspace-roles-heading = Your roles
# unreviewed
workspace-no-roles = You have no roles assigned yet: please ask the network coordinators.
# unreviewed
workspace-nav-profile = Profile
# unreviewed
workspace-nav-audit = Activity log
# unreviewed
profile-title = Your profile
# unreviewed
profile-email = Email:
# unreviewed
profile-password-heading = Change your password
# unreviewed
profile-current-password = Current password
# unreviewed
profile-new-password = New password (at least 12 characters)
# unreviewed
profile-confirm-password = Repeat the new password
# unreviewed
profile-password-submit = Change password
# unreviewed
profile-password-changed = Password changed. Your other open sessions have been closed.
# unreviewed
profile-password-wrong = The current password is not correct.
# unreviewed
profile-password-mismatch = The two new passwords do not match.
# unreviewed
profile-password-too-short = The new password must be at least 12 characters long.
# unreviewed
role-admin = Administration
# unreviewed
role-coordinator = Regional coordination
# unreviewed
role-hub_editor = Topic centre editor
# unreviewed
role-l2_operator = Specialist desk operator
# unreviewed
role-l1_operator = First-contact desk operator
# unreviewed
role-translator = Translation
# unreviewed
role-trainer = Training
# unreviewed
role-viewer = Read-only access
# unreviewed
scope-network = whole network
# unreviewed
scope-organisation = organisation { $target }
# unreviewed
scope-desk = desk { $target }
# unreviewed
scope-theme = topic { $target }
# unreviewed
scope-language = language { $target }

## Two-factor authentication

# unreviewed
workspace-nav-twofa = Two-step verification
# unreviewed
code-title = Verification code
# unreviewed
code-intro = Open the authenticator app on your phone and enter the 6-digit code. If you do not have your phone, use one of your recovery codes.
# unreviewed
code-label = Code
# unreviewed
code-submit = Verify
# unreviewed
code-refused = The code is not valid or has already been used. Please try again with the new code.
# unreviewed
code-attempts-exhausted = Too many wrong codes: for your security the sign-in was cancelled. Please enter your email and password again.
# unreviewed
twofa-title = Two-step verification
# unreviewed
twofa-intro = With two-step verification, to sign in you need your password and a code that changes every 30 seconds, created by an app on your phone.
# unreviewed
twofa-required = Your role requires two-step verification: turn it on to use the staff area.
# unreviewed
twofa-start = Turn on two-step verification
# unreviewed
twofa-step-scan = Scan this QR code with the authenticator app.
# unreviewed
twofa-qr-label = QR code for the authenticator app
# unreviewed
twofa-step-link = On your phone you can also open this link:
# unreviewed
twofa-step-key = Or enter this key in the app:
# unreviewed
twofa-step-confirm = Enter the code that the app shows now.
# unreviewed
twofa-confirm-submit = Confirm and turn on
# unreviewed
twofa-enabled-now = Two-step verification has been turned on.
# unreviewed
twofa-recovery-heading = Recovery codes
# unreviewed
twofa-recovery-intro = Keep these codes in a safe place: you can use them if you lose your phone, and each one works only once. You will not see them again.
# unreviewed
twofa-active = Two-step verification is on.

## Password reset and mail

# unreviewed
login-forgot = Forgot your password?
# unreviewed
reset-title = Reset your password
# unreviewed
reset-intro = Enter the email address of your account: we will send you a link to choose a new password.
# unreviewed
reset-submit = Send the link
# unreviewed
reset-sent = If the address belongs to an active account, you will soon receive an email with the link. The link is valid for 30 minutes and can be used only once.
# unreviewed
reset-new-title = Choose a new password
# unreviewed
reset-new-submit = Save the new password
# unreviewed
reset-done = Password changed. You can now sign in with your new password.
# unreviewed
reset-link-invalid = This link has expired or has already been used. Please ask for a new one.
# unreviewed
mail-reset-subject = Reset your password for the Information desk for foreign residents
# unreviewed
mail-reset-body = Hello,
    We have received a request to reset the password of your account.
    To choose a new password, open this link within { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }:
    { $link }
    If you did not ask to reset your password, please ignore this message: your password stays the same.

## Accounts administration

# unreviewed
workspace-nav-users = Users and roles
# unreviewed
users-title = Users and roles
# unreviewed
users-intro = Give each person the roles they need, with the right scope. Every change closes that person's open sessions and is recorded.
# unreviewed
users-col-roles = Roles
# unreviewed
users-disabled = account deactivated
# unreviewed
users-role = Role
# unreviewed
users-scope-kind = Scope
# unreviewed
users-scope-target = Which one (short code)
# unreviewed
users-grant-submit = Add the role
# unreviewed
users-revoke-submit = Remove
# unreviewed
users-disable-submit = Deactivate the account
# unreviewed
users-saved = Change saved.
# unreviewed
users-error = The change was not saved: { $reason }
# unreviewed
scope-kind-network = Whole network
# unreviewed
scope-kind-organisation = Organisation
# unreviewed
scope-kind-desk = Desk
# unreviewed
scope-kind-theme = Topic
# unreviewed
scope-kind-language = Language

## Workspace menu: desks, services and organisations

# unreviewed
workspace-nav-desks = Desks I work at

# unreviewed
workspace-nav-services = Services
# unreviewed
workspace-nav-organisations = Organisations
