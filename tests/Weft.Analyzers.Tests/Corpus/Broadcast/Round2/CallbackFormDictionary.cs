// Round 2. The generated callback form, with a Dictionary argument held in a field: broadcasting it is WEFT0007, and
// the state argument is [Published], so staging into the same field afterwards (another method) is WEFT0002.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Broadcast.Round2.CallbackDictionary;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Rewriter
{
    private Dictionary<string, string> _rules = new();

    [WorkerUpdate]
    public void Replace(Dictionary<string, string> rules) => _rules = new Dictionary<string, string>(rules);
}

public sealed class RewriteAdmin(WorkerPool pool)
{
    private readonly Dictionary<string, string> _pending = new();

    public void Stage(string from, string to) => _pending[from] = to; // expect: WEFT0002

    public void Commit(Action done) => Rewriter.ReplaceOnAllWorkers(pool, _pending, done); // expect: WEFT0007
}
