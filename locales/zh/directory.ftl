# Sportello — Simplified Chinese translation (machine draft, unreviewed). 简体中文机器翻译草稿：每一条都是草稿，等待熟悉中文的审校人员审核。Italian (locales/it) is the source.

### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory). (查找服务窗口、窗口页面和开放时间)

# unreviewed
finder-intro = 查找适合您的服务窗口：离您近、会说您的语言、现在开放。这里有专题中心、外国人专业服务窗口和初次接待点（URP 市民关系办公室、社会服务窗口）。
# unreviewed
finder-near-label = 附近的市镇（comune）
# unreviewed
finder-near-hint = 请输入市镇（comune）的名称，例如 Bologna。
# unreviewed
finder-use-position = 使用我的位置
# unreviewed
finder-language-label = 使用的语言
# unreviewed
finder-any-language = 任何语言
# unreviewed
finder-open-now-label = 只显示现在开放的窗口
# unreviewed
finder-more-filters = 更多筛选条件
# unreviewed
finder-theme-label = 主题
# unreviewed
finder-any-theme = 所有主题
# unreviewed
finder-level-label = 窗口类型
# unreviewed
finder-any-level = 所有类型
# unreviewed
finder-channel-label = 联系方式
# unreviewed
finder-any-channel = 所有方式
# unreviewed
finder-province-label = 省（provincia）
# unreviewed
finder-any-province = 所有省
# unreviewed
finder-submit = 搜索
# unreviewed
finder-sorted-by-distance = 按距离从近到远排列。
# unreviewed
finder-no-results = 没有符合搜索条件的服务窗口。请试着去掉一些筛选条件。
# unreviewed
finder-map-label = 找到的服务窗口地图
# unreviewed
finder-map-attribution = © OpenStreetMap 贡献者
# unreviewed
finder-geojson-link = 下载公开的服务窗口数据（GeoJSON，开放数据）
# unreviewed
finder-error-theme = 这个主题不存在：请从列表中选择一个。
# unreviewed
finder-error-level = 这种窗口类型不存在：请从列表中选择一个。
# unreviewed
finder-error-language = 这个语言无效：请从列表中选择一个。
# unreviewed
finder-error-channel = 这种联系方式不存在：请从列表中选择一个。
# unreviewed
finder-error-page = 页码无效：现在显示第一页。
# unreviewed
finder-error-position = 位置无效。请改为输入市镇（comune）的名称。
# unreviewed
finder-error-comune = 在设有服务窗口的市镇中找不到“{ $name }”。请试试：{ $suggestions }。

# unreviewed
desk-open = 现在开放
# unreviewed
desk-open-until = 现在开放，{ $time } 关门
# unreviewed
desk-closed = 关闭
# unreviewed
desk-closed-opens-today = 现在关闭，今天 { $time } 开门
# unreviewed
desk-closed-opens-on = 现在关闭，{ $day } { $time } 开门
# unreviewed
desk-hours-unknown = 没有开放时间信息：请联系该窗口。
# unreviewed
desk-distance = 距离 { $km } 公里
# unreviewed
desk-address-reserved = 地址不公开（位于 { $comune }）：请联系该窗口。
# unreviewed
desk-languages-label = 使用的语言：
# unreviewed
desk-where-heading = 位置
# unreviewed
desk-open-map = 在 OpenStreetMap 地图上查看
# unreviewed
desk-accessibility-label = 无障碍设施：
# unreviewed
desk-hours-heading = 开放时间
# unreviewed
desk-week-caption = 本周开放时间（意大利时间）
# unreviewed
desk-week-day = 日期
# unreviewed
desk-week-hours = 时间
# unreviewed
desk-week-languages = 使用的语言
# unreviewed
desk-today = 今天
# unreviewed
desk-day-closed = 关闭
# unreviewed
desk-contact-heading = 联系方式
# unreviewed
desk-phone-label = 电话：
# unreviewed
desk-channels-label = 联系方式：
# unreviewed
desk-updated-on = 最后更新：{ $date }。
# unreviewed
breadcrumb-label = 您的位置

# unreviewed
weekday-1 = 星期一
# unreviewed
weekday-2 = 星期二
# unreviewed
weekday-3 = 星期三
# unreviewed
weekday-4 = 星期四
# unreviewed
weekday-5 = 星期五
# unreviewed
weekday-6 = 星期六
# unreviewed
weekday-7 = 星期日
# unreviewed
month-1 = 1月
# unreviewed
month-2 = 2月
# unreviewed
month-3 = 3月
# unreviewed
month-4 = 4月
# unreviewed
month-5 = 5月
# unreviewed
month-6 = 6月
# unreviewed
month-7 = 7月
# unreviewed
month-8 = 8月
# unreviewed
month-9 = 9月
# unreviewed
month-10 = 10月
# unreviewed
month-11 = 11月
# unreviewed
month-12 = 12月
# unreviewed
# Chinese order: month, then day (e.g. 3月7日).
date-day-month = { $month }{ $day }日

