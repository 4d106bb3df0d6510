# Sportello — Simplified Chinese translation (machine draft, unreviewed). 简体中文机器翻译草稿：每一条都是草稿，等待熟悉中文的审校人员审核。Italian (locales/it) is the source.

### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages. (在线服务目录和服务页面)

# unreviewed
catalogue-title = 在线服务
# unreviewed
catalogue-intro = 您可以在家用手机或电脑使用的服务：由谁提供、有什么用途，以及登录需要什么。
# unreviewed
catalogue-help = 如果您在使用时需要帮助，网络中的服务窗口可以帮助您。
# unreviewed
catalogue-help-link = 查找服务窗口
# unreviewed
catalogue-empty = 目录中还没有在线服务。
# unreviewed
catalogue-breadcrumb-label = 导航路径
# unreviewed
catalogue-categories-heading = 类别
# unreviewed
catalogue-category-vita-del-cittadino = 日常生活和证件
# unreviewed
catalogue-category-istruzione = 教育
# unreviewed
catalogue-category-cultura = 文化
# unreviewed
catalogue-category-lavoro-formazione = 工作和培训
# unreviewed
catalogue-category-salute = 医疗健康
# unreviewed
catalogue-provider = 提供机构：
# unreviewed
catalogue-what = 这是什么：
# unreviewed
catalogue-who = 谁可以使用：
# unreviewed
catalogue-login = 登录需要什么
# unreviewed
catalogue-login-spid = SPID（意大利公共数字身份系统）
# unreviewed
catalogue-login-cie = CIE（意大利电子身份证）
# unreviewed
catalogue-login-cns = CNS（带芯片的医疗卡 tessera sanitaria）
# unreviewed
catalogue-login-none = 不需要数字身份
# unreviewed
catalogue-plain-note = 简单地说：
# unreviewed
catalogue-open-online = 前往在线服务
# unreviewed
catalogue-external = 外部网站
# unreviewed
catalogue-details = 服务说明
# unreviewed
catalogue-service-kicker = 服务说明
# unreviewed
catalogue-toc-heading = 本页内容
# unreviewed
catalogue-sec-what = 这是什么
# unreviewed
catalogue-sec-who = 适用对象
# unreviewed
catalogue-sec-how = 怎么办理
# unreviewed
catalogue-sec-need = 需要什么
# unreviewed
catalogue-sec-get = 可以得到什么
# unreviewed
catalogue-sec-time = 时间和期限
# unreviewed
catalogue-sec-cost = 费用
# unreviewed
catalogue-sec-access = 使用服务
# unreviewed
catalogue-sec-more = 更多信息
# unreviewed
catalogue-sec-contacts = 联系方式
# unreviewed
catalogue-sec-updated = 最后更新
# unreviewed
catalogue-not-stated = 暂无信息：请询问服务窗口。
# unreviewed
catalogue-no-documents = 不需要特别的文件。
# unreviewed
catalogue-access-online = 在线
# unreviewed
catalogue-access-book = 预约
# unreviewed
catalogue-by-appointment = 这项服务需要预约：请联系下面的任一服务窗口预约。
# unreviewed
catalogue-access-where = 地点
# unreviewed
catalogue-access-ask = 想知道在哪里申请这项服务，请联系网络中的服务窗口。
# unreviewed
catalogue-channels = 使用方式：
# unreviewed
catalogue-channel-in-person = 到窗口办理
# unreviewed
catalogue-channel-phone = 电话
# unreviewed
catalogue-channel-online = 在线
# unreviewed
catalogue-channel-video = 视频通话
# unreviewed
catalogue-themes = 主题：
# unreviewed
catalogue-category = 目录类别：
# unreviewed
catalogue-provider-website = 提供机构的网站
# unreviewed
catalogue-contacts-desks = 如需了解信息，您可以联系网络中的服务窗口。
# unreviewed
catalogue-phone = 电话：
# unreviewed
catalogue-email = 电子邮件：
# unreviewed
catalogue-desk-level-l1 = 初次接待窗口
# unreviewed
catalogue-desk-level-l2 = 专业服务窗口
# unreviewed
catalogue-desk-level-hub = 专题中心
# unreviewed
catalogue-cost-free = 免费
# unreviewed
catalogue-cost-euro = { $amount } 欧元

## Editing services in the workspace. (在工作区修改服务)

# unreviewed
ws-services-title = 服务
# unreviewed
ws-services-intro = 您可以修改的服务：您所在窗口提供的服务，以及您所在机构的服务。
# unreviewed
ws-services-empty = 您的角色不涉及任何服务。

# unreviewed
service-edit-title = 修改服务
# unreviewed
service-edit-back = 返回服务
# unreviewed
service-edit-link = 修改服务信息
# unreviewed
service-edit-name = 服务名称
# unreviewed
service-edit-eligibility = 谁可以申请
# unreviewed
service-edit-application = 怎么申请
# unreviewed
service-edit-outcome = 可以得到什么
# unreviewed
service-edit-wait-time = 所需时间
# unreviewed
service-edit-fees = 费用
# unreviewed
service-edit-documents = 需要带的文件
# unreviewed
service-edit-documents-hint = 每行写一份文件。
# unreviewed
service-edit-url = 服务网址
# unreviewed
service-edit-channels = 服务的使用方式
# unreviewed
service-edit-login-hint = 仅适用于在线服务。
# unreviewed
service-edit-plain-note = 简单说明
# unreviewed
service-edit-plain-note-hint = 写给把意大利语当作第二语言的读者：句子要短，用常用词。

# unreviewed
service-edit-error-name = 请填写服务名称（最多 200 个字符）。
# unreviewed
service-edit-error-organisation-only = 只有提供该服务的机构的编辑人员可以更改此项。
# unreviewed
service-edit-error-channels = 请至少选择一种使用服务的方式。
# unreviewed
service-edit-error-login = 使用 SPID、CIE 或 CNS 登录只适用于在线服务；选择“不需要数字身份”后，不能再选其他方式。
# unreviewed
service-edit-error-documents = 最多 30 份文件，每份最多 300 个字符。

# unreviewed
edit-field-eligibility_description = 谁可以申请
# unreviewed
edit-field-application_process = 怎么申请
# unreviewed
edit-field-outcome = 可以得到什么
# unreviewed
edit-field-wait_time = 所需时间
# unreviewed
edit-field-fees_description = 费用
# unreviewed
edit-field-url = 网址
# unreviewed
edit-field-plain_note = 简单说明
# unreviewed
edit-field-login = 在线登录
# unreviewed
edit-field-required_documents = 文件
