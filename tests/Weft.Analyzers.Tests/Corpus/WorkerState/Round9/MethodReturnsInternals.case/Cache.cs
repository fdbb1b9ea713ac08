// WEFT0004 across files: a per-worker type's method (this file) returns its own internal dictionary; Janitor.cs takes
// it and clears it from Task.Run.
using System.Collections.Generic;
using Weft;

namespace Corpus.WorkerState.R9.MethodReturnsInternals;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    private readonly Dictionary<string, byte[]> _entries = new();

    public Dictionary<string, byte[]> Entries() => _entries;
}
