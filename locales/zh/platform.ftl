# Sportello — Simplified Chinese translation (machine draft, unreviewed). 简体中文机器翻译草稿：每一条都是草稿，等待熟悉中文的审校人员审核。Italian (locales/it) is the source.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Site shell (网站框架)

# unreviewed
site-name = 外国居民信息服务窗口
# unreviewed
site-tagline = 为外国居民提供信息和服务
# unreviewed
skip-link = 跳到主要内容
# unreviewed
nav-main-label = 主菜单
# unreviewed
nav-home = 首页
# unreviewed
nav-desks = 服务窗口
# unreviewed
nav-services = 在线服务
# unreviewed
language-switcher-summary = 语言
# unreviewed
language-switcher-label = 选择语言
# unreviewed
translation-incomplete = 本页部分内容尚未翻译，目前以意大利语显示。
# unreviewed
translation-draft = 此翻译为草稿：尚未经过母语人士审核。
# unreviewed
footer-about = 由大区外国居民信息服务窗口网络提供的服务。
# unreviewed
footer-demo = 演示数据：标有“示例数据”的地址、电话和其他信息都是虚构的。
# unreviewed
invented-marker = 示例数据

## Themes: the name, and a one-line description (主题：名称和一句话说明)

# unreviewed
theme-permesso-di-soggiorno = 居留许可（permesso di soggiorno）
    .description = 申请、续签和转换居留许可（permesso di soggiorno）。
# unreviewed
theme-cittadinanza = 国籍
    .description = 如何申请意大利国籍（cittadinanza），以及如何查询申请进度。
# unreviewed
theme-ricongiungimento-familiare = 家庭团聚（ricongiungimento familiare）
    .description = 让家人来意大利团聚：条件和所需文件。
# unreviewed
theme-residenza-anagrafe = 居住登记和户籍（anagrafe）
    .description = 户籍登记（iscrizione anagrafica）、变更居住地址和开具证明。
# unreviewed
theme-salute = 医疗健康
    .description = 登记国家医疗服务（Servizio sanitario nazionale）、家庭医生（medico di base）、预约看病。
# unreviewed
theme-scuola = 学校
    .description = 为孩子报名上学和托幼服务。
# unreviewed
theme-lavoro-formazione = 工作和培训
    .description = 找工作、劳动合同、培训课程。
# unreviewed
theme-casa = 住房
    .description = 租房、公共住房（case popolari）、住房适宜证明（idoneità alloggiativa）。
# unreviewed
theme-prestazioni-sociali = 社会福利
    .description = 补助、津贴（bonus）和经济援助：谁可以申请。
# unreviewed
theme-lingua-italiana = 意大利语
    .description = 意大利语课程和语言考试。

## Desks (服务窗口)

# unreviewed
desk-level-l1 = 初次接待窗口
# unreviewed
desk-level-l2 = 外国人专业服务窗口
# unreviewed
desk-level-hub = 专题中心
# unreviewed
desk-themes-label = 主题：
# unreviewed
desk-address-label = 地址：

## Errors (错误)

# unreviewed
error-request-id = 请求编号：{ $id }
# unreviewed
error-request-id-help = 如果您需要帮助，请提供这个编号。
# unreviewed
error-go-home = 返回首页
# unreviewed
error-other-languages = 本页的其他语言版本
# unreviewed
error-400-title = 请求无效
# unreviewed
error-400-body = 网址或提交的数据无效。请检查网址后再试一次。
# unreviewed
error-403-title = 不允许访问
# unreviewed
error-403-body = 您没有权限查看此页面。
# unreviewed
error-404-title = 找不到页面
# unreviewed
error-404-body = 您要找的页面不存在或已被移动。
# unreviewed
error-405-title = 不允许此操作
# unreviewed
error-405-body = 此页面不接受这种类型的请求。
# unreviewed
error-408-title = 请求超时
# unreviewed
error-408-body = 请求用时太长。请稍后再试。
# unreviewed
error-413-title = 数据太大
# unreviewed
error-413-body = 提交的数据超过了允许的最大大小。
# unreviewed
error-429-title = 请求太多
# unreviewed
error-429-body = 您在短时间内发出的请求太多。请稍等片刻再试。
# unreviewed
error-500-title = 出现错误
# unreviewed
error-500-body = 我们这边出了问题。请稍后再试。
# unreviewed
error-503-title = 服务暂不可用
# unreviewed
error-503-body = 服务暂时无法使用。请稍后再试。

## Operators: sign-in and workspace (工作人员：登录和工作区)

