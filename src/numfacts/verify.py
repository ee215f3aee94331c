def verify(facts, reference):
    raise NotImplementedError
