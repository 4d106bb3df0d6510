### Knowledge base: procedure sheets, FAQ, guides and news of the thematic hubs.

# unreviewed
workspace-nav-kb = ਜਾਣਕਾਰੀ ਸ਼ੀਟਾਂ

## Kinds, states and sections

# unreviewed
kb-kind-sheet = ਕਾਰਵਾਈ ਦੀ ਸ਼ੀਟ
# unreviewed
kb-kind-faq = ਆਮ ਸਵਾਲ
# unreviewed
kb-kind-guide = ਗਾਈਡ
# unreviewed
kb-kind-news = ਖ਼ਬਰ
# unreviewed
kb-status-draft = ਖਰੜਾ
# unreviewed
kb-status-in_review = ਜਾਂਚ ਅਧੀਨ
# unreviewed
kb-status-published = ਪ੍ਰਕਾਸ਼ਿਤ
# unreviewed
kb-status-archived = ਪੁਰਾਲੇਖ ਵਿੱਚ
# unreviewed
kb-section-what = ਇਹ ਕੀ ਹੈ
# unreviewed
kb-section-who = ਇਹ ਕਿਸ ਲਈ ਹੈ
# unreviewed
kb-section-how = ਕੀ ਕਰਨਾ ਹੈ
# unreviewed
kb-section-needs = ਕੀ ਚਾਹੀਦਾ ਹੈ
# unreviewed
kb-section-outcome = ਤੁਹਾਨੂੰ ਕੀ ਮਿਲਦਾ ਹੈ
# unreviewed
kb-section-time = ਸਮਾਂ ਅਤੇ ਆਖ਼ਰੀ ਤਰੀਕਾਂ
# unreviewed
kb-section-cost = ਕਿੰਨਾ ਖ਼ਰਚ ਆਉਂਦਾ ਹੈ
# unreviewed
kb-section-where = ਕਿੱਥੇ ਜਾਣਾ ਹੈ
# unreviewed
kb-section-legal_basis = ਕਾਨੂੰਨੀ ਹਵਾਲੇ
# unreviewed
kb-section-more = ਹੋਰ ਜਾਣਕਾਰੀ
# unreviewed
kb-section-contacts = ਸੰਪਰਕ
# unreviewed
kb-section-last_update = ਆਖ਼ਰੀ ਵਾਰ ਅੱਪਡੇਟ
# unreviewed
kb-prereq-codice-fiscale = Codice fiscale (ਟੈਕਸ ਕੋਡ)
# unreviewed
kb-prereq-tessera-sanitaria = Tessera sanitaria (ਸਿਹਤ ਕਾਰਡ)
# unreviewed
kb-prereq-spid-cie = SPID ਜਾਂ CIE
# unreviewed
kb-prereq-residenza = ਦਰਜ ਕੀਤੀ ਰਿਹਾਇਸ਼ (residenza)
# unreviewed
kb-prereq-pec = PEC (ਪ੍ਰਮਾਣਿਤ ਈਮੇਲ)

## Public pages

# unreviewed
kb-theme-empty = ਇਸ ਵਿਸ਼ੇ ਬਾਰੇ ਹਾਲੇ ਕੋਈ ਸ਼ੀਟ ਨਹੀਂ ਹੈ।
# unreviewed
kb-theme-desks = ਇਸ ਵਿਸ਼ੇ ਦਾ ਕੰਮ ਕਰਨ ਵਾਲਾ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਲੱਭੋ
# unreviewed
kb-texts-in-italian = ਸ਼ੀਟਾਂ ਇਤਾਲਵੀ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖੀਆਂ ਹੋਈਆਂ ਹਨ।
# unreviewed
kb-legal-review = ਕਾਨੂੰਨ ਬਦਲਣ ਕਰਕੇ ਇਸ ਸ਼ੀਟ ਨੂੰ ਅੱਪਡੇਟ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ।
# unreviewed
kb-legal-review-short = ਜਾਂਚ ਬਾਕੀ: ਕਾਨੂੰਨ ਬਦਲ ਗਿਆ ਹੈ
# unreviewed
kb-owner = ਤਿਆਰ ਕਰਨ ਵਾਲੇ
# unreviewed
kb-prerequisites = ਪਹਿਲਾਂ ਤੁਹਾਨੂੰ ਇਹ ਚਾਹੀਦਾ ਹੈ
# unreviewed
kb-steps = ਕਦਮ
# unreviewed
kb-step-who = ਕੌਣ
# unreviewed
kb-step-where = ਕਿੱਥੇ
# unreviewed
kb-step-bring = ਨਾਲ ਕੀ ਲੈ ਕੇ ਜਾਣਾ ਹੈ
# unreviewed
kb-step-cost = ਖ਼ਰਚ
# unreviewed
kb-step-time = ਸਮਾਂ
# unreviewed
kb-variant-yours = ਤੁਹਾਡੇ ਇਲਾਕੇ ਵਿੱਚ:
# unreviewed
kb-variants-other = ਹੋਰ ਇਲਾਕਿਆਂ ਵਿੱਚ ਇਹ ਕਿਵੇਂ ਹੁੰਦਾ ਹੈ
# unreviewed
kb-area-hint = ਕੁਝ ਇਲਾਕਿਆਂ ਵਿੱਚ ਕਦਮ ਵੱਖਰੇ ਹੁੰਦੇ ਹਨ।
# unreviewed
kb-area-choose = ਆਪਣਾ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਚੁਣੋ ਅਤੇ ਦੇਖੋ ਕਿ ਤੁਹਾਡੇ ਇਲਾਕੇ ਵਿੱਚ ਇਹ ਕਿਵੇਂ ਹੁੰਦਾ ਹੈ।
# unreviewed
kb-desks = ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਜੋ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ
# unreviewed
kb-review-by = ਅਗਲੀ ਜਾਂਚ ਦੀ ਆਖ਼ਰੀ ਤਰੀਕ
# unreviewed
kb-withdrawn-title = ਸ਼ੀਟ ਵਾਪਸ ਲੈ ਲਈ ਗਈ
# unreviewed
kb-withdrawn-text = ਇਹ ਸ਼ੀਟ ਹੁਣ ਜਾਇਜ਼ ਨਹੀਂ ਹੈ ਅਤੇ ਵਾਪਸ ਲੈ ਲਈ ਗਈ ਹੈ:
# unreviewed
kb-withdrawn-replaced = ਇਸ ਦੀ ਥਾਂ ਇਹ ਦੇਖੋ:
# unreviewed
kb-withdrawn-ask = ਕਿਸੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਤੋਂ ਤਾਜ਼ਾ ਜਾਣਕਾਰੀ ਪੁੱਛੋ

## Workspace

