# Sportello — Punjabi (Gurmukhi) translation (machine draft, unreviewed). ਪੰਜਾਬੀ ਅਨੁਵਾਦ ਦਾ ਮਸ਼ੀਨੀ ਖਰੜਾ: ਹਰ ਸੁਨੇਹਾ ਇੱਕ ਖਰੜਾ ਹੈ ਜਿਸ ਦੀ ਜਾਂਚ ਪੰਜਾਬੀ ਚੰਗੀ ਤਰ੍ਹਾਂ ਜਾਣਨ ਵਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੇ ਅਜੇ ਕਰਨੀ ਹੈ। Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Operators: sign-in and workspace

# unreviewed
login-title = ਕਰਮਚਾਰੀਆਂ ਲਈ ਲੌਗ ਇਨ
# unreviewed
login-intro = ਸਿਰਫ਼ ਜਾਣਕਾਰੀ ਕੇਂਦਰਾਂ ਦੇ ਨੈੱਟਵਰਕ ਦੇ ਕਰਮਚਾਰੀਆਂ ਲਈ ਰਾਖਵਾਂ ਖੇਤਰ।
# unreviewed
login-email = ਈ-ਮੇਲ ਪਤਾ
# unreviewed
login-password = ਪਾਸਵਰਡ
# unreviewed
login-submit = ਲੌਗ ਇਨ ਕਰੋ
# unreviewed
login-refused = ਈ-ਮੇਲ ਜਾਂ ਪਾਸਵਰਡ ਗ਼ਲਤ ਹੈ, ਜਾਂ ਖਾਤਾ ਬੰਦ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ।
# unreviewed
login-throttled = ਬਹੁਤ ਵਾਰ ਗ਼ਲਤ ਕੋਸ਼ਿਸ਼ਾਂ ਹੋਈਆਂ ਹਨ। { $seconds ->
    [one] { $seconds } ਸਕਿੰਟ
   *[other] { $seconds } ਸਕਿੰਟਾਂ
} ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
# unreviewed
workspace-welcome = ਜੀ ਆਇਆਂ ਨੂੰ, { $name }।
# unreviewed
workspace-roles-heading = ਤੁਹਾਡੀਆਂ ਭੂਮਿਕਾਵਾਂ
# unreviewed
workspace-no-roles = ਤੁਹਾਨੂੰ ਅਜੇ ਕੋਈ ਭੂਮਿਕਾ ਨਹੀਂ ਦਿੱਤੀ ਗਈ: ਨੈੱਟਵਰਕ ਦਾ ਤਾਲਮੇਲ ਕਰਨ ਵਾਲਿਆਂ ਨੂੰ ਪੁੱਛੋ।
# unreviewed
workspace-nav-profile = ਪ੍ਰੋਫ਼ਾਈਲ
# unreviewed
workspace-nav-audit = ਕਾਰਵਾਈਆਂ ਦਾ ਰਿਕਾਰਡ
# unreviewed
profile-title = ਤੁਹਾਡੀ ਪ੍ਰੋਫ਼ਾਈਲ
# unreviewed
profile-email = ਈ-ਮੇਲ:
# unreviewed
profile-password-heading = ਪਾਸਵਰਡ ਬਦਲੋ
# unreviewed
profile-current-password = ਮੌਜੂਦਾ ਪਾਸਵਰਡ
# unreviewed
profile-new-password = ਨਵਾਂ ਪਾਸਵਰਡ (ਘੱਟੋ-ਘੱਟ 12 ਅੱਖਰ)
# unreviewed
profile-confirm-password = ਨਵਾਂ ਪਾਸਵਰਡ ਦੁਬਾਰਾ ਲਿਖੋ
# unreviewed
profile-password-submit = ਪਾਸਵਰਡ ਬਦਲੋ
# unreviewed
profile-password-changed = ਪਾਸਵਰਡ ਬਦਲ ਗਿਆ ਹੈ। ਤੁਹਾਡੇ ਬਾਕੀ ਖੁੱਲ੍ਹੇ ਸੈਸ਼ਨ ਬੰਦ ਕਰ ਦਿੱਤੇ ਗਏ ਹਨ।
# unreviewed
profile-password-wrong = ਮੌਜੂਦਾ ਪਾਸਵਰਡ ਸਹੀ ਨਹੀਂ ਹੈ।
# unreviewed
profile-password-mismatch = ਦੋਵੇਂ ਨਵੇਂ ਪਾਸਵਰਡ ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ।
# unreviewed
profile-password-too-short = ਨਵੇਂ ਪਾਸਵਰਡ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ 12 ਅੱਖਰ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ।
# unreviewed
role-admin = ਪ੍ਰਸ਼ਾਸਨ
# unreviewed
role-coordinator = ਖੇਤਰੀ ਤਾਲਮੇਲ
# unreviewed
role-hub_editor = ਵਿਸ਼ਾ ਕੇਂਦਰ ਦਾ ਸੰਪਾਦਕ
# unreviewed
role-l2_operator = ਮਾਹਰ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਦਾ ਕਰਮਚਾਰੀ
# unreviewed
role-l1_operator = ਪਹਿਲੇ ਸੰਪਰਕ ਵਾਲੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਦਾ ਕਰਮਚਾਰੀ
# unreviewed
role-translator = ਅਨੁਵਾਦ
# unreviewed
role-trainer = ਸਿਖਲਾਈ
# unreviewed
role-viewer = ਸਿਰਫ਼ ਦੇਖਣ ਲਈ
# unreviewed
scope-network = ਪੂਰਾ ਨੈੱਟਵਰਕ
# unreviewed
scope-organisation = ਸੰਸਥਾ { $target }
# unreviewed
scope-desk = ਜਾਣਕਾਰੀ ਕੇਂਦਰ { $target }
# unreviewed
scope-theme = ਵਿਸ਼ਾ { $target }
# unreviewed
scope-language = ਭਾਸ਼ਾ { $target }

