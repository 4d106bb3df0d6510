# Sportello — Punjabi (Gurmukhi) translation (machine draft, unreviewed). ਪੰਜਾਬੀ ਅਨੁਵਾਦ ਦਾ ਮਸ਼ੀਨੀ ਖਰੜਾ: ਹਰ ਸੁਨੇਹਾ ਇੱਕ ਖਰੜਾ ਹੈ ਜਿਸ ਦੀ ਜਾਂਚ ਪੰਜਾਬੀ ਚੰਗੀ ਤਰ੍ਹਾਂ ਜਾਣਨ ਵਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੇ ਅਜੇ ਕਰਨੀ ਹੈ। Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Site shell

# unreviewed
site-name = ਵਿਦੇਸ਼ੀ ਨਿਵਾਸੀਆਂ ਲਈ ਜਾਣਕਾਰੀ ਕੇਂਦਰ
# unreviewed
site-tagline = ਵਿਦੇਸ਼ੀ ਨਿਵਾਸੀਆਂ ਲਈ ਜਾਣਕਾਰੀ ਅਤੇ ਸੇਵਾਵਾਂ
# unreviewed
skip-link = ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
# unreviewed
nav-main-label = ਮੁੱਖ ਮੀਨੂ
# unreviewed
nav-home = ਮੁੱਖ ਪੰਨਾ
# unreviewed
nav-desks = ਜਾਣਕਾਰੀ ਕੇਂਦਰ
# unreviewed
nav-services = ਆਨਲਾਈਨ ਸੇਵਾਵਾਂ
# unreviewed
language-switcher-summary = ਭਾਸ਼ਾ
# unreviewed
language-switcher-label = ਭਾਸ਼ਾ ਚੁਣੋ
# unreviewed
translation-incomplete = ਇਸ ਪੰਨੇ ਦੇ ਕੁਝ ਹਿੱਸਿਆਂ ਦਾ ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ। ਉਹ ਇਤਾਲਵੀ ਭਾਸ਼ਾ ਵਿੱਚ ਦਿਖਾਏ ਗਏ ਹਨ।
# unreviewed
translation-draft = ਇਹ ਅਨੁਵਾਦ ਇੱਕ ਖਰੜਾ ਹੈ: ਕਿਸੇ ਮਾਂ-ਬੋਲੀ ਵਾਲੇ ਵਿਅਕਤੀ ਨੇ ਅਜੇ ਇਸ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ।
# unreviewed
footer-about = ਵਿਦੇਸ਼ੀ ਨਿਵਾਸੀਆਂ ਲਈ ਜਾਣਕਾਰੀ ਕੇਂਦਰਾਂ ਦੇ ਖੇਤਰੀ ਨੈੱਟਵਰਕ ਦੀ ਇੱਕ ਸੇਵਾ।
# unreviewed
footer-demo = ਨਮੂਨਾ ਡਾਟਾ: ਜਿਨ੍ਹਾਂ ਪਤਿਆਂ, ਫ਼ੋਨ ਨੰਬਰਾਂ ਅਤੇ ਹੋਰ ਵੇਰਵਿਆਂ 'ਤੇ «ਨਮੂਨਾ ਡਾਟਾ» ਲਿਖਿਆ ਹੈ, ਉਹ ਬਣਾਵਟੀ ਹਨ।
# unreviewed
invented-marker = ਨਮੂਨਾ ਡਾਟਾ

## Themes: the name, and a one-line description

# unreviewed
theme-permesso-di-soggiorno = ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno)
    .description = ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno) ਲਈ ਅਰਜ਼ੀ, ਨਵਾਂ ਕਰਵਾਉਣਾ (ਰੀਨਿਊ) ਅਤੇ ਇੱਕ ਕਿਸਮ ਤੋਂ ਦੂਜੀ ਕਿਸਮ ਵਿੱਚ ਬਦਲਵਾਉਣਾ।
# unreviewed
theme-cittadinanza = ਨਾਗਰਿਕਤਾ (cittadinanza)
    .description = ਇਤਾਲਵੀ ਨਾਗਰਿਕਤਾ ਲਈ ਅਰਜ਼ੀ ਕਿਵੇਂ ਦੇਣੀ ਹੈ ਅਤੇ ਆਪਣੀ ਅਰਜ਼ੀ ਦੀ ਸਥਿਤੀ ਕਿਵੇਂ ਦੇਖਣੀ ਹੈ।