# unreviewed
kb-ws-title = ਜਾਣਕਾਰੀ ਸ਼ੀਟਾਂ
# unreviewed
kb-ws-new-title = ਨਵੀਂ ਸ਼ੀਟ
# unreviewed
kb-ws-editor-title = ਸ਼ੀਟ ਵਿੱਚ ਸੋਧ
# unreviewed
kb-ws-history-title = ਸ਼ੀਟ ਦੇ ਵਰਜਨ
# unreviewed
kb-ws-new-sheet = ਨਵੀਂ ਸ਼ੀਟ
# unreviewed
kb-ws-new-faq = ਨਵਾਂ ਆਮ ਸਵਾਲ
# unreviewed
kb-ws-empty = ਅਜਿਹੀ ਕੋਈ ਸ਼ੀਟ ਨਹੀਂ ਜੋ ਤੁਸੀਂ ਲਿਖ ਜਾਂ ਜਾਂਚ ਸਕਦੇ ਹੋ।
# unreviewed
kb-ws-back = ਸ਼ੀਟਾਂ 'ਤੇ ਵਾਪਸ ਜਾਓ
# unreviewed
kb-ws-back-editor = ਸ਼ੀਟ 'ਤੇ ਵਾਪਸ ਜਾਓ
# unreviewed
kb-ws-create = ਖਰੜਾ ਬਣਾਓ
# unreviewed
kb-ws-save = ਨਵਾਂ ਵਰਜਨ ਸੇਵ ਕਰੋ
# unreviewed
kb-ws-edit-heading = ਲਿਖਤ
# unreviewed
kb-ws-history-link = ਵਰਜਨ ਅਤੇ ਫ਼ਰਕ
# unreviewed
kb-ws-version = ਵਰਜਨ { $n }
# unreviewed
kb-ws-published-version = ਪ੍ਰਕਾਸ਼ਿਤ: ਵਰਜਨ { $n }
# unreviewed
kb-ws-moved = ਹੋ ਗਿਆ। ਹੁਣ ਸ਼ੀਟ ਦੀ ਹਾਲਤ ਹੈ:
# unreviewed
kb-field-title = ਸਿਰਲੇਖ
# unreviewed
kb-field-summary = ਸੰਖੇਪ ਵਿੱਚ
# unreviewed
kb-field-tags = ਮੁੱਖ ਸ਼ਬਦ (ਕੌਮੇ ਨਾਲ ਵੱਖ ਕਰੋ)
# unreviewed
kb-field-kind = ਕਿਸਮ
# unreviewed
kb-field-theme = ਵਿਸ਼ਾ
# unreviewed
kb-field-hub = ਜ਼ਿੰਮੇਵਾਰ ਵਿਸ਼ਾ ਕੇਂਦਰ
# unreviewed
kb-field-status = ਹਾਲਤ
# unreviewed
kb-field-slug = ਪੰਨੇ ਦਾ ਪਤਾ
# unreviewed
kb-field-slug-hint = ਅੰਗਰੇਜ਼ੀ ਦੇ ਛੋਟੇ ਅੱਖਰ, ਅੰਕ ਅਤੇ ਡੈਸ਼, ਜਿਵੇਂ rinnovo-permesso।
# unreviewed
kb-field-online-url = ਔਨਲਾਈਨ ਸੇਵਾ (http ਜਾਂ https ਪਤਾ)
# unreviewed
kb-field-body = ਲਿਖਤ (Markdown)
# unreviewed
kb-steps-hint = ਕਾਰਵਾਈ ਦੇ ਹਰ ਕਦਮ ਲਈ ਇੱਕ ਲਾਈਨ ਭਰੋ। ਖਾਲੀ ਕਦਮ ਸੇਵ ਨਹੀਂ ਹੁੰਦਾ।
# unreviewed
kb-step-n = ਕਦਮ { $n }
# unreviewed
kb-variant-n = ਸਥਾਨਕ ਰੂਪ { $n }
# unreviewed
kb-variant-area = ਇਲਾਕਾ
# unreviewed
kb-variant-area-hint = ਸਥਾਨਕ ਰੂਪ ਦਾ ਇਲਾਕਾ: ਸੂਬੇ (provincia) ਦਾ ਛੋਟਾ ਕੋਡ (ਜਿਵੇਂ BO) ਜਾਂ desk: ਅਤੇ ਉਸ ਤੋਂ ਬਾਅਦ ਕਿਸੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਦਾ ਪਤਾ (ਜਿਵੇਂ desk:hub-salute)।
# unreviewed
kb-variant-label = ਦਿਖਾਇਆ ਜਾਣ ਵਾਲਾ ਨਾਂ (ਜਿਵੇਂ Questura di Bologna)
# unreviewed
kb-minor = ਛੋਟੀ ਸੋਧ (ਟਾਈਪ ਦੀਆਂ ਗ਼ਲਤੀਆਂ): ਅਨੁਵਾਦ ਜਾਇਜ਼ ਰਹਿੰਦੇ ਹਨ
# unreviewed
kb-minor-short = ਛੋਟੀ
# unreviewed
kb-part-title = ਸਿਰਲੇਖ
# unreviewed
kb-part-summary = ਸੰਖੇਪ ਵਿੱਚ
# unreviewed
kb-part-who = ਕੌਣ
# unreviewed
kb-part-where = ਕਿੱਥੇ
# unreviewed
kb-part-bring = ਨਾਲ ਕੀ ਲੈ ਕੇ ਜਾਣਾ ਹੈ
# unreviewed
kb-part-cost = ਖ਼ਰਚ
# unreviewed
kb-part-time = ਸਮਾਂ
# unreviewed
kb-part-text = ਲਿਖਤ
# unreviewed
kb-part-label = ਸਥਾਨਕ ਰੂਪ ਦਾ ਨਾਂ
# unreviewed
kb-part-online_url = ਔਨਲਾਈਨ ਸੇਵਾ
# unreviewed
kb-part-body = ਲਿਖਤ
# unreviewed
kb-part-step = ਕਦਮ { $n }: { $field }
# unreviewed
kb-workflow = ਜਾਂਚ ਅਤੇ ਪ੍ਰਕਾਸ਼ਨ
# unreviewed
kb-four-eyes-on = ਇਸ ਵਿਸ਼ਾ ਕੇਂਦਰ ਵਿੱਚ ਵਰਜਨ ਨੂੰ ਉਹ ਵਿਅਕਤੀ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਦਾ ਹੈ ਜਿਸ ਨੇ ਉਸ ਨੂੰ ਨਹੀਂ ਲਿਖਿਆ।
# unreviewed
kb-comment = ਟਿੱਪਣੀ
# unreviewed
kb-comment-add = ਟਿੱਪਣੀ ਜੋੜੋ
# unreviewed
kb-comments = ਜਾਂਚ ਦੀਆਂ ਟਿੱਪਣੀਆਂ
# unreviewed
kb-comments-empty = ਹਾਲੇ ਕੋਈ ਟਿੱਪਣੀ ਨਹੀਂ।
# unreviewed
kb-publish-at = ਪ੍ਰਕਾਸ਼ਨ ਦੀ ਤਰੀਕ (ਮਰਜ਼ੀ ਨਾਲ)
# unreviewed
kb-publish-at-hint = ਰੋਮ ਦਾ ਸਮਾਂ। ਹੁਣੇ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨ ਲਈ ਖਾਲੀ ਛੱਡੋ।
# unreviewed
kb-action-submit = ਜਾਂਚ ਲਈ ਭੇਜੋ
# unreviewed
kb-action-return = ਲੇਖਕ ਨੂੰ ਵਾਪਸ ਭੇਜੋ
# unreviewed
kb-action-publish = ਮਨਜ਼ੂਰ ਕਰੋ ਅਤੇ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰੋ
# unreviewed
kb-action-archive = ਪੁਰਾਲੇਖ ਵਿੱਚ ਪਾਓ
# unreviewed
kb-action-reopen = ਖਰੜੇ ਵਜੋਂ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ
# unreviewed
kb-conflict-title = ਜਦੋਂ ਤੁਸੀਂ ਲਿਖ ਰਹੇ ਸੀ, ਕਿਸੇ ਨੇ ਵਰਜਨ { $n } ਸੇਵ ਕਰ ਦਿੱਤਾ
# unreviewed
kb-conflict-text = ਹੇਠਾਂ { $editor } ਦੀ ਲਿਖਤ ਹੈ; ਤੁਹਾਡੀ ਲਿਖਤ ਫ਼ਾਰਮ ਵਿੱਚ ਮੌਜੂਦ ਹੈ। ਜੇ ਤੁਸੀਂ ਦੁਬਾਰਾ ਸੇਵ ਕਰੋਗੇ, ਤਾਂ ਤੁਹਾਡੀ ਲਿਖਤ ਅਗਲਾ ਵਰਜਨ ਬਣ ਜਾਵੇਗੀ।
# unreviewed
kb-diff-from = ਇਸ ਵਰਜਨ ਤੋਂ
# unreviewed
kb-diff-to = ਇਸ ਵਰਜਨ ਤੱਕ
# unreviewed
kb-diff-compare = ਮੁਕਾਬਲਾ ਕਰੋ
# unreviewed
kb-diff-heading = ਵਰਜਨ { $from } ਤੋਂ ਵਰਜਨ { $to } ਤੱਕ ਫ਼ਰਕ
# unreviewed
kb-diff-none = ਲਿਖਤ ਵਿੱਚ ਕੋਈ ਫ਼ਰਕ ਨਹੀਂ।
# unreviewed
kb-diff-legend = ਹਟਾਈ ਗਈ ਲਿਖਤ ਉੱਤੇ ਲਕੀਰ ਫੇਰੀ ਹੋਈ ਹੈ, ਜੋੜੀ ਗਈ ਲਿਖਤ ਦੇ ਹੇਠਾਂ ਲਕੀਰ ਹੈ।
# unreviewed
kb-versions = ਸਾਰੇ ਵਰਜਨ
# unreviewed
kb-version = ਵਰਜਨ
# unreviewed
kb-editor-system = ਸ਼ੁਰੂਆਤੀ ਅੱਪਲੋਡ

