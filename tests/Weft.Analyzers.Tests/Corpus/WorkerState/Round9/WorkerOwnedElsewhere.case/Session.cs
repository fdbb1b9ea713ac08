// WEFT0004 across files: a user property marked [WorkerOwned] (this file) returns state owned by the calling worker;
// Audit.cs hands it to new Thread.
using System.Collections.Generic;
using Weft;

namespace Corpus.WorkerState.R9.WorkerOwnedElsewhere;

public sealed class SessionContext
{
    private readonly List<string> _events = new();

    [WorkerOwned]
    public List<string> Events => _events;
}
