"""One call's pipeline: the session that wires it (session.py), what is heard (recognition.py),
the agent's turns (turns.py) and the services a worker hands each call (services.py)."""