## Two-factor authentication

# unreviewed
workspace-nav-twofa = ਦੋ-ਪੜਾਅ ਵਾਲੀ ਪੁਸ਼ਟੀ
# unreviewed
code-title = ਪੁਸ਼ਟੀ ਕੋਡ
# unreviewed
code-intro = ਫ਼ੋਨ 'ਤੇ ਪ੍ਰਮਾਣੀਕਰਨ ਐਪ (authenticator) ਖੋਲ੍ਹੋ ਅਤੇ 6 ਅੰਕਾਂ ਵਾਲਾ ਕੋਡ ਲਿਖੋ। ਜੇ ਫ਼ੋਨ ਤੁਹਾਡੇ ਕੋਲ ਨਹੀਂ ਹੈ, ਤਾਂ ਕੋਈ ਰਿਕਵਰੀ ਕੋਡ ਵਰਤੋ।
# unreviewed
code-label = ਕੋਡ
# unreviewed
code-submit = ਪੁਸ਼ਟੀ ਕਰੋ
# unreviewed
code-refused = ਕੋਡ ਸਹੀ ਨਹੀਂ ਹੈ ਜਾਂ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ। ਨਵੇਂ ਕੋਡ ਨਾਲ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
# unreviewed
code-attempts-exhausted = ਬਹੁਤ ਵਾਰ ਗਲਤ ਕੋਡ: ਸੁਰੱਖਿਆ ਲਈ ਸਾਈਨ-ਇਨ ਰੱਦ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਆਪਣਾ ਈਮੇਲ ਅਤੇ ਪਾਸਵਰਡ ਦੁਬਾਰਾ ਲਿਖੋ।
# unreviewed
twofa-title = ਦੋ-ਪੜਾਅ ਵਾਲੀ ਪੁਸ਼ਟੀ
# unreviewed
twofa-intro = ਦੋ-ਪੜਾਅ ਵਾਲੀ ਪੁਸ਼ਟੀ ਨਾਲ, ਲੌਗ ਇਨ ਕਰਨ ਲਈ ਪਾਸਵਰਡ ਅਤੇ ਇੱਕ ਕੋਡ ਚਾਹੀਦਾ ਹੈ। ਇਹ ਕੋਡ ਫ਼ੋਨ ਦੀ ਇੱਕ ਐਪ ਬਣਾਉਂਦੀ ਹੈ ਅਤੇ ਇਹ ਹਰ 30 ਸਕਿੰਟਾਂ ਵਿੱਚ ਬਦਲ ਜਾਂਦਾ ਹੈ।
# unreviewed
twofa-required = ਤੁਹਾਡੀ ਭੂਮਿਕਾ ਲਈ ਦੋ-ਪੜਾਅ ਵਾਲੀ ਪੁਸ਼ਟੀ ਜ਼ਰੂਰੀ ਹੈ: ਕਰਮਚਾਰੀ ਖੇਤਰ ਵਰਤਣ ਲਈ ਇਸ ਨੂੰ ਚਾਲੂ ਕਰੋ।
# unreviewed
twofa-start = ਦੋ-ਪੜਾਅ ਵਾਲੀ ਪੁਸ਼ਟੀ ਚਾਲੂ ਕਰੋ
# unreviewed
twofa-step-scan = ਪ੍ਰਮਾਣੀਕਰਨ ਐਪ ਨਾਲ ਇਹ QR ਕੋਡ ਸਕੈਨ ਕਰੋ।
# unreviewed
twofa-qr-label = ਪ੍ਰਮਾਣੀਕਰਨ ਐਪ ਲਈ QR ਕੋਡ
# unreviewed
twofa-step-link = ਫ਼ੋਨ 'ਤੇ ਤੁਸੀਂ ਇਹ ਲਿੰਕ ਵੀ ਖੋਲ੍ਹ ਸਕਦੇ ਹੋ:
# unreviewed
twofa-step-key = ਜਾਂ ਐਪ ਵਿੱਚ ਇਹ ਕੁੰਜੀ (key) ਲਿਖੋ:
# unreviewed
twofa-step-confirm = ਐਪ ਹੁਣ ਜੋ ਕੋਡ ਦਿਖਾ ਰਹੀ ਹੈ, ਉਹ ਲਿਖੋ।
# unreviewed
twofa-confirm-submit = ਪੁਸ਼ਟੀ ਕਰੋ ਅਤੇ ਚਾਲੂ ਕਰੋ
# unreviewed
twofa-enabled-now = ਦੋ-ਪੜਾਅ ਵਾਲੀ ਪੁਸ਼ਟੀ ਚਾਲੂ ਹੋ ਗਈ ਹੈ।
# unreviewed
twofa-recovery-heading = ਰਿਕਵਰੀ ਕੋਡ
# unreviewed
# Meaning as in en: use them if you lose your phone; each works only once.
twofa-recovery-intro = ਇਹ ਕੋਡ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ: ਜੇ ਫ਼ੋਨ ਗੁੰਮ ਹੋ ਜਾਵੇ ਤਾਂ ਤੁਸੀਂ ਇਹਨਾਂ ਨੂੰ ਵਰਤ ਸਕਦੇ ਹੋ, ਅਤੇ ਹਰ ਕੋਡ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਚੱਲਦਾ ਹੈ। ਤੁਸੀਂ ਇਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਨਹੀਂ ਦੇਖ ਸਕੋਗੇ।
# unreviewed
twofa-active = ਦੋ-ਪੜਾਅ ਵਾਲੀ ਪੁਸ਼ਟੀ ਚਾਲੂ ਹੈ।

