"""What a listing forbids on a date: rule tables per legal basis (``rules/``) and the status
they give with an entry's history and legal record (``status``)."""
