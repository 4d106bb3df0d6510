# Sportello — Simplified Chinese translation (machine draft, unreviewed). 简体中文机器翻译草稿：每一条都是草稿，等待熟悉中文的审校人员审核。Italian (locales/it) is the source.

### Portal: the home page.

## Home (首页)

# unreviewed
home-title = 外国居民信息
# unreviewed
home-intro = 在这里查找有关证件、医疗、学校、工作和住房的清楚信息，并找到离您最近的服务窗口。
# unreviewed
home-themes-heading = 主题
# unreviewed
home-hubs-heading = 网络的专题中心
# unreviewed
home-hubs-intro = 专题中心负责为整个网络整理每个主题的信息。
# unreviewed
home-desks-heading = 外国居民服务窗口
# unreviewed
# Chinese has only the plural category "other".
home-all-desks = { $count ->
   *[other] 查看网络中全部 { $count } 个服务窗口
}
# unreviewed
home-no-desks = 目前还没有登记任何服务窗口。

# unreviewed
home-open-desks-link = 现在开放、可以说{ $language }的服务窗口
