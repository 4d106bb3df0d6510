# Sportello — Urdu translation (machine draft, unreviewed). اردو مشینی ترجمے کا مسودہ: ہر عبارت ایک مسودہ ہے جس کا جائزہ اردو جاننے والے کسی شخص نے ابھی لینا ہے۔ Italian (locales/it) is the source.

### Audit: the audit log page.

## Operators: sign-in and workspace (عملہ: لاگ اِن اور کام کی جگہ)

# unreviewed
audit-title = سرگرمیوں کا ریکارڈ
# unreviewed
audit-filter-action = کارروائی (شروع کے الفاظ)
# unreviewed
audit-filter-actor = کس نے (ای میل)
# unreviewed
audit-filter-submit = فلٹر کریں
# unreviewed
audit-col-when = کب
# unreviewed
audit-col-who = کس نے
# unreviewed
audit-col-action = کارروائی
# unreviewed
audit-col-object = کس چیز پر
# unreviewed
audit-col-ip = IP ایڈریس
# unreviewed
audit-empty = ان فلٹرز کے ساتھ کوئی سرگرمی درج نہیں۔
