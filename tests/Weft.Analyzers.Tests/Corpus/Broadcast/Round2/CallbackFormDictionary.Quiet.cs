// Round 2. The staged rules are frozen before they are broadcast.
using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft;

namespace Corpus.Broadcast.Round2.CallbackDictionary;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Rewriter
{
    private Dictionary<string, string> _rules = new();

    [WorkerUpdate]
    public void Replace(FrozenDictionary<string, string> rules) => _rules = new Dictionary<string, string>(rules);
}

public sealed class RewriteAdmin(WorkerPool pool)
{
    private readonly Dictionary<string, string> _pending = new();

    public void Stage(string from, string to) => _pending[from] = to;

    public void Commit(Action done) => Rewriter.ReplaceOnAllWorkers(pool, _pending.ToFrozenDictionary(), done);
}