## Refusals and form errors

# unreviewed
kb-refused-not-reviewer = ਇਹ ਸਿਰਫ਼ ਉਹ ਲੋਕ ਕਰ ਸਕਦੇ ਹਨ ਜੋ ਇਸ ਵਿਸ਼ਾ ਕੇਂਦਰ ਦੀਆਂ ਸ਼ੀਟਾਂ ਦੀ ਜਾਂਚ ਕਰਦੇ ਹਨ।
# unreviewed
kb-refused-transition = ਸ਼ੀਟ ਦੀ ਮੌਜੂਦਾ ਹਾਲਤ ਤੋਂ ਇਹ ਕਦਮ ਸੰਭਵ ਨਹੀਂ।
# unreviewed
kb-refused-stale = ਇਸ ਦੌਰਾਨ ਸ਼ੀਟ ਬਦਲ ਗਈ ਹੈ। ਨਵਾਂ ਵਰਜਨ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
# unreviewed
kb-refused-comment-needed = ਇੱਕ ਟਿੱਪਣੀ ਲਿਖੋ ਜੋ ਦੱਸੇ ਕਿ ਕੀ ਬਦਲਣਾ ਹੈ।
# unreviewed
kb-refused-four-eyes = ਤੁਸੀਂ ਆਪਣਾ ਲਿਖਿਆ ਵਰਜਨ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕਰ ਸਕਦੇ: ਇਸ ਨੂੰ ਕਿਸੇ ਹੋਰ ਵਿਅਕਤੀ ਨੂੰ ਮਨਜ਼ੂਰ ਕਰਨਾ ਪਵੇਗਾ।
# unreviewed
kb-refused-schedule-past = ਪ੍ਰਕਾਸ਼ਨ ਦੀ ਤਰੀਕ ਆਉਣ ਵਾਲੇ ਸਮੇਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
# unreviewed
kb-refused-schedule-invalid = ਪ੍ਰਕਾਸ਼ਨ ਦੀ ਤਰੀਕ ਸਹੀ ਨਹੀਂ ਹੈ।
# unreviewed
kb-error-kind = ਸ਼ੀਟ ਦੀ ਕਿਸਮ ਚੁਣੋ।
# unreviewed
kb-error-theme = ਇੱਕ ਵਿਸ਼ਾ ਚੁਣੋ।
# unreviewed
kb-error-hub = ਅਜਿਹਾ ਵਿਸ਼ਾ ਕੇਂਦਰ ਚੁਣੋ ਜਿਸ ਲਈ ਤੁਸੀਂ ਲਿਖ ਸਕਦੇ ਹੋ।
# unreviewed
kb-error-slug = ਪਤੇ ਵਿੱਚ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਦੇ ਛੋਟੇ ਅੱਖਰ, ਅੰਕ ਅਤੇ ਡੈਸ਼ ਹੋ ਸਕਦੇ ਹਨ।
# unreviewed
kb-error-slug-taken = ਇਸ ਵਿਸ਼ੇ ਵਿੱਚ ਇਸ ਪਤੇ ਵਾਲੀ ਸ਼ੀਟ ਪਹਿਲਾਂ ਹੀ ਮੌਜੂਦ ਹੈ।
# unreviewed
kb-error-title-missing = ਸਿਰਲੇਖ ਲਿਖੋ।
# unreviewed
kb-error-too-long = ਲਿਖਤ ਬਹੁਤ ਲੰਬੀ ਹੈ।
# unreviewed
kb-error-url = ਔਨਲਾਈਨ ਸੇਵਾ ਦਾ ਪਤਾ http ਜਾਂ https ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
# unreviewed
kb-error-prerequisite = ਸ਼ਰਤਾਂ ਵਿੱਚੋਂ ਇੱਕ ਤੈਅ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ।
# unreviewed
kb-error-too-many-steps = ਕਦਮ ਜਾਂ ਸਥਾਨਕ ਰੂਪ ਬਹੁਤ ਜ਼ਿਆਦਾ ਹਨ।
# unreviewed
kb-error-step-title = ਹਰ ਕਦਮ ਦਾ ਇੱਕ ਸਿਰਲੇਖ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
# unreviewed
kb-error-variant = ਹਰ ਸਥਾਨਕ ਰੂਪ ਦਾ ਇੱਕ ਨਾਂ ਅਤੇ ਇੱਕ ਲਿਖਤ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
# unreviewed
kb-error-variant-area = ਸਥਾਨਕ ਰੂਪ ਦਾ ਇਲਾਕਾ ਸੂਬੇ ਦਾ ਛੋਟਾ ਕੋਡ (BO) ਹੁੰਦਾ ਹੈ ਜਾਂ desk: ਅਤੇ ਕਿਸੇ ਜਾਣਕਾਰੀ ਕੇਂਦਰ ਦਾ ਪਤਾ।
# unreviewed
kb-error-norm = ਕਾਨੂੰਨੀ ਹਵਾਲਿਆਂ ਵਿੱਚੋਂ ਇੱਕ ਰਜਿਸਟਰ ਵਿੱਚ ਨਹੀਂ ਹੈ।

## Writing aids

