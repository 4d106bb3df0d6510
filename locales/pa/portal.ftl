# Sportello — Punjabi (Gurmukhi) translation (machine draft, unreviewed). ਪੰਜਾਬੀ ਅਨੁਵਾਦ ਦਾ ਮਸ਼ੀਨੀ ਖਰੜਾ: ਹਰ ਸੁਨੇਹਾ ਇੱਕ ਖਰੜਾ ਹੈ ਜਿਸ ਦੀ ਜਾਂਚ ਪੰਜਾਬੀ ਚੰਗੀ ਤਰ੍ਹਾਂ ਜਾਣਨ ਵਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੇ ਅਜੇ ਕਰਨੀ ਹੈ। Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Portal: the home page.

## Home

# unreviewed
home-title = ਵਿਦੇਸ਼ੀ ਨਿਵਾਸੀਆਂ ਲਈ ਜਾਣਕਾਰੀ
# unreviewed
home-intro = ਦਸਤਾਵੇਜ਼ਾਂ, ਸਿਹਤ, ਸਕੂਲ, ਕੰਮ ਅਤੇ ਘਰ ਬਾਰੇ ਸਾਫ਼ ਜਾਣਕਾਰੀ ਲੱਭੋ, ਅਤੇ ਆਪਣੇ ਸਭ ਤੋਂ ਨੇੜੇ ਦਾ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਵੀ ਲੱਭੋ।
# unreviewed
home-themes-heading = ਵਿਸ਼ੇ
# unreviewed
home-hubs-heading = ਨੈੱਟਵਰਕ ਦੇ ਵਿਸ਼ਾ ਕੇਂਦਰ
# unreviewed
home-hubs-intro = ਵਿਸ਼ਾ ਕੇਂਦਰ ਪੂਰੇ ਨੈੱਟਵਰਕ ਲਈ ਹਰ ਵਿਸ਼ੇ ਦੀ ਜਾਣਕਾਰੀ ਤਿਆਰ ਕਰਦੇ ਹਨ ਅਤੇ ਅੱਪਡੇਟ ਰੱਖਦੇ ਹਨ।
# unreviewed
home-desks-heading = ਵਿਦੇਸ਼ੀ ਨਿਵਾਸੀਆਂ ਲਈ ਜਾਣਕਾਰੀ ਕੇਂਦਰ
# unreviewed
# Punjabi [one] is CLDR n = 0..1; the page shows this link only when count ≥ 1.
home-all-desks = { $count ->
    [one] ਨੈੱਟਵਰਕ ਦਾ ਇੱਕੋ-ਇੱਕ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਦੇਖੋ
   *[other] ਨੈੱਟਵਰਕ ਦੇ ਸਾਰੇ { $count } ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਦੇਖੋ
}
# unreviewed
home-no-desks = ਅਜੇ ਕੋਈ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਦਰਜ ਨਹੀਂ ਹੈ।

# unreviewed
home-open-desks-link = ਹੁਣ ਖੁੱਲ੍ਹੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਜਿੱਥੇ { $language } ਬੋਲੀ ਜਾਂਦੀ ਹੈ
