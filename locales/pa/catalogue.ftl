# Sportello — Punjabi (Gurmukhi) translation (machine draft, unreviewed). ਪੰਜਾਬੀ ਅਨੁਵਾਦ ਦਾ ਮਸ਼ੀਨੀ ਖਰੜਾ: ਹਰ ਸੁਨੇਹਾ ਇੱਕ ਖਰੜਾ ਹੈ ਜਿਸ ਦੀ ਜਾਂਚ ਪੰਜਾਬੀ ਚੰਗੀ ਤਰ੍ਹਾਂ ਜਾਣਨ ਵਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੇ ਅਜੇ ਕਰਨੀ ਹੈ। Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages.

# unreviewed
catalogue-title = ਆਨਲਾਈਨ ਸੇਵਾਵਾਂ
# unreviewed
catalogue-intro = ਉਹ ਸੇਵਾਵਾਂ ਜੋ ਤੁਸੀਂ ਘਰ ਬੈਠੇ, ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਨਾਲ ਵਰਤ ਸਕਦੇ ਹੋ: ਇਹ ਕੌਣ ਦਿੰਦਾ ਹੈ, ਕਿਸ ਕੰਮ ਆਉਂਦੀਆਂ ਹਨ ਅਤੇ ਲੌਗ ਇਨ ਕਰਨ ਲਈ ਤੁਹਾਨੂੰ ਕੀ ਚਾਹੀਦਾ ਹੈ।
# unreviewed
catalogue-help = ਜੇ ਇਹਨਾਂ ਨੂੰ ਵਰਤਣ ਲਈ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਨੈੱਟਵਰਕ ਦਾ ਕੋਈ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।
# unreviewed
catalogue-help-link = ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਲੱਭੋ
# unreviewed
catalogue-empty = ਸੂਚੀ ਵਿੱਚ ਅਜੇ ਕੋਈ ਆਨਲਾਈਨ ਸੇਵਾ ਨਹੀਂ ਹੈ।
# unreviewed
catalogue-breadcrumb-label = ਰਸਤਾ
# unreviewed
catalogue-categories-heading = ਸ਼੍ਰੇਣੀਆਂ
# unreviewed
catalogue-category-vita-del-cittadino = ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ ਅਤੇ ਦਸਤਾਵੇਜ਼
# unreviewed
catalogue-category-istruzione = ਸਿੱਖਿਆ
# unreviewed
catalogue-category-cultura = ਸੱਭਿਆਚਾਰ
# unreviewed
catalogue-category-lavoro-formazione = ਕੰਮ ਅਤੇ ਸਿਖਲਾਈ
# unreviewed
catalogue-category-salute = ਸਿਹਤ
# unreviewed
catalogue-provider = ਸੰਸਥਾ:
# unreviewed
catalogue-what = ਇਹ ਕੀ ਹੈ:
# unreviewed
catalogue-who = ਕੌਣ ਵਰਤ ਸਕਦਾ ਹੈ:
# unreviewed
catalogue-login = ਲੌਗ ਇਨ ਕਰਨ ਲਈ ਕੀ ਚਾਹੀਦਾ ਹੈ
# unreviewed
catalogue-login-spid = SPID (ਇਟਲੀ ਦੀ ਸਰਕਾਰੀ ਡਿਜੀਟਲ ਪਛਾਣ)
# unreviewed
catalogue-login-cie = CIE (ਇਟਲੀ ਦਾ ਇਲੈਕਟ੍ਰਾਨਿਕ ਪਛਾਣ ਪੱਤਰ)
# unreviewed
catalogue-login-cns = CNS (ਚਿੱਪ ਵਾਲਾ ਸਿਹਤ ਕਾਰਡ, tessera sanitaria)
# unreviewed
catalogue-login-none = ਡਿਜੀਟਲ ਪਛਾਣ ਦੀ ਲੋੜ ਨਹੀਂ
# unreviewed
catalogue-plain-note = ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ:
# unreviewed
catalogue-open-online = ਆਨਲਾਈਨ ਸੇਵਾ 'ਤੇ ਜਾਓ
# unreviewed
catalogue-external = ਬਾਹਰੀ ਵੈੱਬਸਾਈਟ
# unreviewed
catalogue-details = ਸੇਵਾ ਦੇ ਵੇਰਵੇ
# unreviewed
catalogue-service-kicker = ਸੇਵਾ ਦੇ ਵੇਰਵੇ
# unreviewed
catalogue-toc-heading = ਇਸ ਪੰਨੇ 'ਤੇ
# unreviewed
catalogue-sec-what = ਇਹ ਕੀ ਹੈ
# unreviewed
catalogue-sec-who = ਕਿਸ ਲਈ ਹੈ
# unreviewed
catalogue-sec-how = ਕਿਵੇਂ ਕਰਨਾ ਹੈ
# unreviewed
catalogue-sec-need = ਕੀ ਚਾਹੀਦਾ ਹੈ
# unreviewed
catalogue-sec-get = ਤੁਹਾਨੂੰ ਕੀ ਮਿਲੇਗਾ
# unreviewed
catalogue-sec-time = ਸਮਾਂ ਅਤੇ ਆਖ਼ਰੀ ਤਾਰੀਖ਼ਾਂ
# unreviewed
catalogue-sec-cost = ਕਿੰਨਾ ਖ਼ਰਚਾ ਹੈ
# unreviewed
catalogue-sec-access = ਸੇਵਾ ਵਰਤੋ
# unreviewed
catalogue-sec-more = ਹੋਰ ਜਾਣਕਾਰੀ
# unreviewed
catalogue-sec-contacts = ਸੰਪਰਕ
# unreviewed
catalogue-sec-updated = ਆਖ਼ਰੀ ਅੱਪਡੇਟ
# unreviewed
catalogue-not-stated = ਇਹ ਜਾਣਕਾਰੀ ਉਪਲਬਧ ਨਹੀਂ: ਕਿਸੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਤੋਂ ਪੁੱਛੋ।
# unreviewed
catalogue-no-documents = ਕੋਈ ਖ਼ਾਸ ਦਸਤਾਵੇਜ਼ ਨਹੀਂ ਚਾਹੀਦੇ।
# unreviewed
catalogue-access-online = ਆਨਲਾਈਨ
# unreviewed
catalogue-access-book = ਅਪਾਇੰਟਮੈਂਟ ਲਓ
# unreviewed
catalogue-by-appointment = ਇਹ ਸੇਵਾ ਅਪਾਇੰਟਮੈਂਟ ਨਾਲ ਮਿਲਦੀ ਹੈ: ਅਪਾਇੰਟਮੈਂਟ ਲੈਣ ਲਈ ਹੇਠਾਂ ਦਿੱਤੇ ਕਿਸੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
# unreviewed
catalogue-access-where = ਕਿੱਥੇ
# unreviewed
catalogue-access-ask = ਇਹ ਸੇਵਾ ਕਿੱਥੇ ਮੰਗਣੀ ਹੈ, ਇਹ ਜਾਣਨ ਲਈ ਨੈੱਟਵਰਕ ਦੇ ਕਿਸੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
# unreviewed
catalogue-channels = ਤੁਸੀਂ ਇਸ ਨੂੰ ਕਿਵੇਂ ਵਰਤ ਸਕਦੇ ਹੋ:
# unreviewed
# "allo sportello" here is the provider's office counter, not necessarily a desk of this network.
catalogue-channel-in-person = ਦਫ਼ਤਰ ਜਾ ਕੇ
# unreviewed
catalogue-channel-phone = ਫ਼ੋਨ ਰਾਹੀਂ
# unreviewed
catalogue-channel-online = ਆਨਲਾਈਨ
# unreviewed
catalogue-channel-video = ਵੀਡੀਓ ਕਾਲ ਰਾਹੀਂ
# unreviewed
catalogue-themes = ਵਿਸ਼ੇ:
# unreviewed
catalogue-category = ਸੂਚੀ ਦੀ ਸ਼੍ਰੇਣੀ:
# unreviewed
catalogue-provider-website = ਸੰਸਥਾ ਦੀ ਵੈੱਬਸਾਈਟ
# unreviewed
catalogue-contacts-desks = ਜਾਣਕਾਰੀ ਲਈ ਤੁਸੀਂ ਨੈੱਟਵਰਕ ਦੇ ਕਿਸੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹੋ।
# unreviewed
catalogue-phone = ਫ਼ੋਨ:
# unreviewed
catalogue-email = ਈ-ਮੇਲ:
# unreviewed
catalogue-desk-level-l1 = ਪਹਿਲੇ ਸੰਪਰਕ ਵਾਲਾ ਜਾਣਕਾਰੀ ਕੇਂਦਰ
# unreviewed
catalogue-desk-level-l2 = ਮਾਹਰ ਜਾਣਕਾਰੀ ਕੇਂਦਰ
# unreviewed
catalogue-desk-level-hub = ਵਿਸ਼ਾ ਕੇਂਦਰ
# unreviewed
catalogue-cost-free = ਮੁਫ਼ਤ
# unreviewed
catalogue-cost-euro = { $amount } ਯੂਰੋ

