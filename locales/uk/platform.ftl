# Sportello — український переклад (Ukrainian, частковий). Тексти без перекладу показано італійською.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Структура сайту (Site shell)

site-name = Інформаційне бюро для іноземних громадян
site-tagline = Інформація та послуги для іноземних громадян
skip-link = Перейти до основного вмісту
nav-main-label = Головне меню
nav-home = Головна сторінка
nav-desks = Інформаційні бюро
nav-services = Онлайн-послуги
language-switcher-summary = Мова
language-switcher-label = Оберіть мову
translation-incomplete = Деякі частини цієї сторінки ще не перекладено. Їх показано італійською мовою.