# unreviewed
desk-edit-title = 修改服务窗口
# unreviewed
desk-edit-back = 返回服务窗口
# unreviewed
desk-edit-name = 服务窗口名称
# unreviewed
desk-edit-hours = 开放时间
# unreviewed
desk-edit-hours-hint = 使用 OpenStreetMap 格式，例如：Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off（PH = 公共假日）。关闭日期：Aug off 或 2026 Dec 24-Dec 26 off。
# unreviewed
desk-edit-languages = 使用的语言
# unreviewed
desk-edit-languages-hint = ISO 语言代码，用逗号分隔，例如：it, ar, en, zh。
# unreviewed
desk-edit-link = 修改服务窗口信息
# unreviewed
desk-field-opening_hours = 开放时间
# unreviewed
desk-field-languages = 语言
# unreviewed
desk-field-phone = 电话
# unreviewed
desk-field-accessibility = 无障碍设施
# unreviewed
desk-edit-error-name = 请填写服务窗口名称（最多 200 个字符）。
# unreviewed
desk-edit-error-hours = 开放时间不符合 OpenStreetMap 格式。
# unreviewed
desk-edit-error-hours-at = 开放时间不符合 OpenStreetMap 格式：请从第 { $column } 个字符开始检查。
# unreviewed
desk-edit-error-languages = 语言请填写 2 或 3 个字母的 ISO 代码，用逗号分隔。
# unreviewed
desk-edit-error-phone = 电话号码只能包含数字、空格和 + - / . ( )。
# unreviewed
desk-edit-error-channels = 请至少选择一种联系该窗口的方式。

# unreviewed
desk-services-heading = 这里提供的服务
# unreviewed
desk-services-none = 这个窗口还没有登记服务：请直接询问该窗口。
# unreviewed
desk-how-to-book = 去这个窗口需要先预约：请按下面的联系方式打电话或写信。
# unreviewed
desk-hubs-heading = 相关的专题中心
# unreviewed
desk-hubs-intro = 遇到这些主题中最难的问题时，该窗口会向网络的专题中心求助。
# unreviewed
desk-edit-address = 地址
# unreviewed
desk-edit-postcode = 邮政编码（CAP）
# unreviewed
desk-edit-comune = 市镇（comune）
# unreviewed
desk-edit-province = 省（两个字母的缩写，例如 BO）
# unreviewed
desk-edit-latitude = 纬度
# unreviewed
desk-edit-longitude = 经度
# unreviewed
desk-edit-position-hint = 使用十进制度数，例如 44.4939 和 11.3426（可以在 OpenStreetMap 上找到）。
# unreviewed
desk-edit-sensitive = 地址不公开
# unreviewed
desk-edit-sensitive-hint = 用于受保护的场所：地址和位置永远不会出现在门户网站、地图或开放数据中。
# unreviewed
desk-edit-error-address = 请填写地址（最多 200 个字符）。
# unreviewed
desk-edit-error-sensitive = 只有网络协调员可以更改地址是否保密。
# unreviewed
desk-edit-error-comune = 请填写市镇（最多 100 个字符）。
# unreviewed
desk-edit-error-postcode = 邮政编码（CAP）太长。
# unreviewed
desk-edit-error-province = 省请填写两个字母的缩写，例如 BO。
# unreviewed
desk-edit-error-position = 纬度和经度请使用十进制度数：纬度在 -90 到 90 之间，经度在 -180 到 180 之间。
# unreviewed
desk-field-address = 地址
# unreviewed
desk-field-postcode = 邮政编码（CAP）
# unreviewed
desk-field-comune = 市镇（comune）
# unreviewed
desk-field-province = 省
# unreviewed
desk-field-position = 位置
# unreviewed
desk-field-sensitive = 地址不公开
# unreviewed
desk-edit-language-hours = 只在某些时间使用的语言
# unreviewed
desk-edit-language-hours-hint = 每种语言一行：语言代码和 OpenStreetMap 格式的时间，例如“ar Mo,We,Fr 09:00-13:00”。这里没有列出的语言，在所有开放时间都可以使用。
# unreviewed
desk-edit-error-slot = 每一行都需要写该窗口使用的一种语言的代码，以及 OpenStreetMap 格式的时间，例如：ar Mo,We 09:00-13:00。
# unreviewed
desk-field-language_hours = 特定时间的语言

## Desks (服务窗口)

# unreviewed
desks-title = 网络中的服务窗口
# unreviewed
desks-intro = 网络中的所有服务窗口：专题中心、外国人专业服务窗口和初次接待点（URP 市民关系办公室、社会服务窗口）。
# unreviewed
# Chinese has only the plural category "other".
desks-count = { $count ->
   *[other] { $count } 个服务窗口
}
# unreviewed
pagination-label = 页码
# unreviewed
pagination-previous = 上一页
# unreviewed
pagination-next = 下一页
# unreviewed
pagination-status = 第 { $page } 页，共 { $pages } 页

## Workspace: desks (工作区：服务窗口)

# unreviewed
ws-desks-title = 我的服务窗口
# unreviewed
ws-desks-intro = 您担任角色的服务窗口。
# unreviewed
ws-desks-empty = 您的角色不涉及任何服务窗口。

## Editing organisations in the workspace. (在工作区修改机构)

# unreviewed
ws-orgs-title = 机构
# unreviewed
ws-orgs-intro = 您可以修改信息的机构：您担任管理或协调角色的机构，以及它们下属的机构。
# unreviewed
ws-orgs-empty = 您的角色不涉及任何机构。

# unreviewed
org-edit-title = 修改机构
# unreviewed
org-edit-back = 返回机构列表
# unreviewed
org-edit-link = 修改机构信息
# unreviewed
org-edit-name = 机构名称
# unreviewed
org-edit-alternate-name = 其他名称或缩写
# unreviewed
org-edit-website = 网站
# unreviewed
org-edit-error-name = 请填写机构名称（最多 200 个字符）。
# unreviewed
org-edit-error-alternate-name = 其他名称最多 200 个字符。

# unreviewed
edit-field-alternate_name = 其他名称
# unreviewed
edit-field-website = 网站
