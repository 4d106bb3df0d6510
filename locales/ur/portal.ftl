# Sportello — Urdu translation (machine draft, unreviewed). اردو مشینی ترجمے کا مسودہ: ہر عبارت ایک مسودہ ہے جس کا جائزہ اردو جاننے والے کسی شخص نے ابھی لینا ہے۔ Italian (locales/it) is the source.

### Portal: the home page.

## Home (پہلا صفحہ)

# unreviewed
home-title = غیر ملکی رہائشیوں کے لیے معلومات
# unreviewed
home-intro = دستاویزات، صحت، اسکول، کام اور رہائش کے بارے میں واضح معلومات حاصل کریں، اور اپنے سب سے قریب معلوماتی مرکز تلاش کریں۔
# unreviewed
home-themes-heading = موضوعات
# unreviewed
home-hubs-heading = نیٹ ورک کے موضوعاتی مراکز
# unreviewed
home-hubs-intro = موضوعاتی مراکز پورے نیٹ ورک کے لیے ہر موضوع کی معلومات تیار کرتے ہیں۔
# unreviewed
home-desks-heading = غیر ملکی رہائشیوں کے لیے معلوماتی مراکز
# unreviewed
home-all-desks = { $count ->
    [one] نیٹ ورک کا واحد معلوماتی مرکز دیکھیں
   *[other] نیٹ ورک کے تمام { $count } معلوماتی مراکز دیکھیں
}
# unreviewed
home-no-desks = ابھی تک کوئی معلوماتی مرکز درج نہیں ہوا۔

# unreviewed
home-open-desks-link = ابھی کھلے معلوماتی مراکز جہاں { $language } بولی جاتی ہے