## Editing services in the workspace.

# unreviewed
ws-services-title = ਸੇਵਾਵਾਂ
# unreviewed
ws-services-intro = ਉਹ ਸੇਵਾਵਾਂ ਜਿਨ੍ਹਾਂ ਦੇ ਵੇਰਵੇ ਤੁਸੀਂ ਬਦਲ ਸਕਦੇ ਹੋ: ਤੁਹਾਡੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰਾਂ ਵਿੱਚ ਮਿਲਣ ਵਾਲੀਆਂ ਅਤੇ ਤੁਹਾਡੀਆਂ ਸੰਸਥਾਵਾਂ ਦੀਆਂ ਸੇਵਾਵਾਂ।
# unreviewed
ws-services-empty = ਤੁਹਾਡੀ ਕਿਸੇ ਵੀ ਭੂਮਿਕਾ ਵਿੱਚ ਕੋਈ ਸੇਵਾ ਸ਼ਾਮਲ ਨਹੀਂ।

# unreviewed
service-edit-title = ਸੇਵਾ ਦਾ ਸੰਪਾਦਨ
# unreviewed
service-edit-back = ਸੇਵਾ 'ਤੇ ਵਾਪਸ ਜਾਓ
# unreviewed
service-edit-link = ਸੇਵਾ ਦੇ ਵੇਰਵੇ ਬਦਲੋ
# unreviewed
service-edit-name = ਸੇਵਾ ਦਾ ਨਾਂ
# unreviewed
service-edit-eligibility = ਕੌਣ ਅਰਜ਼ੀ ਦੇ ਸਕਦਾ ਹੈ
# unreviewed
service-edit-application = ਅਰਜ਼ੀ ਕਿਵੇਂ ਦੇਣੀ ਹੈ
# unreviewed
service-edit-outcome = ਤੁਹਾਨੂੰ ਕੀ ਮਿਲੇਗਾ
# unreviewed
service-edit-wait-time = ਕਿੰਨਾ ਸਮਾਂ ਲੱਗਦਾ ਹੈ
# unreviewed
service-edit-fees = ਖ਼ਰਚਾ
# unreviewed
service-edit-documents = ਨਾਲ ਲਿਆਉਣ ਵਾਲੇ ਦਸਤਾਵੇਜ਼
# unreviewed
service-edit-documents-hint = ਹਰ ਲਾਈਨ ਵਿੱਚ ਇੱਕ ਦਸਤਾਵੇਜ਼।
# unreviewed
service-edit-url = ਸੇਵਾ ਦਾ ਵੈੱਬ ਪਤਾ
# unreviewed
service-edit-channels = ਸੇਵਾ ਕਿਵੇਂ ਵਰਤੀ ਜਾਂਦੀ ਹੈ
# unreviewed
service-edit-login-hint = ਸਿਰਫ਼ ਆਨਲਾਈਨ ਸੇਵਾਵਾਂ ਲਈ।
# unreviewed
service-edit-plain-note = ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਨੋਟ
# unreviewed
service-edit-plain-note-hint = ਉਹਨਾਂ ਲਈ ਜੋ ਇਤਾਲਵੀ ਨੂੰ ਦੂਜੀ ਭਾਸ਼ਾ ਵਜੋਂ ਪੜ੍ਹਦੇ ਹਨ: ਛੋਟੇ ਵਾਕ, ਆਮ ਸ਼ਬਦ।