# unreviewed
kb-aids = ਲਿਖਣ ਵਿੱਚ ਮਦਦ
# unreviewed
kb-aids-unsaved = ਲਿਖਤ ਦੀ ਜਾਂਚ ਉਸੇ ਤਰ੍ਹਾਂ ਹੋ ਰਹੀ ਹੈ ਜਿਵੇਂ ਤੁਸੀਂ ਲਿਖੀ ਹੈ: ਇਹ ਹਾਲੇ ਸੇਵ ਨਹੀਂ ਹੋਈ।
# unreviewed
kb-aids-gulpease = Gulpease ਸੂਚਕ { $score }: { $level }
# unreviewed
kb-aids-level-elementary = ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ ਦੇ ਸਰਟੀਫ਼ਿਕੇਟ ਵਾਲਿਆਂ ਲਈ ਆਸਾਨ
# unreviewed
kb-aids-level-middle = ਮਿਡਲ ਸਕੂਲ ਦੇ ਸਰਟੀਫ਼ਿਕੇਟ ਵਾਲਿਆਂ ਲਈ ਆਸਾਨ
# unreviewed
kb-aids-level-high-school = ਸੀਨੀਅਰ ਸੈਕੰਡਰੀ ਡਿਪਲੋਮੇ ਵਾਲਿਆਂ ਲਈ ਆਸਾਨ
# unreviewed
kb-aids-level-hard = ਸੀਨੀਅਰ ਸੈਕੰਡਰੀ ਡਿਪਲੋਮੇ ਵਾਲਿਆਂ ਲਈ ਵੀ ਔਖਾ
# unreviewed
kb-aids-nothing = ਹਾਲੇ ਮਾਪਣ ਲਈ ਕੋਈ ਲਿਖਤ ਨਹੀਂ ਹੈ।
# unreviewed
kb-aids-needs-override = ਇਹ ਸ਼ੀਟ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨ ਲਈ, ਇਸ ਦੀ ਜਾਂਚ ਕਰਨ ਵਾਲੇ ਵਿਅਕਤੀ ਨੂੰ ਲਿਖਣਾ ਪਵੇਗਾ ਕਿ ਇਸ ਨੂੰ ਇਸੇ ਤਰ੍ਹਾਂ ਕਿਉਂ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨਾ ਹੈ: ਪੜ੍ਹਨਯੋਗਤਾ 50 ਤੋਂ ਘੱਟ ਹੈ ਜਾਂ Carta di Roma ਅਨੁਸਾਰ ਕੋਈ ਅਜਿਹਾ ਸ਼ਬਦ ਹੈ ਜਿਸ ਤੋਂ ਬਚਣਾ ਚਾਹੀਦਾ ਹੈ।
# unreviewed
kb-aids-long = ਲੰਮੇ ਵਾਕ
# unreviewed
kb-aids-words = { $count ->
    [one] { $count } ਸ਼ਬਦ
   *[other] { $count } ਸ਼ਬਦ
}
# unreviewed
kb-aids-words-heading = ਬਦਲਣ ਵਾਲੇ ਸ਼ਬਦ
# unreviewed
kb-aids-carta = Carta di Roma
# unreviewed
kb-aids-check = ਲਿਖਤ ਦੀ ਜਾਂਚ ਕਰੋ
# unreviewed
kb-override-reason = ਫਿਰ ਵੀ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨ ਦਾ ਕਾਰਨ (ਲਾਜ਼ਮੀ)
# unreviewed
kb-refused-needs-override = ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਨੇ ਇਸ ਸ਼ੀਟ ਵੱਲ ਧਿਆਨ ਦਿਵਾਇਆ ਹੈ: ਇਸ ਨੂੰ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨ ਲਈ ਲਿਖੋ ਕਿ ਇਸ ਨੂੰ ਇਸੇ ਤਰ੍ਹਾਂ ਕਿਉਂ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨਾ ਹੈ।
# unreviewed
kb-refused-override-too-long = ਕਾਰਨ ਬਹੁਤ ਲੰਮਾ ਹੈ।

## The register of norms

# unreviewed
workspace-nav-norms = ਕਾਨੂੰਨੀ ਹਵਾਲੇ
# unreviewed
kb-norms-title = ਕਾਨੂੰਨਾਂ ਦਾ ਰਜਿਸਟਰ
# unreviewed
kb-norms-intro = ਉਹ ਕਾਨੂੰਨ ਜਿਨ੍ਹਾਂ ਦਾ ਸ਼ੀਟਾਂ ਵਿੱਚ ਹਵਾਲਾ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਜਦੋਂ ਕੋਈ ਕਾਨੂੰਨ ਬਦਲੇ, ਤਬਦੀਲੀ ਦੀ ਸੂਚਨਾ ਦਿਓ: ਜਿਹੜੀਆਂ ਸ਼ੀਟਾਂ ਉਸ ਦਾ ਹਵਾਲਾ ਦਿੰਦੀਆਂ ਹਨ ਉਹ «ਜਾਂਚ ਬਾਕੀ: ਕਾਨੂੰਨ ਬਦਲ ਗਿਆ ਹੈ» ਬਣ ਜਾਂਦੀਆਂ ਹਨ ਅਤੇ ਜ਼ਿੰਮੇਵਾਰ ਵਿਸ਼ਾ ਕੇਂਦਰਾਂ ਨੂੰ ਈ-ਮੇਲ ਮਿਲਦੀ ਹੈ।
# unreviewed
kb-norms-norm = ਕਾਨੂੰਨ
# unreviewed
kb-norms-articles = ਇਸ ਦਾ ਹਵਾਲਾ ਦੇਣ ਵਾਲੀਆਂ ਸ਼ੀਟਾਂ
# unreviewed
kb-norms-changed = ਆਖ਼ਰੀ ਵਾਰ ਦੱਸੀ ਗਈ ਤਬਦੀਲੀ
# unreviewed
kb-norms-mark = ਦੱਸੋ ਕਿ ਇਹ ਬਦਲ ਗਿਆ ਹੈ
# unreviewed
kb-norms-cited = { $count ->
    [one] { $count } ਸ਼ੀਟ
   *[other] { $count } ਸ਼ੀਟਾਂ
}
# unreviewed
kb-norms-flagged = { $count ->
    [one] ਹੋ ਗਿਆ: ਹੁਣ { $count } ਸ਼ੀਟ ਦੀ ਜਾਂਚ ਬਾਕੀ ਹੈ।
   *[other] ਹੋ ਗਿਆ: ਹੁਣ { $count } ਸ਼ੀਟਾਂ ਦੀ ਜਾਂਚ ਬਾਕੀ ਹੈ।
}
# unreviewed
kb-norms-add = ਕਾਨੂੰਨ ਜੋੜੋ ਜਾਂ ਠੀਕ ਕਰੋ
# unreviewed
kb-norms-url = ਸਰਕਾਰੀ ਪਤਾ (ਉਦਾਹਰਨ ਲਈ Normattiva)
# unreviewed
kb-norms-save = ਕਾਨੂੰਨ ਸੇਵ ਕਰੋ
# unreviewed
kb-norm-mail-subject = ਕਾਨੂੰਨ ਬਦਲ ਗਿਆ: { $norm }
# unreviewed
kb-norm-mail-body = ਸੂਚਨਾ ਦਿੱਤੀ ਗਈ ਹੈ ਕਿ { $norm } ਵਿੱਚ ਤਬਦੀਲੀ ਹੋਈ ਹੈ। ਤੁਹਾਡੇ ਵਿਸ਼ਾ ਕੇਂਦਰ ਦੀਆਂ ਇਹ ਸ਼ੀਟਾਂ ਇਸ ਦਾ ਹਵਾਲਾ ਦਿੰਦੀਆਂ ਹਨ ਅਤੇ ਹੁਣ «ਜਾਂਚ ਬਾਕੀ: ਕਾਨੂੰਨ ਬਦਲ ਗਿਆ ਹੈ» ਹਨ; ਪੋਰਟਲ 'ਤੇ ਇਹ ਉਦੋਂ ਤੱਕ ਚੇਤਾਵਨੀ ਦਿਖਾਉਂਦੀਆਂ ਹਨ ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਜਾਂਚ ਤੋਂ ਬਾਅਦ ਇਨ੍ਹਾਂ ਨੂੰ ਦੁਬਾਰਾ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕਰਦੇ:

    { $articles }
# unreviewed
kb-ws-legal-pending = { $count ->
    [one] ਕਾਨੂੰਨ ਬਦਲਣ ਤੋਂ ਬਾਅਦ { $count } ਸ਼ੀਟ ਦੀ ਜਾਂਚ ਬਾਕੀ ਹੈ।
   *[other] ਕਾਨੂੰਨ ਬਦਲਣ ਤੋਂ ਬਾਅਦ { $count } ਸ਼ੀਟਾਂ ਦੀ ਜਾਂਚ ਬਾਕੀ ਹੈ।
}

