"""The processes: the master, its pool of SIP workers, the engine process, Kamailio in front,
and what they share on disk (status files, room under the state dir)."""
