# Sportello — Punjabi (Gurmukhi) translation (machine draft, unreviewed). ਪੰਜਾਬੀ ਅਨੁਵਾਦ ਦਾ ਮਸ਼ੀਨੀ ਖਰੜਾ: ਹਰ ਸੁਨੇਹਾ ਇੱਕ ਖਰੜਾ ਹੈ ਜਿਸ ਦੀ ਜਾਂਚ ਪੰਜਾਬੀ ਚੰਗੀ ਤਰ੍ਹਾਂ ਜਾਣਨ ਵਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੇ ਅਜੇ ਕਰਨੀ ਹੈ। Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Translation: reviewing the interface translations in the workspace.

# unreviewed
translation-title = ਅਨੁਵਾਦ
# unreviewed
translation-intro = ਜਿਨ੍ਹਾਂ ਅਨੁਵਾਦਾਂ ਦੀ ਜਾਂਚ ਕਰਨੀ ਹੈ, ਉਹ ਖਰੜੇ ਹਨ: ਮਸ਼ੀਨ ਨੇ ਬਣਾਏ ਹਨ, ਜਾਂ ਕਿਸੇ ਅਜਿਹੇ ਵਿਅਕਤੀ ਨੇ ਜਿਸ ਦੀ ਇਹ ਮਾਂ-ਬੋਲੀ ਨਹੀਂ। ਇਹਨਾਂ ਨੂੰ ਇਤਾਲਵੀ ਲਿਖਤ ਦੇ ਨਾਲ ਪੜ੍ਹੋ: ਜਿਵੇਂ ਹਨ ਉਵੇਂ ਹੀ ਪੱਕੇ ਕਰੋ ਜਾਂ ਠੀਕ ਕਰੋ। ਹਰ ਜਾਂਚ ਉਸੇ ਵੇਲੇ ਪੂਰੀ ਸਾਈਟ 'ਤੇ ਲਾਗੂ ਹੋ ਜਾਂਦੀ ਹੈ।
# unreviewed
translation-languages-heading = ਭਾਸ਼ਾਵਾਂ ਜਿਨ੍ਹਾਂ ਦੀ ਤੁਸੀਂ ਜਾਂਚ ਕਰ ਸਕਦੇ ਹੋ
# unreviewed
translation-none = ਤੁਹਾਡੇ ਲਈ ਜਾਂਚ ਵਾਸਤੇ ਕੋਈ ਭਾਸ਼ਾ ਨਹੀਂ: ਨੈੱਟਵਰਕ ਦਾ ਤਾਲਮੇਲ ਕਰਨ ਵਾਲਿਆਂ ਨੂੰ ਪੁੱਛੋ।
# unreviewed
translation-language-count = { $count ->
    [one] ਜਾਂਚ ਲਈ { $count } ਸੁਨੇਹਾ
   *[other] ਜਾਂਚ ਲਈ { $count } ਸੁਨੇਹੇ
}
# unreviewed
translation-queue-title = ਜਾਂਚ ਲਈ ਅਨੁਵਾਦ: { $language }
# unreviewed
translation-queue-empty = ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਜਾਂਚ ਲਈ ਕੋਈ ਸੁਨੇਹਾ ਨਹੀਂ।
# unreviewed
translation-back = ਸਾਰੀਆਂ ਭਾਸ਼ਾਵਾਂ
# unreviewed
translation-source = ਇਤਾਲਵੀ ਲਿਖਤ
# unreviewed
translation-current = ਅਨੁਵਾਦ
# unreviewed
translation-help = $ ਨਾਲ ਸ਼ੁਰੂ ਹੋਣ ਵਾਲੇ ਪਲੇਸਹੋਲਡਰ (placeholder) ਅਤੇ ਬਹੁਵਚਨ ਰੂਪਾਂ ਵਿੱਚ ਚੌਰਸ ਬਰੈਕਟਾਂ ਦੇ ਅੰਦਰਲੇ ਸ਼ਬਦ ਜਿਵੇਂ ਹਨ ਉਵੇਂ ਹੀ ਰਹਿਣ ਦਿਓ।
# unreviewed
translation-stale = ਤੁਹਾਡੀ ਇੱਕ ਪਿਛਲੀ ਸੋਧ, ਜੋ ਹੁਣ ਨਹੀਂ ਵਰਤੀ ਜਾਂਦੀ ਕਿਉਂਕਿ ਲਿਖਤ ਬਦਲ ਗਈ ਹੈ:
# unreviewed
translation-confirm = ਜਿਵੇਂ ਹੈ ਉਵੇਂ ਹੀ ਪੱਕਾ ਕਰੋ
# unreviewed
translation-correct = ਸੋਧ ਸੇਵ ਕਰੋ
# unreviewed
translation-saved = ਜਾਂਚ ਸੇਵ ਹੋ ਗਈ।
# unreviewed
translation-error-syntax = ਲਿਖਤ ਸਹੀ ਨਹੀਂ ਹੈ: ਘੁੰਗਰਾਲੇ ਬਰੈਕਟ ਅਤੇ ਬਹੁਵਚਨ ਰੂਪ ਚੈੱਕ ਕਰੋ।
# unreviewed
translation-error-variables = ਲਿਖਤ ਵਿੱਚ ਬਿਲਕੁਲ ਉਹੀ ਪਲੇਸਹੋਲਡਰ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ ਜੋ ਇਤਾਲਵੀ ਲਿਖਤ ਵਿੱਚ ਹਨ।
# unreviewed
translation-error-plural = ਲਿਖਤ ਵਿੱਚ ਬਹੁਵਚਨ ਦਾ ਅਜਿਹਾ ਰੂਪ ਹੈ ਜੋ ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਨਹੀਂ ਹੈ।
# unreviewed
translation-error-empty = ਸੋਧ ਖਾਲੀ ਨਹੀਂ ਹੋ ਸਕਦੀ।
# unreviewed
translation-error-unknown = ਇਹ ਸੁਨੇਹਾ ਹੁਣ ਮੌਜੂਦ ਨਹੀਂ ਹੈ।
# unreviewed
workspace-nav-translations = ਅਨੁਵਾਦ
