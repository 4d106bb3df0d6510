### Portal: the home page.

## Home

# unreviewed
home-title = Information for foreign residents
# unreviewed
home-intro = Find clear information about documents, health, school, work and housing, and find the desk nearest to you.
# unreviewed
home-themes-heading = Topics
# unreviewed
home-hubs-heading = Topic centres of the network
# unreviewed
home-hubs-intro = The topic centres prepare the information on each topic for the whole network.
# unreviewed
home-desks-heading = Desks for foreign residents
# unreviewed
home-all-desks = { $count ->
    [one] See the only desk in the network
   *[other] See all { $count } desks in the network
}
# unreviewed
home-no-desks = No desk has been registered yet.

# unreviewed
home-open-desks-link = Desks open now that speak { $language }
