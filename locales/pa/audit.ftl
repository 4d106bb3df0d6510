# Sportello — Punjabi (Gurmukhi) translation (machine draft, unreviewed). ਪੰਜਾਬੀ ਅਨੁਵਾਦ ਦਾ ਮਸ਼ੀਨੀ ਖਰੜਾ: ਹਰ ਸੁਨੇਹਾ ਇੱਕ ਖਰੜਾ ਹੈ ਜਿਸ ਦੀ ਜਾਂਚ ਪੰਜਾਬੀ ਚੰਗੀ ਤਰ੍ਹਾਂ ਜਾਣਨ ਵਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੇ ਅਜੇ ਕਰਨੀ ਹੈ। Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Audit: the audit log page.

## Operators: sign-in and workspace

# unreviewed
audit-title = ਕਾਰਵਾਈਆਂ ਦਾ ਰਿਕਾਰਡ
# unreviewed
audit-filter-action = ਕਾਰਵਾਈ (ਸ਼ੁਰੂਆਤ)
# unreviewed
audit-filter-actor = ਕਿਸ ਨੇ (ਈ-ਮੇਲ)
# unreviewed
audit-filter-submit = ਫ਼ਿਲਟਰ ਕਰੋ
# unreviewed
audit-col-when = ਕਦੋਂ
# unreviewed
audit-col-who = ਕਿਸ ਨੇ
# unreviewed
audit-col-action = ਕਾਰਵਾਈ
# unreviewed
audit-col-object = ਕਿਸ ਚੀਜ਼ 'ਤੇ
# unreviewed
audit-col-ip = IP ਪਤਾ
# unreviewed
audit-empty = ਇਹਨਾਂ ਫ਼ਿਲਟਰਾਂ ਨਾਲ ਕੋਈ ਕਾਰਵਾਈ ਦਰਜ ਨਹੀਂ।
