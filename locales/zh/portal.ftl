### Portal: the home page.

## 首页 (Home)

home-title = 外国居民信息
home-intro = 在这里查找有关证件、医疗、学校、工作和住房的清楚信息，并找到离您最近的服务窗口。
