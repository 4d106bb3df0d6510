# Sportello — Punjabi (Gurmukhi) translation (machine draft, unreviewed). ਪੰਜਾਬੀ ਅਨੁਵਾਦ ਦਾ ਮਸ਼ੀਨੀ ਖਰੜਾ: ਹਰ ਸੁਨੇਹਾ ਇੱਕ ਖਰੜਾ ਹੈ ਜਿਸ ਦੀ ਜਾਂਚ ਪੰਜਾਬੀ ਚੰਗੀ ਤਰ੍ਹਾਂ ਜਾਣਨ ਵਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੇ ਅਜੇ ਕਰਨੀ ਹੈ। Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory).

# unreviewed
finder-intro = ਸਹੀ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਲੱਭੋ: ਤੁਹਾਡੇ ਨੇੜੇ, ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਬੋਲਣ ਵਾਲਾ, ਹੁਣ ਖੁੱਲ੍ਹਾ। ਇੱਥੇ ਵਿਸ਼ਾ ਕੇਂਦਰ, ਵਿਦੇਸ਼ੀਆਂ ਲਈ ਮਾਹਰ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਅਤੇ ਪਹਿਲੇ ਸੰਪਰਕ ਦੀਆਂ ਥਾਵਾਂ ਹਨ (URP ਯਾਨੀ ਲੋਕਾਂ ਲਈ ਜਾਣਕਾਰੀ ਦਫ਼ਤਰ, ਅਤੇ ਸਮਾਜਿਕ ਸੇਵਾਵਾਂ ਦੇ ਦਫ਼ਤਰ)।
# unreviewed
finder-near-label = ਨੇੜੇ (ਨਗਰਪਾਲਿਕਾ, comune)
# unreviewed
finder-near-hint = ਨਗਰਪਾਲਿਕਾ (comune) ਦਾ ਨਾਂ ਲਿਖੋ, ਜਿਵੇਂ Bologna।
# unreviewed
finder-use-position = ਮੇਰੀ ਲੋਕੇਸ਼ਨ ਵਰਤੋ
# unreviewed
finder-language-label = ਬੋਲੀ ਜਾਂਦੀ ਭਾਸ਼ਾ
# unreviewed
finder-any-language = ਕੋਈ ਵੀ ਭਾਸ਼ਾ
# unreviewed
finder-open-now-label = ਸਿਰਫ਼ ਹੁਣ ਖੁੱਲ੍ਹੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰ
# unreviewed
finder-more-filters = ਹੋਰ ਫ਼ਿਲਟਰ
# unreviewed
finder-theme-label = ਵਿਸ਼ਾ
# unreviewed
finder-any-theme = ਸਾਰੇ ਵਿਸ਼ੇ
# unreviewed
finder-level-label = ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਦੀ ਕਿਸਮ
# unreviewed
finder-any-level = ਸਾਰੀਆਂ ਕਿਸਮਾਂ
# unreviewed
finder-channel-label = ਸੰਪਰਕ ਕਿਵੇਂ ਕਰਨਾ ਹੈ
# unreviewed
finder-any-channel = ਕੋਈ ਵੀ ਤਰੀਕਾ
# unreviewed
finder-province-label = ਪ੍ਰਾਂਤ (provincia)
# unreviewed
finder-any-province = ਸਾਰੇ ਪ੍ਰਾਂਤ
# unreviewed
finder-submit = ਲੱਭੋ
# unreviewed
finder-sorted-by-distance = ਸਭ ਤੋਂ ਨੇੜੇ ਵਾਲਾ ਪਹਿਲਾਂ।
# unreviewed
finder-no-results = ਤੁਹਾਡੀ ਖੋਜ ਨਾਲ ਕੋਈ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ। ਕੁਝ ਫ਼ਿਲਟਰ ਹਟਾ ਕੇ ਦੇਖੋ।
# unreviewed
finder-map-label = ਲੱਭੇ ਗਏ ਜਾਣਕਾਰੀ ਕੇਂਦਰਾਂ ਦਾ ਨਕਸ਼ਾ
# unreviewed
finder-map-attribution = © OpenStreetMap ਦੇ ਯੋਗਦਾਨੀ
# unreviewed
finder-geojson-link = ਜਨਤਕ ਜਾਣਕਾਰੀ ਕੇਂਦਰਾਂ ਦੀ ਸੂਚੀ ਡਾਊਨਲੋਡ ਕਰੋ (GeoJSON, ਖੁੱਲ੍ਹਾ ਡਾਟਾ)
# unreviewed
finder-error-theme = ਇਹ ਵਿਸ਼ਾ ਮੌਜੂਦ ਨਹੀਂ ਹੈ: ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਚੁਣੋ।
# unreviewed
finder-error-level = ਇਸ ਕਿਸਮ ਦਾ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਮੌਜੂਦ ਨਹੀਂ ਹੈ: ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਚੁਣੋ।
# unreviewed
finder-error-language = ਇਹ ਭਾਸ਼ਾ ਸਹੀ ਨਹੀਂ ਹੈ: ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਚੁਣੋ।
# unreviewed
finder-error-channel = ਸੰਪਰਕ ਦਾ ਇਹ ਤਰੀਕਾ ਮੌਜੂਦ ਨਹੀਂ ਹੈ: ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਚੁਣੋ।
# unreviewed
finder-error-page = ਪੰਨਾ ਨੰਬਰ ਸਹੀ ਨਹੀਂ ਹੈ: ਅਸੀਂ ਪਹਿਲਾ ਪੰਨਾ ਦਿਖਾ ਰਹੇ ਹਾਂ।
# unreviewed
finder-error-position = ਲੋਕੇਸ਼ਨ ਸਹੀ ਨਹੀਂ ਹੈ। ਇਸ ਦੀ ਥਾਂ ਨਗਰਪਾਲਿਕਾ (comune) ਦਾ ਨਾਂ ਲਿਖੋ।
# unreviewed
finder-error-comune = ਜਿਨ੍ਹਾਂ ਨਗਰਪਾਲਿਕਾਵਾਂ ਵਿੱਚ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਹੈ, ਉਹਨਾਂ ਵਿੱਚ ਸਾਨੂੰ «{ $name }» ਨਹੀਂ ਮਿਲੀ। ਇਹ ਅਜ਼ਮਾਓ: { $suggestions }।