# unreviewed
theme-ricongiungimento-familiare = ਪਰਿਵਾਰ ਨੂੰ ਇਟਲੀ ਬੁਲਾਉਣਾ (ricongiungimento familiare)
    .description = ਪਰਿਵਾਰ ਦੇ ਮੈਂਬਰਾਂ ਨੂੰ ਇਟਲੀ ਬੁਲਾਉਣਾ: ਸ਼ਰਤਾਂ ਅਤੇ ਦਸਤਾਵੇਜ਼।
# unreviewed
theme-residenza-anagrafe = ਰਿਹਾਇਸ਼ (residenza) ਅਤੇ ਆਬਾਦੀ ਰਜਿਸਟਰ (anagrafe)
    .description = ਨਗਰਪਾਲਿਕਾ ਦੇ ਆਬਾਦੀ ਰਜਿਸਟਰ (anagrafe) ਵਿੱਚ ਨਾਂ ਦਰਜ ਕਰਵਾਉਣਾ, ਰਿਹਾਇਸ਼ ਦਾ ਪਤਾ ਬਦਲਣਾ ਅਤੇ ਸਰਟੀਫ਼ਿਕੇਟ।
# unreviewed
theme-salute = ਸਿਹਤ
    .description = ਰਾਸ਼ਟਰੀ ਸਿਹਤ ਸੇਵਾ (Servizio sanitario nazionale) ਵਿੱਚ ਰਜਿਸਟ੍ਰੇਸ਼ਨ, ਫ਼ੈਮਿਲੀ ਡਾਕਟਰ (medico di base), ਅਪਾਇੰਟਮੈਂਟ ਬੁੱਕ ਕਰਨਾ।
# unreviewed
theme-scuola = ਸਕੂਲ
    .description = ਸਕੂਲ ਵਿੱਚ ਦਾਖ਼ਲਾ ਅਤੇ ਛੋਟੇ ਬੱਚਿਆਂ ਦੀਆਂ ਸੇਵਾਵਾਂ (ਜਿਵੇਂ ਨਰਸਰੀ) ਵਿੱਚ ਦਾਖ਼ਲਾ।
# unreviewed
theme-lavoro-formazione = ਕੰਮ ਅਤੇ ਸਿਖਲਾਈ
    .description = ਕੰਮ ਲੱਭਣਾ, ਕੰਮ ਦੇ ਇਕਰਾਰਨਾਮੇ (ਕਾਂਟਰੈਕਟ), ਸਿਖਲਾਈ ਦੇ ਕੋਰਸ।
# unreviewed
theme-casa = ਘਰ
    .description = ਕਿਰਾਏ 'ਤੇ ਘਰ, ਸਰਕਾਰੀ ਘਰ (case popolari), ਘਰ ਦੇ ਰਹਿਣਯੋਗ ਹੋਣ ਦਾ ਸਰਟੀਫ਼ਿਕੇਟ (idoneità alloggiativa)।
# unreviewed
theme-prestazioni-sociali = ਸਮਾਜਿਕ ਲਾਭ
    .description = ਭੱਤੇ, ਬੋਨਸ ਅਤੇ ਆਰਥਿਕ ਮਦਦ: ਕੌਣ ਅਰਜ਼ੀ ਦੇ ਸਕਦਾ ਹੈ।
# unreviewed
theme-lingua-italiana = ਇਤਾਲਵੀ ਭਾਸ਼ਾ
    .description = ਇਤਾਲਵੀ ਭਾਸ਼ਾ ਦੇ ਕੋਰਸ ਅਤੇ ਭਾਸ਼ਾ ਦੇ ਟੈਸਟ।

## Desks

# unreviewed
desk-level-l1 = ਪਹਿਲੇ ਸੰਪਰਕ ਵਾਲਾ ਜਾਣਕਾਰੀ ਕੇਂਦਰ
# unreviewed
desk-level-l2 = ਵਿਦੇਸ਼ੀਆਂ ਲਈ ਮਾਹਰ ਜਾਣਕਾਰੀ ਕੇਂਦਰ
# unreviewed
desk-level-hub = ਵਿਸ਼ਾ ਕੇਂਦਰ
# unreviewed
desk-themes-label = ਵਿਸ਼ੇ:
# unreviewed
desk-address-label = ਪਤਾ:

