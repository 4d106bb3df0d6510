### Portal: the home page.

## Home

home-title = Information for foreign residents
home-intro = Find clear information about documents, health, school, work and housing, and find the desk nearest to you.
home-themes-heading = Topics
home-hubs-heading = Topic centres of the network
home-hubs-intro = The topic centres prepare the information on each topic for the whole network.
home-desks-heading = Desks for foreign residents
home-all-desks = { $count ->
    [one] See the only desk in the network
   *[other] See all { $count } desks in the network
}
home-no-desks = No desk has been registered yet.

home-open-desks-link = Desks open now that speak { $language }