## Translations of articles

# unreviewed
kb-tr-notice-missing = ਇਹ ਸ਼ੀਟ ਹਾਲੇ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਈ: ਹੇਠਾਂ ਤੁਹਾਨੂੰ ਇਤਾਲਵੀ ਲਿਖਤ ਮਿਲੇਗੀ।
# unreviewed
kb-tr-notice-outdated = ਇਸ ਅਨੁਵਾਦ ਤੋਂ ਬਾਅਦ ਇਤਾਲਵੀ ਲਿਖਤ ਬਦਲ ਗਈ ਹੈ: ਹੋ ਸਕਦਾ ਹੈ ਕੁਝ ਜਾਣਕਾਰੀ ਤਾਜ਼ਾ ਨਾ ਹੋਵੇ।
# unreviewed
kb-tr-notice-machine = ਆਪਣੇ-ਆਪ ਅਨੁਵਾਦ ਕੀਤੀ ਗਈ, ਕਿਸੇ ਵਿਅਕਤੀ ਨੇ ਹਾਲੇ ਇਸ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ।
# unreviewed
kb-tr-notice-current = ਇਸ ਅਨੁਵਾਦ ਦੀ ਜਾਂਚ ਇਤਾਲਵੀ ਮੂਲ ਲਿਖਤ ਨਾਲ ਮਿਲਾ ਕੇ ਕੀਤੀ ਗਈ ਹੈ।
# unreviewed
kb-tr-original = ਮੂਲ ਲਿਖਤ ਇਤਾਲਵੀ ਵਿੱਚ ਪੜ੍ਹੋ
# unreviewed
kb-tr-status-missing = ਅਨੁਵਾਦ ਬਾਕੀ
# unreviewed
kb-tr-status-outdated = ਅੱਪਡੇਟ ਬਾਕੀ
# unreviewed
kb-tr-status-machine = ਮਸ਼ੀਨੀ ਅਨੁਵਾਦ, ਜਾਂਚ ਬਾਕੀ
# unreviewed
kb-tr-status-current = ਤਾਜ਼ਾ
# unreviewed
kb-tr-queue-title = ਅਨੁਵਾਦ ਲਈ ਸ਼ੀਟਾਂ
# unreviewed
kb-tr-title = ਸ਼ੀਟ ਦਾ ਅਨੁਵਾਦ
# unreviewed
kb-tr-back = ਅਨੁਵਾਦ ਲਈ ਸ਼ੀਟਾਂ 'ਤੇ ਵਾਪਸ ਜਾਓ
# unreviewed
kb-tr-diff = ਤੁਹਾਡੇ ਅਨੁਵਾਦ ਤੋਂ ਬਾਅਦ ਇਤਾਲਵੀ ਲਿਖਤ ਵਿੱਚ ਕੀ ਬਦਲਿਆ ਹੈ
# unreviewed
kb-tr-source = ਇਤਾਲਵੀ ਲਿਖਤ
# unreviewed
kb-tr-yours = ਤੁਹਾਡਾ ਅਨੁਵਾਦ
# unreviewed
kb-tr-save = ਅਨੁਵਾਦ ਸੇਵ ਕਰੋ
# unreviewed
kb-tr-stale = ਇਸ ਦੌਰਾਨ ਇਤਾਲਵੀ ਲਿਖਤ ਦੁਬਾਰਾ ਪ੍ਰਕਾਸ਼ਿਤ ਹੋ ਗਈ ਹੈ। ਫ਼ਰਕ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਸੇਵ ਕਰੋ।
# unreviewed
workspace-nav-kb-translations = ਅਨੁਵਾਦ ਲਈ ਸ਼ੀਟਾਂ

## Exchange with translation agencies (XLIFF 2.0)

# unreviewed
kb-xliff-title = ਅਨੁਵਾਦ ਏਜੰਸੀਆਂ ਨਾਲ ਅਦਲਾ-ਬਦਲੀ (XLIFF 2.0)
# unreviewed
kb-xliff-intro = ਅਨੁਵਾਦ ਲਈ ਇਤਾਲਵੀ ਲਿਖਤ ਵਾਲੀ XLIFF 2.0 ਫ਼ਾਈਲ ਡਾਊਨਲੋਡ ਕਰੋ, ਅਤੇ ਜਦੋਂ ਏਜੰਸੀ ਇਸ ਨੂੰ ਵਾਪਸ ਭੇਜੇ ਤਾਂ ਇਸ ਨੂੰ ਇੱਥੇ ਇੰਪੋਰਟ ਕਰੋ। ਜੇ ਫ਼ਾਈਲ ਵਿੱਚ ਕੋਈ ਗ਼ਲਤੀ ਹੋਵੇ ਤਾਂ ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੁੰਦਾ।
# unreviewed
kb-xliff-download-todo = ਅਨੁਵਾਦ ਜਾਂ ਅੱਪਡੇਟ ਕਰਨ ਵਾਲੀਆਂ ਸ਼ੀਟਾਂ ਡਾਊਨਲੋਡ ਕਰੋ
# unreviewed
kb-xliff-download-all = ਸਾਰੀਆਂ ਪ੍ਰਕਾਸ਼ਿਤ ਸ਼ੀਟਾਂ ਡਾਊਨਲੋਡ ਕਰੋ
# unreviewed
kb-xliff-file = ਏਜੰਸੀ ਦੀ XLIFF ਫ਼ਾਈਲ
# unreviewed
kb-xliff-import = ਅਨੁਵਾਦ ਇੰਪੋਰਟ ਕਰੋ
# unreviewed
kb-xliff-imported = { $count ->
    [one] { $count } ਅਨੁਵਾਦ ਇੰਪੋਰਟ ਹੋ ਗਿਆ।
   *[other] { $count } ਅਨੁਵਾਦ ਇੰਪੋਰਟ ਹੋ ਗਏ।
}
# unreviewed
kb-xliff-refused = ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ। ਫ਼ਾਈਲ ਠੀਕ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ:
# unreviewed
kb-xliff-problem = ਲਾਈਨ { $line }: { $reason }
# unreviewed
kb-xliff-no-file = ਇੰਪੋਰਟ ਕਰਨ ਲਈ XLIFF ਫ਼ਾਈਲ ਚੁਣੋ।
# unreviewed
kb-xliff-too-large = ਫ਼ਾਈਲ { $max } MB ਤੋਂ ਵੱਡੀ ਹੈ।
# unreviewed
kb-xliff-encoding = ਫ਼ਾਈਲ UTF-8 ਲਿਖਤ ਨਹੀਂ ਹੈ।
# unreviewed
kb-xliff-error-malformed = XML ਸਹੀ ਤਰ੍ਹਾਂ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ
# unreviewed
kb-xliff-error-not-xliff = ਇਹ XLIFF 2.0 ਫ਼ਾਈਲ ਨਹੀਂ ਹੈ
# unreviewed
kb-xliff-error-doctype = DOCTYPE ਐਲਾਨ ਸਵੀਕਾਰ ਨਹੀਂ ਕੀਤਾ ਜਾਂਦਾ
# unreviewed
kb-xliff-error-entity = ਐਂਟਿਟੀ &{ $name }; ਅਣਜਾਣ ਹੈ
# unreviewed
kb-xliff-error-missing-attribute = ਐਟਰੀਬਿਊਟ { $name } ਮੌਜੂਦ ਨਹੀਂ ਹੈ
# unreviewed
kb-xliff-error-unexpected = ਐਲੀਮੈਂਟ <{ $name }> ਦੀ ਇੱਥੇ ਉਮੀਦ ਨਹੀਂ ਸੀ
# unreviewed
kb-xliff-error-inline-code = ਇਨਲਾਈਨ ਕੋਡ <{ $name }> ਸਮਰਥਿਤ ਨਹੀਂ ਹੈ
# unreviewed
kb-xliff-error-duplicate-unit = ਯੂਨਿਟ { $name } ਦੋ ਵਾਰ ਆਈ ਹੈ
# unreviewed
kb-xliff-error-bad-version = ਵਰਜ਼ਨ { $name } ਕੋਈ ਅੰਕ ਨਹੀਂ ਹੈ
# unreviewed
kb-xliff-error-language = ਫ਼ਾਈਲ ਦੀਆਂ ਭਾਸ਼ਾਵਾਂ ({ $name }) ਇਤਾਲਵੀ ਤੋਂ ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਨਹੀਂ ਹਨ
# unreviewed
kb-xliff-error-unknown-article = ਸ਼ੀਟ { $name } ਮੌਜੂਦ ਨਹੀਂ ਹੈ ਜਾਂ ਹੁਣ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਹੈ
# unreviewed
kb-xliff-error-stale = ਐਕਸਪੋਰਟ ਤੋਂ ਬਾਅਦ { $name } ਦੀ ਇਤਾਲਵੀ ਲਿਖਤ ਬਦਲ ਗਈ ਹੈ: ਫ਼ਾਈਲ ਦੁਬਾਰਾ ਡਾਊਨਲੋਡ ਕਰੋ
# unreviewed
kb-xliff-error-unknown-unit = ਯੂਨਿਟ { $name } ਇਸ ਸ਼ੀਟ ਦਾ ਹਿੱਸਾ ਨਹੀਂ ਹੈ
# unreviewed
kb-xliff-error-untranslated = ਯੂਨਿਟ { $name } ਦਾ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ
# unreviewed
kb-xliff-error-invalid = ਖ਼ਾਨਾ { $name } ਜਾਇਜ਼ ਨਹੀਂ ਹੈ

