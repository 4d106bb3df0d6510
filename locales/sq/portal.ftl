### Portal: the home page.

## Faqja kryesore (Home)

home-title = Informacion për banorët e huaj
home-intro = Gjeni informacion të qartë për dokumentet, shëndetin, shkollën, punën dhe strehimin, si dhe zyrën më të afërt me ju.
