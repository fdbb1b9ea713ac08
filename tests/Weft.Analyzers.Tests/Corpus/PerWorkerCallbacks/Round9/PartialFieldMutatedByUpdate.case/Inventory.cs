// WEFT0008 across files: a partial class declares a list field and a method adding to it in this file; the other part
// (Inventory.Collect.cs) runs an UpdateAllAsync callback on every worker that calls that method. Reading taken: the
// captured state changed through a method of the captured instance is reported at the callback's call (the worker
// code), as WEFT0006 reports a helper at the worker code's call.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.R9.PartialFieldMutatedByUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    public string Name { get; set; } = "";

    public int Open { get; set; }
}

public sealed partial class Inventory
{
    private readonly List<string> _seen = new();

    private void Remember(string name) => _seen.Add(name);
}
