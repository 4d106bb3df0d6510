# Sportello — 简体中文翻译（Simplified Chinese，部分翻译）。缺少的条目会以意大利语显示。

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## 网站框架 (Site shell)

site-name = 外国居民信息服务窗口
site-tagline = 为外国居民提供信息和服务
skip-link = 跳到主要内容
nav-main-label = 主菜单
nav-home = 首页
nav-desks = 服务窗口
nav-services = 在线服务
language-switcher-summary = 语言
language-switcher-label = 选择语言
translation-incomplete = 本页部分内容尚未翻译，目前以意大利语显示。