## Errors

# unreviewed
error-request-id = ਬੇਨਤੀ ਦਾ ਕੋਡ: { $id }
# unreviewed
error-request-id-help = ਜੇ ਤੁਸੀਂ ਮਦਦ ਮੰਗਦੇ ਹੋ, ਤਾਂ ਇਹ ਕੋਡ ਦੱਸੋ।
# unreviewed
error-go-home = ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਜਾਓ
# unreviewed
error-other-languages = ਇਹ ਪੰਨਾ ਹੋਰ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ
# unreviewed
error-400-title = ਬੇਨਤੀ ਸਹੀ ਨਹੀਂ ਹੈ
# unreviewed
error-400-body = ਵੈੱਬ ਪਤਾ ਜਾਂ ਭੇਜਿਆ ਗਿਆ ਡਾਟਾ ਸਹੀ ਨਹੀਂ ਹੈ। ਪਤਾ ਚੈੱਕ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
# unreviewed
error-403-title = ਪਹੁੰਚ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ
# unreviewed
error-403-body = ਤੁਹਾਨੂੰ ਇਹ ਪੰਨਾ ਦੇਖਣ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ।
# unreviewed
error-404-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
# unreviewed
error-404-body = ਜੋ ਪੰਨਾ ਤੁਸੀਂ ਲੱਭ ਰਹੇ ਹੋ, ਉਹ ਮੌਜੂਦ ਨਹੀਂ ਹੈ ਜਾਂ ਕਿਸੇ ਹੋਰ ਥਾਂ ਭੇਜ ਦਿੱਤਾ ਗਿਆ ਹੈ।
# unreviewed
error-405-title = ਇਹ ਕਾਰਵਾਈ ਮਨਜ਼ੂਰ ਨਹੀਂ
# unreviewed
error-405-body = ਇਹ ਪੰਨਾ ਇਸ ਕਿਸਮ ਦੀ ਬੇਨਤੀ ਸਵੀਕਾਰ ਨਹੀਂ ਕਰਦਾ।
# unreviewed
error-408-title = ਸਮਾਂ ਖ਼ਤਮ ਹੋ ਗਿਆ
# unreviewed
error-408-body = ਬੇਨਤੀ ਨੂੰ ਬਹੁਤ ਜ਼ਿਆਦਾ ਸਮਾਂ ਲੱਗ ਗਿਆ। ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
# unreviewed
error-413-title = ਡਾਟਾ ਬਹੁਤ ਵੱਡਾ ਹੈ
# unreviewed
error-413-body = ਭੇਜਿਆ ਗਿਆ ਡਾਟਾ ਮਨਜ਼ੂਰ ਵੱਧ ਤੋਂ ਵੱਧ ਆਕਾਰ ਤੋਂ ਵੱਡਾ ਹੈ।
# unreviewed
error-429-title = ਬਹੁਤ ਜ਼ਿਆਦਾ ਬੇਨਤੀਆਂ
# unreviewed
error-429-body = ਤੁਸੀਂ ਥੋੜ੍ਹੇ ਸਮੇਂ ਵਿੱਚ ਬਹੁਤ ਜ਼ਿਆਦਾ ਬੇਨਤੀਆਂ ਕੀਤੀਆਂ ਹਨ। ਥੋੜ੍ਹਾ ਇੰਤਜ਼ਾਰ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
# unreviewed
error-500-title = ਕੋਈ ਗੜਬੜ ਹੋ ਗਈ
# unreviewed
error-500-body = ਸਾਡੇ ਪਾਸੇ ਕੁਝ ਠੀਕ ਕੰਮ ਨਹੀਂ ਕੀਤਾ। ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
# unreviewed
error-503-title = ਸੇਵਾ ਉਪਲਬਧ ਨਹੀਂ
# unreviewed
error-503-body = ਸੇਵਾ ਕੁਝ ਸਮੇਂ ਲਈ ਉਪਲਬਧ ਨਹੀਂ ਹੈ। ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## Operators: sign-in and workspace