# unreviewed
service-edit-error-name = ਸੇਵਾ ਦਾ ਨਾਂ ਲਿਖੋ (ਵੱਧ ਤੋਂ ਵੱਧ 200 ਅੱਖਰ)।
# unreviewed
service-edit-error-organisation-only = ਇਸ ਖਾਨੇ ਨੂੰ ਸਿਰਫ਼ ਸੇਵਾ ਦੇਣ ਵਾਲੀ ਸੰਸਥਾ ਦੇ ਸੰਪਾਦਕ ਹੀ ਬਦਲ ਸਕਦੇ ਹਨ।
# unreviewed
service-edit-error-channels = ਸੇਵਾ ਵਰਤਣ ਦਾ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਤਰੀਕਾ ਚੁਣੋ।
# unreviewed
service-edit-error-login = SPID, CIE ਜਾਂ CNS ਨਾਲ ਲੌਗ ਇਨ ਸਿਰਫ਼ ਆਨਲਾਈਨ ਸੇਵਾਵਾਂ ਲਈ ਹੈ, ਅਤੇ «ਡਿਜੀਟਲ ਪਛਾਣ ਦੀ ਲੋੜ ਨਹੀਂ» ਚੁਣਨ 'ਤੇ ਬਾਕੀ ਵਿਕਲਪ ਨਹੀਂ ਚੁਣੇ ਜਾ ਸਕਦੇ।
# unreviewed
service-edit-error-documents = ਵੱਧ ਤੋਂ ਵੱਧ 30 ਦਸਤਾਵੇਜ਼, ਹਰ ਇੱਕ ਵੱਧ ਤੋਂ ਵੱਧ 300 ਅੱਖਰਾਂ ਦਾ।

# unreviewed
edit-field-eligibility_description = ਕੌਣ ਅਰਜ਼ੀ ਦੇ ਸਕਦਾ ਹੈ
# unreviewed
edit-field-application_process = ਅਰਜ਼ੀ ਕਿਵੇਂ ਦੇਣੀ ਹੈ
# unreviewed
edit-field-outcome = ਤੁਹਾਨੂੰ ਕੀ ਮਿਲੇਗਾ
# unreviewed
edit-field-wait_time = ਕਿੰਨਾ ਸਮਾਂ ਲੱਗਦਾ ਹੈ
# unreviewed
edit-field-fees_description = ਖ਼ਰਚਾ
# unreviewed
edit-field-url = ਵੈੱਬ ਪਤਾ
# unreviewed
edit-field-plain_note = ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਨੋਟ
# unreviewed
edit-field-login = ਆਨਲਾਈਨ ਲੌਗ ਇਨ
# unreviewed
edit-field-required_documents = ਦਸਤਾਵੇਜ਼