# unreviewed
desk-open = ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ
# unreviewed
desk-open-until = ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ, { $time } ਵਜੇ ਬੰਦ ਹੋਵੇਗਾ
# unreviewed
desk-closed = ਬੰਦ
# unreviewed
desk-closed-opens-today = ਹੁਣ ਬੰਦ ਹੈ, ਅੱਜ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
# unreviewed
# { $day } is a weekday name (weekday-1 … weekday-7).
desk-closed-opens-on = ਹੁਣ ਬੰਦ ਹੈ, { $day } ਨੂੰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
# unreviewed
desk-hours-unknown = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ ਪਤਾ ਨਹੀਂ: ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
# unreviewed
desk-distance = { $km } ਕਿ.ਮੀ. ਦੂਰ
# unreviewed
desk-address-reserved = ਪਤਾ ਜਨਤਕ ਨਹੀਂ ਹੈ (ਨਗਰਪਾਲਿਕਾ: { $comune }): ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
# unreviewed
desk-languages-label = ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ:
# unreviewed
desk-where-heading = ਕਿੱਥੇ ਹੈ
# unreviewed
desk-open-map = OpenStreetMap ਦੇ ਨਕਸ਼ੇ 'ਤੇ ਦੇਖੋ
# unreviewed
desk-accessibility-label = ਦਿਵਿਆਂਗ ਲੋਕਾਂ ਲਈ ਪਹੁੰਚ:
# unreviewed
desk-hours-heading = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
# unreviewed
desk-week-caption = ਇਸ ਹਫ਼ਤੇ ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ (ਇਟਲੀ ਦਾ ਸਮਾਂ)
# unreviewed
desk-week-day = ਦਿਨ
# unreviewed
desk-week-hours = ਸਮਾਂ
# unreviewed
desk-week-languages = ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
# unreviewed
desk-today = ਅੱਜ
# unreviewed
desk-day-closed = ਬੰਦ
# unreviewed
desk-contact-heading = ਸੰਪਰਕ
# unreviewed
desk-phone-label = ਫ਼ੋਨ:
# unreviewed
desk-channels-label = ਸੰਪਰਕ ਕਿਵੇਂ ਕਰਨਾ ਹੈ:
# unreviewed
desk-updated-on = ਆਖ਼ਰੀ ਅੱਪਡੇਟ: { $date }।
# unreviewed
breadcrumb-label = ਤੁਸੀਂ ਇੱਥੇ ਹੋ