## Password reset and mail

# unreviewed
login-forgot = ਪਾਸਵਰਡ ਭੁੱਲ ਗਏ ਹੋ?
# unreviewed
reset-title = ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰੋ
# unreviewed
reset-intro = ਆਪਣੇ ਖਾਤੇ ਦਾ ਈ-ਮੇਲ ਪਤਾ ਲਿਖੋ: ਨਵਾਂ ਪਾਸਵਰਡ ਚੁਣਨ ਲਈ ਅਸੀਂ ਤੁਹਾਨੂੰ ਇੱਕ ਲਿੰਕ ਭੇਜਾਂਗੇ।
# unreviewed
reset-submit = ਲਿੰਕ ਭੇਜੋ
# unreviewed
reset-sent = ਜੇ ਇਹ ਪਤਾ ਕਿਸੇ ਚਾਲੂ ਖਾਤੇ ਦਾ ਹੈ, ਤਾਂ ਤੁਹਾਨੂੰ ਜਲਦੀ ਹੀ ਲਿੰਕ ਵਾਲੀ ਈ-ਮੇਲ ਮਿਲੇਗੀ। ਲਿੰਕ 30 ਮਿੰਟਾਂ ਲਈ ਅਤੇ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਚੱਲੇਗਾ।
# unreviewed
reset-new-title = ਨਵਾਂ ਪਾਸਵਰਡ ਚੁਣੋ
# unreviewed
reset-new-submit = ਨਵਾਂ ਪਾਸਵਰਡ ਸੇਵ ਕਰੋ
# unreviewed
reset-done = ਪਾਸਵਰਡ ਬਦਲ ਗਿਆ ਹੈ। ਹੁਣ ਤੁਸੀਂ ਨਵੇਂ ਪਾਸਵਰਡ ਨਾਲ ਲੌਗ ਇਨ ਕਰ ਸਕਦੇ ਹੋ।
# unreviewed
reset-link-invalid = ਇਸ ਲਿੰਕ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ ਜਾਂ ਇਹ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ। ਨਵਾਂ ਲਿੰਕ ਮੰਗੋ।
# unreviewed
mail-reset-subject = ਵਿਦੇਸ਼ੀ ਨਿਵਾਸੀਆਂ ਲਈ ਜਾਣਕਾਰੀ ਕੇਂਦਰ (Sportello stranieri): ਪਾਸਵਰਡ ਰੀਸੈੱਟ
# unreviewed
mail-reset-body = ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,
    ਸਾਨੂੰ ਤੁਹਾਡੇ ਖਾਤੇ ਦਾ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰਨ ਦੀ ਬੇਨਤੀ ਮਿਲੀ ਹੈ।
    ਨਵਾਂ ਪਾਸਵਰਡ ਚੁਣਨ ਲਈ { $minutes ->
        [one] { $minutes } ਮਿੰਟ
       *[other] { $minutes } ਮਿੰਟਾਂ
    } ਦੇ ਅੰਦਰ ਇਹ ਲਿੰਕ ਖੋਲ੍ਹੋ:
    { $link }
    ਜੇ ਤੁਸੀਂ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰਨ ਲਈ ਨਹੀਂ ਕਿਹਾ, ਤਾਂ ਇਸ ਸੁਨੇਹੇ ਨੂੰ ਅਣਡਿੱਠਾ ਕਰੋ: ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਪਹਿਲਾਂ ਵਾਲਾ ਹੀ ਰਹੇਗਾ।