# unreviewed
nav-workspace = ਕਰਮਚਾਰੀ ਖੇਤਰ
# unreviewed
logout-submit = ਲੌਗ ਆਊਟ
# unreviewed
workspace-title = ਕਰਮਚਾਰੀ ਖੇਤਰ
# unreviewed
workspace-nav-label = ਕਰਮਚਾਰੀ ਖੇਤਰ ਦਾ ਮੀਨੂ
# unreviewed
error-401-title = ਲੌਗ ਇਨ ਕਰਨਾ ਜ਼ਰੂਰੀ ਹੈ
# unreviewed
error-401-body = ਇਹ ਪੰਨਾ ਦੇਖਣ ਲਈ ਤੁਹਾਨੂੰ ਲੌਗ ਇਨ ਕਰਨਾ ਪਵੇਗਾ।
# unreviewed
error-code-csrf-invalid = ਫ਼ਾਰਮ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ ਜਾਂ ਇਹ ਸਹੀ ਨਹੀਂ ਹੈ। ਪਿੱਛੇ ਜਾਓ, ਪੰਨਾ ਦੁਬਾਰਾ ਲੋਡ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## Password reset and mail

# unreviewed
dev-mail-title = ਭੇਜੀਆਂ ਗਈਆਂ ਮੇਲਾਂ (ਡਿਵੈਲਪਮੈਂਟ)
# unreviewed
dev-mail-empty = ਕੋਈ ਸੁਨੇਹਾ ਨਹੀਂ।

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

# unreviewed
finder-heading = ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਲੱਭੋ

# unreviewed
desk-by-appointment = ਸਿਰਫ਼ ਅਪਾਇੰਟਮੈਂਟ ਨਾਲ
# unreviewed
desk-email-label = ਈ-ਮੇਲ:
# unreviewed
desk-verified-on = ਜਾਣਕਾਰੀ ਦੀ ਜਾਂਚ ਕੀਤੀ ਗਈ: { $date }।

# unreviewed
channel-in_person = ਖ਼ੁਦ ਜਾ ਕੇ
# unreviewed
channel-phone = ਫ਼ੋਨ ਰਾਹੀਂ
# unreviewed
channel-online = ਆਨਲਾਈਨ
# unreviewed
channel-video = ਵੀਡੀਓ ਕਾਲ ਰਾਹੀਂ

# unreviewed
language-name-it = ਇਤਾਲਵੀ
# unreviewed
language-name-ar = ਅਰਬੀ
# unreviewed
language-name-en = ਅੰਗਰੇਜ਼ੀ
# unreviewed
language-name-fr = ਫ਼ਰਾਂਸੀਸੀ
# unreviewed
language-name-es = ਸਪੇਨੀ
# unreviewed
language-name-zh = ਚੀਨੀ
# unreviewed
language-name-sq = ਅਲਬਾਨੀਅਨ
# unreviewed
language-name-ro = ਰੋਮਾਨੀਅਨ
# unreviewed
language-name-uk = ਯੂਕਰੇਨੀ
# unreviewed
language-name-ur = ਉਰਦੂ
# unreviewed
language-name-bn = ਬੰਗਾਲੀ
# unreviewed
language-name-fa = ਫ਼ਾਰਸੀ
# unreviewed
language-name-ru = ਰੂਸੀ
# unreviewed
language-name-pt = ਪੁਰਤਗਾਲੀ
# unreviewed
language-name-wo = ਵੋਲੋਫ਼
# unreviewed
language-name-pa = ਪੰਜਾਬੀ
# unreviewed
language-name-tl = ਤਾਗਾਲੋਗ