# unreviewed
weekday-1 = ਸੋਮਵਾਰ
# unreviewed
weekday-2 = ਮੰਗਲਵਾਰ
# unreviewed
weekday-3 = ਬੁੱਧਵਾਰ
# unreviewed
weekday-4 = ਵੀਰਵਾਰ
# unreviewed
weekday-5 = ਸ਼ੁੱਕਰਵਾਰ
# unreviewed
weekday-6 = ਸ਼ਨਿੱਚਰਵਾਰ
# unreviewed
weekday-7 = ਐਤਵਾਰ
# unreviewed
month-1 = ਜਨਵਰੀ
# unreviewed
month-2 = ਫ਼ਰਵਰੀ
# unreviewed
month-3 = ਮਾਰਚ
# unreviewed
month-4 = ਅਪ੍ਰੈਲ
# unreviewed
month-5 = ਮਈ
# unreviewed
month-6 = ਜੂਨ
# unreviewed
month-7 = ਜੁਲਾਈ
# unreviewed
month-8 = ਅਗਸਤ
# unreviewed
month-9 = ਸਤੰਬਰ
# unreviewed
month-10 = ਅਕਤੂਬਰ
# unreviewed
month-11 = ਨਵੰਬਰ
# unreviewed
month-12 = ਦਸੰਬਰ
# unreviewed
date-day-month = { $day } { $month }

# unreviewed
desk-edit-title = ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਦਾ ਸੰਪਾਦਨ
# unreviewed
desk-edit-back = ਜਾਣਕਾਰੀ ਕੇਂਦਰ 'ਤੇ ਵਾਪਸ ਜਾਓ
# unreviewed
desk-edit-name = ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਦਾ ਨਾਂ
# unreviewed
desk-edit-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
# unreviewed
# The OpenStreetMap codes (Mo-Fr, PH off, Aug off …) are typed as they are: do not translate them.
desk-edit-hours-hint = OpenStreetMap ਫ਼ਾਰਮੈਟ ਵਿੱਚ, ਜਿਵੇਂ: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = ਸਰਕਾਰੀ ਛੁੱਟੀਆਂ)। ਬੰਦ ਰਹਿਣ ਦੇ ਦਿਨ: Aug off ਜਾਂ 2026 Dec 24-Dec 26 off।
# unreviewed
desk-edit-languages = ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
# unreviewed
desk-edit-languages-hint = ਕੌਮਿਆਂ ਨਾਲ ਵੱਖ ਕੀਤੇ ISO ਕੋਡ, ਜਿਵੇਂ: it, ar, en, zh।
# unreviewed
desk-edit-link = ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਦੇ ਵੇਰਵੇ ਬਦਲੋ
# unreviewed
desk-field-opening_hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
# unreviewed
desk-field-languages = ਭਾਸ਼ਾਵਾਂ
# unreviewed
desk-field-phone = ਫ਼ੋਨ
# unreviewed
desk-field-accessibility = ਦਿਵਿਆਂਗਾਂ ਲਈ ਪਹੁੰਚ
# unreviewed
desk-edit-error-name = ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਦਾ ਨਾਂ ਲਿਖੋ (ਵੱਧ ਤੋਂ ਵੱਧ 200 ਅੱਖਰ)।
# unreviewed
desk-edit-error-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ OpenStreetMap ਫ਼ਾਰਮੈਟ ਵਿੱਚ ਨਹੀਂ ਹੈ।
# unreviewed
desk-edit-error-hours-at = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ OpenStreetMap ਫ਼ਾਰਮੈਟ ਵਿੱਚ ਨਹੀਂ ਹੈ: ਅੱਖਰ ਨੰਬਰ { $column } ਤੋਂ ਚੈੱਕ ਕਰੋ।
# unreviewed
desk-edit-error-languages = ਭਾਸ਼ਾਵਾਂ ਨੂੰ 2 ਜਾਂ 3 ਅੱਖਰਾਂ ਦੇ ISO ਕੋਡਾਂ ਵਿੱਚ ਲਿਖੋ, ਕੌਮਿਆਂ ਨਾਲ ਵੱਖ ਕਰਕੇ।
# unreviewed
desk-edit-error-phone = ਫ਼ੋਨ ਨੰਬਰ ਵਿੱਚ ਸਿਰਫ਼ ਅੰਕ, ਸਪੇਸ ਅਤੇ + - / . ( ) ਹੋ ਸਕਦੇ ਹਨ।
# unreviewed
desk-edit-error-channels = ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਨਾਲ ਸੰਪਰਕ ਦਾ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਤਰੀਕਾ ਚੁਣੋ।

