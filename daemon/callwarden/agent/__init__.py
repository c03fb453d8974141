"""The automated side of the conversation: the scripted flow, the dialog webhook, barge-in."""
