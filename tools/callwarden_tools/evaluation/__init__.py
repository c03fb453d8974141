"""`callwarden eval DIR`: labelled dialogs played into a daemon over real SIP, then scored."""
