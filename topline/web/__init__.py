"""The web app (`topline serve`): the published pages served from the store, search, and a JSON API."""