# unreviewed
desk-services-heading = ਇੱਥੇ ਮਿਲਣ ਵਾਲੀਆਂ ਸੇਵਾਵਾਂ
# unreviewed
desk-services-none = ਇਸ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਲਈ ਕੋਈ ਸੇਵਾ ਦਰਜ ਨਹੀਂ: ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਤੋਂ ਪੁੱਛੋ।
# unreviewed
desk-how-to-book = ਇਸ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਵਿੱਚ ਜਾਣ ਲਈ ਪਹਿਲਾਂ ਅਪਾਇੰਟਮੈਂਟ ਲਓ: ਹੇਠਾਂ ਦਿੱਤੇ ਸੰਪਰਕਾਂ 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਜਾਂ ਲਿਖੋ।
# unreviewed
desk-hubs-heading = ਸਹਾਇਕ ਵਿਸ਼ਾ ਕੇਂਦਰ
# unreviewed
desk-hubs-intro = ਇਹਨਾਂ ਵਿਸ਼ਿਆਂ ਬਾਰੇ ਔਖੇ ਸਵਾਲਾਂ ਲਈ ਇਹ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਨੈੱਟਵਰਕ ਦੇ ਵਿਸ਼ਾ ਕੇਂਦਰਾਂ ਤੋਂ ਮਦਦ ਲੈਂਦਾ ਹੈ।
# unreviewed
desk-edit-address = ਪਤਾ
# unreviewed
desk-edit-postcode = ਪੋਸਟ ਕੋਡ (CAP)
# unreviewed
desk-edit-comune = ਨਗਰਪਾਲਿਕਾ (comune)
# unreviewed
desk-edit-province = ਪ੍ਰਾਂਤ (ਛੋਟਾ ਕੋਡ, ਜਿਵੇਂ BO)
# unreviewed
desk-edit-latitude = ਅਕਸ਼ਾਂਸ਼ (latitude)
# unreviewed
desk-edit-longitude = ਰੇਖਾਂਸ਼ (longitude)
# unreviewed
desk-edit-position-hint = ਦਸ਼ਮਲਵ ਡਿਗਰੀਆਂ ਵਿੱਚ, ਜਿਵੇਂ 44.4939 ਅਤੇ 11.3426 (ਇਹ OpenStreetMap 'ਤੇ ਮਿਲਦੇ ਹਨ)।
# unreviewed
desk-edit-sensitive = ਗੁਪਤ ਪਤਾ
# unreviewed
desk-edit-sensitive-hint = ਸੁਰੱਖਿਅਤ ਥਾਵਾਂ ਲਈ (ਜਿਵੇਂ ਪਨਾਹਗਾਹ): ਪਤਾ ਅਤੇ ਲੋਕੇਸ਼ਨ ਕਦੇ ਵੀ ਪੋਰਟਲ, ਨਕਸ਼ੇ ਜਾਂ ਖੁੱਲ੍ਹੇ ਡਾਟਾ ਵਿੱਚ ਨਹੀਂ ਦਿਖਾਏ ਜਾਂਦੇ।
# unreviewed
desk-edit-error-address = ਪਤਾ ਲਿਖੋ (ਵੱਧ ਤੋਂ ਵੱਧ 200 ਅੱਖਰ)।
# unreviewed
desk-edit-error-sensitive = ਸਿਰਫ਼ ਨੈੱਟਵਰਕ ਦੇ ਕੋਆਰਡੀਨੇਟਰ ਹੀ ਬਦਲ ਸਕਦੇ ਹਨ ਕਿ ਪਤਾ ਗੁਪਤ ਹੈ ਜਾਂ ਨਹੀਂ।
# unreviewed
desk-edit-error-comune = ਨਗਰਪਾਲਿਕਾ ਦਾ ਨਾਂ ਲਿਖੋ (ਵੱਧ ਤੋਂ ਵੱਧ 100 ਅੱਖਰ)।
# unreviewed
desk-edit-error-postcode = ਪੋਸਟ ਕੋਡ (CAP) ਬਹੁਤ ਲੰਬਾ ਹੈ।
# unreviewed
desk-edit-error-province = ਪ੍ਰਾਂਤ ਨੂੰ ਦੋ ਅੱਖਰਾਂ ਦੇ ਛੋਟੇ ਕੋਡ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ BO।
# unreviewed
desk-edit-error-position = ਅਕਸ਼ਾਂਸ਼ ਅਤੇ ਰੇਖਾਂਸ਼ ਦਸ਼ਮਲਵ ਡਿਗਰੀਆਂ ਵਿੱਚ ਲਿਖੋ: ਅਕਸ਼ਾਂਸ਼ -90 ਤੋਂ 90 ਤੱਕ, ਰੇਖਾਂਸ਼ -180 ਤੋਂ 180 ਤੱਕ।
# unreviewed
desk-field-address = ਪਤਾ
# unreviewed
desk-field-postcode = ਪੋਸਟ ਕੋਡ (CAP)
# unreviewed
desk-field-comune = ਨਗਰਪਾਲਿਕਾ (comune)
# unreviewed
desk-field-province = ਪ੍ਰਾਂਤ
# unreviewed
desk-field-position = ਲੋਕੇਸ਼ਨ
# unreviewed
desk-field-sensitive = ਗੁਪਤ ਪਤਾ
# unreviewed
desk-edit-language-hours = ਸਿਰਫ਼ ਕੁਝ ਸਮਿਆਂ 'ਤੇ ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
# unreviewed
desk-edit-language-hours-hint = ਹਰ ਭਾਸ਼ਾ ਲਈ ਇੱਕ ਲਾਈਨ: ਕੋਡ ਅਤੇ OpenStreetMap ਫ਼ਾਰਮੈਟ ਵਿੱਚ ਸਮਾਂ, ਜਿਵੇਂ «ar Mo,We,Fr 09:00-13:00»। ਜੋ ਭਾਸ਼ਾਵਾਂ ਇੱਥੇ ਨਹੀਂ ਲਿਖੀਆਂ, ਉਹ ਖੁੱਲ੍ਹਣ ਦੇ ਪੂਰੇ ਸਮੇਂ ਦੌਰਾਨ ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।
# unreviewed
desk-edit-error-slot = ਹਰ ਲਾਈਨ ਵਿੱਚ ਜਾਣਕਾਰੀ ਕੇਂਦਰ 'ਤੇ ਬੋਲੀ ਜਾਂਦੀ ਕਿਸੇ ਭਾਸ਼ਾ ਦਾ ਕੋਡ ਅਤੇ OpenStreetMap ਫ਼ਾਰਮੈਟ ਵਿੱਚ ਉਸ ਦਾ ਸਮਾਂ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, ਜਿਵੇਂ: ar Mo,We 09:00-13:00।
# unreviewed
desk-field-language_hours = ਕੁਝ ਸਮਿਆਂ ਦੀਆਂ ਭਾਸ਼ਾਵਾਂ

## Desks

# unreviewed
desks-title = ਨੈੱਟਵਰਕ ਦੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰ
# unreviewed
desks-intro = ਨੈੱਟਵਰਕ ਦੇ ਸਾਰੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰ: ਵਿਸ਼ਾ ਕੇਂਦਰ, ਵਿਦੇਸ਼ੀਆਂ ਲਈ ਮਾਹਰ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਅਤੇ ਪਹਿਲੇ ਸੰਪਰਕ ਦੀਆਂ ਥਾਵਾਂ (URP ਯਾਨੀ ਲੋਕਾਂ ਲਈ ਜਾਣਕਾਰੀ ਦਫ਼ਤਰ, ਅਤੇ ਸਮਾਜਿਕ ਸੇਵਾਵਾਂ ਦੇ ਦਫ਼ਤਰ)।
# unreviewed
desks-count = { $count ->
    [one] { $count } ਜਾਣਕਾਰੀ ਕੇਂਦਰ
   *[other] { $count } ਜਾਣਕਾਰੀ ਕੇਂਦਰ
}
# unreviewed
pagination-label = ਪੰਨੇ
# unreviewed
pagination-previous = ਪਿਛਲਾ ਪੰਨਾ
# unreviewed
pagination-next = ਅਗਲਾ ਪੰਨਾ
# unreviewed
pagination-status = ਕੁੱਲ { $pages } ਵਿੱਚੋਂ ਪੰਨਾ { $page }

## Workspace: desks

# unreviewed
ws-desks-title = ਮੇਰੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰ
# unreviewed
ws-desks-intro = ਉਹ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਜਿੱਥੇ ਤੁਹਾਡੀ ਕੋਈ ਭੂਮਿਕਾ ਹੈ।
# unreviewed
ws-desks-empty = ਤੁਹਾਡੀ ਕਿਸੇ ਵੀ ਭੂਮਿਕਾ ਵਿੱਚ ਕੋਈ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਸ਼ਾਮਲ ਨਹੀਂ।

## Editing organisations in the workspace.

# unreviewed
ws-orgs-title = ਸੰਸਥਾਵਾਂ
# unreviewed
ws-orgs-intro = ਉਹ ਸੰਸਥਾਵਾਂ ਜਿਨ੍ਹਾਂ ਦੇ ਵੇਰਵੇ ਤੁਸੀਂ ਬਦਲ ਸਕਦੇ ਹੋ: ਜਿੱਥੇ ਤੁਹਾਡੀ ਪ੍ਰਸ਼ਾਸਕ ਜਾਂ ਤਾਲਮੇਲ ਕਰਨ ਵਾਲੇ ਦੀ ਭੂਮਿਕਾ ਹੈ, ਅਤੇ ਉਹਨਾਂ ਦੇ ਅੰਦਰ ਆਉਂਦੀਆਂ ਸੰਸਥਾਵਾਂ।
# unreviewed
ws-orgs-empty = ਤੁਹਾਡੀ ਕਿਸੇ ਵੀ ਭੂਮਿਕਾ ਵਿੱਚ ਕੋਈ ਸੰਸਥਾ ਸ਼ਾਮਲ ਨਹੀਂ।

# unreviewed
org-edit-title = ਸੰਸਥਾ ਦਾ ਸੰਪਾਦਨ
# unreviewed
org-edit-back = ਸੰਸਥਾਵਾਂ 'ਤੇ ਵਾਪਸ ਜਾਓ
# unreviewed
org-edit-link = ਸੰਸਥਾ ਦੇ ਵੇਰਵੇ ਬਦਲੋ
# unreviewed
org-edit-name = ਸੰਸਥਾ ਦਾ ਨਾਂ
# unreviewed
org-edit-alternate-name = ਹੋਰ ਨਾਂ ਜਾਂ ਛੋਟਾ ਰੂਪ
# unreviewed
org-edit-website = ਵੈੱਬਸਾਈਟ
# unreviewed
org-edit-error-name = ਸੰਸਥਾ ਦਾ ਨਾਂ ਲਿਖੋ (ਵੱਧ ਤੋਂ ਵੱਧ 200 ਅੱਖਰ)।
# unreviewed
org-edit-error-alternate-name = ਹੋਰ ਨਾਂ ਵੱਧ ਤੋਂ ਵੱਧ 200 ਅੱਖਰਾਂ ਦਾ ਹੋ ਸਕਦਾ ਹੈ।

# unreviewed
edit-field-alternate_name = ਹੋਰ ਨਾਂ
# unreviewed
edit-field-website = ਵੈੱਬਸਾਈਟ
