# Sportello — اردو ترجمہ (Urdu، جزوی)۔ جن عبارتوں کا ترجمہ نہیں ہوا وہ اطالوی میں دکھائی جاتی ہیں۔

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## ویب سائٹ کا ڈھانچہ (Site shell)

site-name = غیر ملکی رہائشیوں کے لیے معلوماتی مرکز
site-tagline = غیر ملکی رہائشیوں کے لیے معلومات اور خدمات
skip-link = مرکزی مواد پر جائیں
nav-main-label = مرکزی مینو
nav-home = پہلا صفحہ
nav-desks = معلوماتی مراکز
nav-services = آن لائن خدمات
language-switcher-summary = زبان
language-switcher-label = زبان منتخب کریں
translation-incomplete = اس صفحے کے کچھ حصوں کا ابھی ترجمہ نہیں ہوا۔ یہ حصے اطالوی زبان میں دکھائے گئے ہیں۔