## Sheets due for review

# unreviewed
workspace-nav-kb-review = ਸਮੀਖਿਆ ਵਾਲੀਆਂ ਸ਼ੀਟਾਂ
# unreviewed
kb-review-title = ਸਮੀਖਿਆ ਵਾਲੀਆਂ ਸ਼ੀਟਾਂ
# unreviewed
kb-review-intro = ਤੁਹਾਡੇ ਵਿਸ਼ਾ ਕੇਂਦਰਾਂ ਦੀਆਂ ਪ੍ਰਕਾਸ਼ਿਤ ਸ਼ੀਟਾਂ, ਜਿਨ੍ਹਾਂ ਦੀ ਸਮੀਖਿਆ ਦੀ ਤਰੀਕ ਲੰਘ ਗਈ ਹੈ ਜਾਂ 30 ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਆ ਰਹੀ ਹੈ।
# unreviewed
kb-review-due = ਸਮੀਖਿਆ ਦੀ ਆਖ਼ਰੀ ਤਰੀਕ
# unreviewed
kb-review-overdue = ਤਰੀਕ ਲੰਘ ਗਈ
# unreviewed
kb-review-soon = ਤਰੀਕ ਨੇੜੇ ਹੈ
# unreviewed
kb-review-none = ਕਿਸੇ ਵੀ ਸ਼ੀਟ ਦੀ ਸਮੀਖਿਆ ਬਾਕੀ ਨਹੀਂ ਹੈ।
# unreviewed
kb-review-mark = ਮੇਰੀ ਪੁਸ਼ਟੀ ਹੈ ਕਿ ਇਹ ਹਾਲੇ ਵੀ ਸਹੀ ਹੈ
# unreviewed
kb-review-marked = ਸ਼ੀਟ ਦੀ ਪੁਸ਼ਟੀ ਹੋ ਗਈ: ਅਗਲੀ ਸਮੀਖਿਆ { $date } ਤੱਕ ਕਰਨੀ ਹੈ।

## Readers' ratings