# unreviewed
desk-edit-has-errors = ਕੁਝ ਖਾਨੇ ਠੀਕ ਕਰਨੇ ਪੈਣਗੇ; ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ:
# unreviewed
desk-edit-description = ਵੇਰਵਾ
# unreviewed
desk-edit-verified = ਮੈਂ ਅੱਜ ਜਾਂਚ ਕੀਤੀ ਹੈ ਕਿ ਇਹ ਜਾਣਕਾਰੀ ਸਹੀ ਹੈ
# unreviewed
desk-edit-submit = ਤਬਦੀਲੀਆਂ ਸੇਵ ਕਰੋ
# unreviewed
desk-edit-saved = ਤਬਦੀਲੀਆਂ ਸੇਵ ਹੋ ਗਈਆਂ। ਜਨਤਕ ਪੋਰਟਲ ਕੁਝ ਸਕਿੰਟਾਂ ਵਿੱਚ ਇਹਨਾਂ ਨੂੰ ਦਿਖਾਏਗਾ।
# unreviewed
desk-public-page = ਜਨਤਕ ਪੰਨਾ ਦੇਖੋ
# unreviewed
desk-verify-due = ਜਾਂਚ ਦੀ ਲੋੜ: ਇਹ ਜਾਣਕਾਰੀ ਪਿਛਲੇ ਕੁਝ ਮਹੀਨਿਆਂ ਵਿੱਚ ਪੱਕੀ ਨਹੀਂ ਕੀਤੀ ਗਈ।
# unreviewed
desk-history-heading = ਤਬਦੀਲੀਆਂ ਦਾ ਇਤਿਹਾਸ
# unreviewed
desk-history-empty = ਕੋਈ ਤਬਦੀਲੀ ਦਰਜ ਨਹੀਂ।
# unreviewed
desk-history-when = ਕਦੋਂ (UTC)
# unreviewed
desk-history-who = ਕਿਸ ਨੇ
# unreviewed
desk-history-field = ਖਾਨਾ
# unreviewed
desk-history-before = ਪਹਿਲਾਂ
# unreviewed
desk-history-after = ਬਾਅਦ ਵਿੱਚ
# unreviewed
desk-field-name = ਨਾਂ
# unreviewed
desk-field-description = ਵੇਰਵਾ
# unreviewed
desk-field-channels = ਸੰਪਰਕ ਦੇ ਤਰੀਕੇ
# unreviewed
desk-field-by_appointment = ਸਿਰਫ਼ ਅਪਾਇੰਟਮੈਂਟ ਨਾਲ
# unreviewed
desk-field-email = ਈ-ਮੇਲ
# unreviewed
# The field holds the date on which the information was last checked.
desk-field-verified_on = ਜਾਂਚ ਦੀ ਤਾਰੀਖ਼
# unreviewed
desk-edit-error-email = ਈ-ਮੇਲ ਪਤਾ ਸਹੀ ਨਹੀਂ ਹੈ।
# unreviewed
desk-edit-error-too-long = ਲਿਖਤ ਬਹੁਤ ਲੰਬੀ ਹੈ (ਵੱਧ ਤੋਂ ਵੱਧ 2000 ਅੱਖਰ)।

## Dates in full (service pages and desk pages).

# unreviewed
date-full-1 = { $day } ਜਨਵਰੀ { $year }
# unreviewed
date-full-2 = { $day } ਫ਼ਰਵਰੀ { $year }
# unreviewed
date-full-3 = { $day } ਮਾਰਚ { $year }
# unreviewed
date-full-4 = { $day } ਅਪ੍ਰੈਲ { $year }
# unreviewed
date-full-5 = { $day } ਮਈ { $year }
# unreviewed
date-full-6 = { $day } ਜੂਨ { $year }
# unreviewed
date-full-7 = { $day } ਜੁਲਾਈ { $year }
# unreviewed
date-full-8 = { $day } ਅਗਸਤ { $year }
# unreviewed
date-full-9 = { $day } ਸਤੰਬਰ { $year }
# unreviewed
date-full-10 = { $day } ਅਕਤੂਬਰ { $year }
# unreviewed
date-full-11 = { $day } ਨਵੰਬਰ { $year }
# unreviewed
date-full-12 = { $day } ਦਸੰਬਰ { $year }

## Web addresses in the editing forms (services and organisations).

# unreviewed
edit-url-hint = https:// (ਜਾਂ http://) ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ।

# unreviewed
edit-error-url = ਵੈੱਬ ਪਤਾ https:// ਜਾਂ http:// ਨਾਲ ਸ਼ੁਰੂ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ ਅਤੇ ਇਸ ਵਿੱਚ ਕੋਈ ਖਾਲੀ ਥਾਂ (ਸਪੇਸ) ਨਹੀਂ ਹੋਣੀ ਚਾਹੀਦੀ।