## Accounts administration

# unreviewed
workspace-nav-users = ਵਰਤੋਂਕਾਰ ਅਤੇ ਭੂਮਿਕਾਵਾਂ
# unreviewed
users-title = ਵਰਤੋਂਕਾਰ ਅਤੇ ਭੂਮਿਕਾਵਾਂ
# unreviewed
users-intro = ਹਰ ਵਿਅਕਤੀ ਨੂੰ ਉਹ ਭੂਮਿਕਾਵਾਂ ਦਿਓ ਜਿਨ੍ਹਾਂ ਦੀ ਉਸ ਨੂੰ ਲੋੜ ਹੈ, ਸਹੀ ਦਾਇਰੇ ਵਿੱਚ। ਹਰ ਤਬਦੀਲੀ ਨਾਲ ਉਸ ਵਿਅਕਤੀ ਦੇ ਖੁੱਲ੍ਹੇ ਸੈਸ਼ਨ ਬੰਦ ਹੋ ਜਾਂਦੇ ਹਨ, ਅਤੇ ਤਬਦੀਲੀ ਦਰਜ ਕੀਤੀ ਜਾਂਦੀ ਹੈ।
# unreviewed
users-col-roles = ਭੂਮਿਕਾਵਾਂ
# unreviewed
users-disabled = ਖਾਤਾ ਬੰਦ ਹੈ
# unreviewed
users-role = ਭੂਮਿਕਾ
# unreviewed
users-scope-kind = ਦਾਇਰਾ
# unreviewed
users-scope-target = ਕਿਹੜਾ (ਛੋਟਾ ਕੋਡ)
# unreviewed
users-grant-submit = ਭੂਮਿਕਾ ਜੋੜੋ
# unreviewed
users-revoke-submit = ਹਟਾਓ
# unreviewed
users-disable-submit = ਖਾਤਾ ਬੰਦ ਕਰੋ
# unreviewed
users-saved = ਤਬਦੀਲੀ ਸੇਵ ਹੋ ਗਈ।
# unreviewed
users-error = ਤਬਦੀਲੀ ਸੇਵ ਨਹੀਂ ਹੋਈ: { $reason }
# unreviewed
scope-kind-network = ਪੂਰਾ ਨੈੱਟਵਰਕ
# unreviewed
scope-kind-organisation = ਸੰਸਥਾ
# unreviewed
scope-kind-desk = ਜਾਣਕਾਰੀ ਕੇਂਦਰ
# unreviewed
scope-kind-theme = ਵਿਸ਼ਾ
# unreviewed
scope-kind-language = ਭਾਸ਼ਾ

## Workspace menu: desks, services and organisations

# unreviewed
workspace-nav-desks = ਮੇਰੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰ

# unreviewed
workspace-nav-services = ਸੇਵਾਵਾਂ
# unreviewed
workspace-nav-organisations = ਸੰਸਥਾਵਾਂ