# unreviewed
kb-rating-legend = ਕੀ ਇਹ ਪੰਨਾ ਸਪਸ਼ਟ ਸੀ?
# unreviewed
kb-rating-1 = ਬਿਲਕੁਲ ਸਪਸ਼ਟ ਨਹੀਂ
# unreviewed
kb-rating-2 = ਬਹੁਤਾ ਸਪਸ਼ਟ ਨਹੀਂ
# unreviewed
kb-rating-3 = ਕਾਫ਼ੀ ਸਪਸ਼ਟ
# unreviewed
kb-rating-4 = ਸਪਸ਼ਟ
# unreviewed
kb-rating-5 = ਬਹੁਤ ਸਪਸ਼ਟ
# unreviewed
kb-rating-comment = ਕੀ ਕਮੀ ਸੀ ਜਾਂ ਕੀ ਸਮਝਣਾ ਔਖਾ ਸੀ? (ਲਾਜ਼ਮੀ ਨਹੀਂ: ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਨਾ ਲਿਖੋ)
# unreviewed
kb-rating-send = ਭੇਜੋ
# unreviewed
kb-rating-thanks = ਧੰਨਵਾਦ: ਤੁਹਾਡਾ ਜਵਾਬ ਇਸ ਪੰਨੇ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਵਿੱਚ ਸਾਡੀ ਮਦਦ ਕਰਦਾ ਹੈ।
# unreviewed
kb-rating-invalid = 1 ਤੋਂ 5 ਤੱਕ ਕੋਈ ਜਵਾਬ ਚੁਣੋ।
# unreviewed
kb-rating-too-long = ਟਿੱਪਣੀ ਬਹੁਤ ਲੰਮੀ ਹੈ (ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਅੱਖਰ)।
# unreviewed
kb-rating-limited = ਤੁਹਾਡੇ ਕਨੈਕਸ਼ਨ ਤੋਂ ਬਹੁਤ ਜ਼ਿਆਦਾ ਜਵਾਬ ਆਏ ਹਨ: ਕੁਝ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
# unreviewed
kb-ratings-title = ਪਾਠਕਾਂ ਦੇ ਜਵਾਬ
# unreviewed
kb-ratings-summary = { $count ->
    [one] { $count } ਜਵਾਬ, ਔਸਤ 5 ਵਿੱਚੋਂ { $average }
   *[other] { $count } ਜਵਾਬ, ਔਸਤ 5 ਵਿੱਚੋਂ { $average }
}
# unreviewed
kb-ratings-none = ਹਾਲੇ ਤੱਕ ਕਿਸੇ ਪਾਠਕ ਨੇ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ।
# unreviewed
kb-ratings-comments = ਤਾਜ਼ਾ ਟਿੱਪਣੀਆਂ
# unreviewed
kb-leaflet-link = ਛਾਪਣ ਲਈ ਪਰਚਾ (PDF, A4)
# unreviewed
kb-leaflet-scan = ਤਾਜ਼ਾ ਪੰਨੇ ਲਈ ਕੋਡ ਸਕੈਨ ਕਰੋ
# unreviewed
kb-replaced-by = ਇਸ ਨਾਲ ਬਦਲੀ ਗਈ (ਵਿਕਲਪਿਕ)
# unreviewed
kb-replaced-by-hint = ਉਸ ਪ੍ਰਕਾਸ਼ਿਤ ਸ਼ੀਟ ਦਾ ਪਤਾ ਜੋ ਇਸ ਦੀ ਥਾਂ ਲੈਂਦੀ ਹੈ, ਜਿਵੇਂ /it/salute/iscrizione-ssn। ਵਾਪਸ ਲਿਆ ਪੰਨਾ ਅਤੇ ਛਪੇ ਪਰਚਿਆਂ ਦੇ QR ਕੋਡ ਉੱਥੇ ਲੈ ਜਾਣਗੇ।
# unreviewed
kb-refused-replacement = ਇਹ ਪਤਾ ਕਿਸੇ ਪ੍ਰਕਾਸ਼ਿਤ ਸ਼ੀਟ ਦਾ ਨਹੀਂ: ਜਾਂਚ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਖਾਨਾ ਖਾਲੀ ਛੱਡੋ।
# unreviewed
kb-glossary = ਸ਼ਬਦਾਵਲੀ ਦੇ ਸ਼ਬਦ
# unreviewed
kb-glossary-hint = ਇਸ ਲਿਖਤ ਵਿੱਚ ਵਰਤੇ ਕਾਨੂੰਨੀ ਸ਼ਬਦ: ਹਮੇਸ਼ਾ ਇਸੇ ਤਰ੍ਹਾਂ ਲਿਖੋ, ਅਤੇ ਪਹਿਲੀ ਵਾਰ ਪਾਠਕ ਨੂੰ ਸਮਝਾਓ ਕਿ ਇਹ ਕੀ ਹਨ।
# unreviewed
kb-glossary-count = ਲਿਖਤ ਵਿੱਚ ਕਿੰਨੀ ਵਾਰ: { $count }
# unreviewed
kb-glossary-translator = ਇਸ ਭਾਸ਼ਾ ਲਈ ਸ਼ਬਦਾਵਲੀ
# unreviewed
kb-glossary-translator-hint = ਇਤਾਲਵੀ ਲਿਖਤ ਦੇ ਕਾਨੂੰਨੀ ਸ਼ਬਦ ਅਤੇ ਸਹਿਮਤ ਅਨੁਵਾਦ: ਇਹ ਵਰਤੋ, ਤਾਂ ਜੋ ਪਾਠਕ ਨੂੰ ਦਫ਼ਤਰਾਂ ਅਤੇ ਫਾਰਮਾਂ 'ਤੇ ਉਹੀ ਸ਼ਬਦ ਮਿਲਣ।
# unreviewed
kb-glossary-unreviewed = ਅਨੁਵਾਦ ਅਜੇ ਜਾਂਚਿਆ ਨਹੀਂ ਗਿਆ
# unreviewed
kb-glossary-none = ਕੋਈ ਸਹਿਮਤ ਅਨੁਵਾਦ ਨਹੀਂ
# unreviewed
kb-mt = ਮਸ਼ੀਨੀ ਅਨੁਵਾਦ
# unreviewed
kb-mt-hint = ਮਸ਼ੀਨੀ ਅਨੁਵਾਦ ਸੇਵਾ ਤੋਂ ਖਰੜਾ ਮੰਗੋ: ਜਦ ਤੱਕ ਤੁਸੀਂ ਇਸ ਨੂੰ ਜਾਂਚ ਕੇ ਸੰਭਾਲਦੇ ਨਹੀਂ, ਇਹ «ਮਸ਼ੀਨੀ ਅਨੁਵਾਦ, ਅਜੇ ਜਾਂਚਿਆ ਨਹੀਂ» ਸੂਚਨਾ ਨਾਲ ਛਪੇਗਾ।
# unreviewed
kb-mt-action = ਮਸ਼ੀਨੀ ਖਰੜਾ ਬਣਾਓ
# unreviewed
kb-mt-done = ਮਸ਼ੀਨੀ ਖਰੜਾ ਸੰਭਾਲਿਆ ਗਿਆ: ਪੜ੍ਹ ਕੇ ਸੰਭਾਲੋ ਤਾਂ ਜੋ ਸੂਚਨਾ ਹਟ ਜਾਵੇ।
# unreviewed
kb-mt-refused-readability = ਚੰਗੇ ਮਸ਼ੀਨੀ ਅਨੁਵਾਦ ਲਈ ਇਤਾਲਵੀ ਲਿਖਤ ਬਹੁਤ ਔਖੀ ਹੈ (Gulpease ਸੂਚਕ 50 ਤੋਂ ਘੱਟ): ਹੱਬ ਨੂੰ ਸੌਖਾ ਕਰਨ ਲਈ ਕਹੋ, ਜਾਂ ਹੱਥੀਂ ਅਨੁਵਾਦ ਕਰੋ।
# unreviewed
kb-mt-refused-human = ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਕਿਸੇ ਵਿਅਕਤੀ ਦਾ ਕੀਤਾ ਅਨੁਵਾਦ ਹੈ: ਇਸ ਉੱਤੇ ਲਿਖਿਆ ਨਹੀਂ ਜਾਵੇਗਾ। ਇਤਾਲਵੀ ਲਿਖਤ ਦੀਆਂ ਤਬਦੀਲੀਆਂ ਨਾਲ ਹੱਥੀਂ ਅੱਪਡੇਟ ਕਰੋ।
# unreviewed
kb-mt-unavailable = ਮਸ਼ੀਨੀ ਅਨੁਵਾਦ ਸੇਵਾ ਜਵਾਬ ਨਹੀਂ ਦੇ ਰਹੀ: ਕੁਝ ਵੀ ਸੰਭਾਲਿਆ ਨਹੀਂ ਗਿਆ। ਬਾਅਦ ਵਿੱਚ ਕੋਸ਼ਿਸ਼ ਕਰੋ ਜਾਂ ਹੱਥੀਂ ਅਨੁਵਾਦ ਕਰੋ।
# unreviewed
workspace-nav-kb-links = ਠੀਕ ਕਰਨ ਵਾਲੇ ਲਿੰਕ
# unreviewed
kb-links-title = ਠੀਕ ਕਰਨ ਵਾਲੇ ਲਿੰਕ
# unreviewed
kb-links-intro = ਹਰ ਰਾਤ ਲਿੰਕ ਜਾਂਚਕ ਛਪੀਆਂ ਸ਼ੀਟਾਂ ਅਤੇ ਕਾਨੂੰਨੀ ਹਵਾਲਿਆਂ ਦੇ ਬਾਹਰੀ ਪਤੇ ਹੌਲੀ-ਹੌਲੀ ਵੇਖਦਾ ਹੈ, ਅਤੇ ਕਦੇ ਵੀ ਅੰਦਰੂਨੀ ਪਤਿਆਂ ਵੱਲ ਨਹੀਂ। ਇੱਥੇ ਤੁਹਾਡੀਆਂ ਸ਼ੀਟਾਂ ਦੇ ਉਹ ਲਿੰਕ ਹਨ ਜੋ ਕੰਮ ਨਹੀਂ ਕਰਦੇ।
# unreviewed
kb-links-none = ਤੁਹਾਡੀਆਂ ਸ਼ੀਟਾਂ ਵਿੱਚ ਠੀਕ ਕਰਨ ਵਾਲਾ ਕੋਈ ਲਿੰਕ ਨਹੀਂ।
# unreviewed
kb-links-broken = ਸਾਈਟ ਗਲਤੀ ਨਾਲ ਜਵਾਬ ਦਿੰਦੀ ਹੈ ({ $status })
# unreviewed
kb-links-refused = ਜਾਂਚਿਆ ਨਹੀਂ: ਇਹ ਜਨਤਕ ਵੈੱਬ ਪਤਾ ਨਹੀਂ
# unreviewed
kb-links-unreachable = ਸਾਈਟ ਜਵਾਬ ਨਹੀਂ ਦਿੰਦੀ