# unreviewed
nav-workspace = 工作人员专区
# unreviewed
logout-submit = 退出
# unreviewed
workspace-title = 工作人员专区
# unreviewed
workspace-nav-label = 工作人员专区菜单
# unreviewed
error-401-title = 需要登录
# unreviewed
error-401-body = 您需要登录才能查看此页面。
# unreviewed
error-code-csrf-invalid = 表单已过期或无效。请返回上一页，刷新页面后再试一次。

## Password reset and mail (重置密码和邮件)

# unreviewed
dev-mail-title = 已发送的邮件（开发环境）
# unreviewed
dev-mail-empty = 没有邮件。

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

# unreviewed
finder-heading = 查找服务窗口

# unreviewed
desk-by-appointment = 仅限预约
# unreviewed
desk-email-label = 电子邮件：
# unreviewed
desk-verified-on = 信息核实日期：{ $date }。

# unreviewed
channel-in_person = 当面
# unreviewed
channel-phone = 电话
# unreviewed
channel-online = 在线
# unreviewed
channel-video = 视频通话

# unreviewed
language-name-it = 意大利语
# unreviewed
language-name-ar = 阿拉伯语
# unreviewed
language-name-en = 英语
# unreviewed
language-name-fr = 法语
# unreviewed
language-name-es = 西班牙语
# unreviewed
language-name-zh = 中文
# unreviewed
language-name-sq = 阿尔巴尼亚语
# unreviewed
language-name-ro = 罗马尼亚语
# unreviewed
language-name-uk = 乌克兰语
# unreviewed
language-name-ur = 乌尔都语
# unreviewed
language-name-bn = 孟加拉语
# unreviewed
language-name-fa = 波斯语
# unreviewed
language-name-ru = 俄语
# unreviewed
language-name-pt = 葡萄牙语
# unreviewed
language-name-wo = 沃洛夫语
# unreviewed
language-name-pa = 旁遮普语
# unreviewed
language-name-tl = 他加禄语

# unreviewed
desk-edit-has-errors = 有些字段需要修改，所有内容都没有保存：
# unreviewed
desk-edit-description = 说明
# unreviewed
desk-edit-verified = 我今天已核实这些信息正确无误
# unreviewed
desk-edit-submit = 保存修改
# unreviewed
desk-edit-saved = 修改已保存。公共门户网站将在几秒钟内显示这些修改。
# unreviewed
desk-public-page = 查看公开页面
# unreviewed
desk-verify-due = 需要核实：这些信息最近几个月没有确认过。
# unreviewed
desk-history-heading = 修改记录
# unreviewed
desk-history-empty = 没有修改记录。
# unreviewed
desk-history-when = 时间（UTC）
# unreviewed
desk-history-who = 修改人
# unreviewed
desk-history-field = 字段
# unreviewed
desk-history-before = 修改前
# unreviewed
desk-history-after = 修改后
# unreviewed
desk-field-name = 名称
# unreviewed
desk-field-description = 说明
# unreviewed
desk-field-channels = 联系方式
# unreviewed
desk-field-by_appointment = 仅限预约
# unreviewed
desk-field-email = 电子邮件
# unreviewed
desk-field-verified_on = 核实
# unreviewed
desk-edit-error-email = 电子邮件地址无效。
# unreviewed
desk-edit-error-too-long = 文字太长（最多 2000 个字符）。

## Dates in full (service pages and desk pages). (完整日期)

# unreviewed
date-full-1 = { $year }年1月{ $day }日
# unreviewed
date-full-2 = { $year }年2月{ $day }日
# unreviewed
date-full-3 = { $year }年3月{ $day }日
# unreviewed
date-full-4 = { $year }年4月{ $day }日
# unreviewed
date-full-5 = { $year }年5月{ $day }日
# unreviewed
date-full-6 = { $year }年6月{ $day }日
# unreviewed
date-full-7 = { $year }年7月{ $day }日
# unreviewed
date-full-8 = { $year }年8月{ $day }日
# unreviewed
date-full-9 = { $year }年9月{ $day }日
# unreviewed
date-full-10 = { $year }年10月{ $day }日
# unreviewed
date-full-11 = { $year }年11月{ $day }日
# unreviewed
date-full-12 = { $year }年12月{ $day }日

## Web addresses in the editing forms (services and organisations).

# unreviewed
edit-url-hint = 以 https://（或 http://）开头。

# unreviewed
edit-error-url = 网址必须以 https:// 或 http:// 开头，并且不能有空格。