# unreviewed
workspace-nav-kb-materials = ਸਮੱਗਰੀ
# unreviewed
kb-materials-title = ਜਾਣਕਾਰੀ ਸਮੱਗਰੀ
# unreviewed
kb-materials-intro = ਨੈੱਟਵਰਕ ਦੇ ਵਿਸ਼ਾਗਤ ਕੇਂਦਰਾਂ ਵੱਲੋਂ ਤਿਆਰ ਪਰਚੇ, ਤਸਵੀਰਾਂ, ਆਡੀਓ ਰਿਕਾਰਡਿੰਗਾਂ ਅਤੇ ਵੀਡੀਓ, ਕਈ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ।
# unreviewed
kb-materials-filter = ਸਮੱਗਰੀ ਛਾਂਟੋ
# unreviewed
kb-materials-format = ਫਾਰਮੈਟ
# unreviewed
kb-materials-any-format = ਕੋਈ ਵੀ ਫਾਰਮੈਟ
# unreviewed
kb-materials-submit = ਵੇਖੋ
# unreviewed
kb-materials-found = ਸਮੱਗਰੀ
# unreviewed
kb-materials-none = ਇਹਨਾਂ ਫਿਲਟਰਾਂ ਨਾਲ ਕੋਈ ਸਮੱਗਰੀ ਨਹੀਂ।
# unreviewed
kb-materials-pages = ਸਮੱਗਰੀ ਦੇ ਪੰਨੇ
# unreviewed
kb-materials-previous = ਪਿਛਲਾ ਪੰਨਾ
# unreviewed
kb-materials-next = ਅਗਲਾ ਪੰਨਾ
# unreviewed
kb-materials-of-article = ਡਾਊਨਲੋਡ ਲਈ ਸਮੱਗਰੀ
# unreviewed
kb-material-format-pdf = PDF
# unreviewed
kb-material-format-image = ਤਸਵੀਰ
# unreviewed
kb-material-format-audio = ਆਡੀਓ
# unreviewed
kb-material-format-video = ਵੀਡੀਓ
# unreviewed
kb-material-size-kb = { $size } kB
# unreviewed
kb-material-size-mb = { $size } MB
# unreviewed
kb-materials-ws-title = ਕੇਂਦਰਾਂ ਦੀ ਸਮੱਗਰੀ
# unreviewed
kb-materials-ws-intro = ਜੋ ਤੁਸੀਂ ਇੱਥੇ ਜੋੜਦੇ ਹੋ ਉਹ ਤੁਰੰਤ ਜਨਤਕ ਹੁੰਦਾ ਹੈ, ਸਮੱਗਰੀ ਭੰਡਾਰ ਵਿੱਚ ਅਤੇ, ਜੇ ਤੁਸੀਂ ਕੋਈ ਕਾਰਡ ਚੁਣਦੇ ਹੋ, ਉਸਦੇ ਪੰਨੇ ਉੱਤੇ।
# unreviewed
kb-material-field-title = ਸਿਰਲੇਖ
# unreviewed
kb-material-field-description = ਵੇਰਵਾ (ਵਿਕਲਪਿਕ)
# unreviewed
kb-material-field-language = ਸਮੱਗਰੀ ਦੀ ਭਾਸ਼ਾ
# unreviewed
kb-material-field-article = ਕਾਰਡ ਉੱਤੇ ਵਿਖਾਓ (ਵਿਕਲਪਿਕ)
# unreviewed
kb-material-no-article = ਸਿਰਫ਼ ਭੰਡਾਰ ਵਿੱਚ
# unreviewed
kb-material-what = ਇੱਕ ਫਾਈਲ ਜਾਂ ਇੱਕ ਵੀਡੀਓ
# unreviewed
kb-material-field-file = ਫਾਈਲ
# unreviewed
kb-material-file-hint = PDF, PNG, JPEG ਜਾਂ WebP ਤਸਵੀਰਾਂ, MP3, M4A ਜਾਂ Ogg ਆਡੀਓ।
# unreviewed
kb-material-limit = ਵੱਧ ਤੋਂ ਵੱਧ { $size } MB।
# unreviewed
kb-material-field-video = ਜਾਂ ਕਿਸੇ ਵੀਡੀਓ ਦਾ ਪਤਾ (https://…)
# unreviewed
kb-material-save = ਸਮੱਗਰੀ ਜੋੜੋ
# unreviewed
kb-material-add = ਇੱਕ ਸਮੱਗਰੀ ਜੋੜੋ
# unreviewed
kb-material-remove = ਹਟਾਓ
# unreviewed
kb-material-added = ਸਮੱਗਰੀ ਜੋੜੀ ਗਈ: ਹੁਣ ਇਹ ਜਨਤਕ ਹੈ।
# unreviewed
kb-material-removed = ਸਮੱਗਰੀ ਆਪਣੀ ਫਾਈਲ ਸਮੇਤ ਹਟਾਈ ਗਈ।
# unreviewed
kb-material-error-title = ਇੱਕ ਸਿਰਲੇਖ ਲਿਖੋ (ਵੱਧ ਤੋਂ ਵੱਧ 200 ਅੱਖਰ)।
# unreviewed
kb-material-error-description = ਵੇਰਵਾ ਬਹੁਤ ਲੰਮਾ ਹੈ (ਵੱਧ ਤੋਂ ਵੱਧ 2000 ਅੱਖਰ)।
# unreviewed
kb-material-error-language = ਸਮੱਗਰੀ ਦੀ ਭਾਸ਼ਾ ਚੁਣੋ।
# unreviewed
kb-material-error-article = ਉਸੇ ਕੇਂਦਰ ਦਾ ਕੋਈ ਕਾਰਡ ਚੁਣੋ, ਜਾਂ ਕੋਈ ਨਹੀਂ।
# unreviewed
kb-material-error-file-or-video = ਇੱਕ ਫਾਈਲ ਚੁਣੋ ਜਾਂ ਕਿਸੇ ਵੀਡੀਓ ਦਾ ਪਤਾ ਲਿਖੋ, ਦੋਵੇਂ ਨਹੀਂ।
# unreviewed
kb-material-error-too-large = ਫਾਈਲ ਬਹੁਤ ਵੱਡੀ ਹੈ: ਸੰਭਾਲੀ ਨਹੀਂ ਗਈ। ਇਸਨੂੰ ਛੋਟਾ ਕਰਕੇ ਦੁਬਾਰਾ ਚੁਣੋ।
# unreviewed
kb-material-error-type = ਇਹ ਫਾਈਲ PDF, ਤਸਵੀਰ (PNG, JPEG, WebP) ਜਾਂ ਆਡੀਓ (MP3, M4A, Ogg) ਨਹੀਂ ਹੈ: ਨਾਮ ਭਾਵੇਂ ਕੁਝ ਵੀ ਹੋਵੇ, ਇਸਦੀ ਸਮੱਗਰੀ ਇਹੀ ਦੱਸਦੀ ਹੈ। ਸੰਭਾਲੀ ਨਹੀਂ ਗਈ।
# unreviewed
kb-material-error-video = ਵੀਡੀਓ ਦਾ ਪੂਰਾ ਪਤਾ ਲਿਖੋ, ਜੋ https:// ਨਾਲ ਸ਼ੁਰੂ ਹੋਵੇ।

# unreviewed
kb-tr-status-legal = ਕੇਂਦਰ ਦੀ ਕਾਨੂੰਨੀ ਜਾਂਚ ਦੀ ਉਡੀਕ ਵਿੱਚ
# unreviewed
kb-tr-notice-legal = ਇਸ ਕਾਰਡ ਵਿੱਚ ਦੱਸਿਆ ਇੱਕ ਕਾਨੂੰਨ ਬਦਲ ਗਿਆ ਹੈ: ਕੇਂਦਰ ਲਿਖਤ ਦੀ ਜਾਂਚ ਕਰ ਰਿਹਾ ਹੈ, ਫਿਰ ਇਹ ਅਨੁਵਾਦ ਵੀ ਅੱਪਡੇਟ ਹੋਵੇਗਾ।

# unreviewed
kb-links-services = ਤੁਹਾਡੇ ਵੱਲੋਂ ਸੰਭਾਲੇ ਜਾਂਦੇ ਸੇਵਾ ਕਾਰਡ
