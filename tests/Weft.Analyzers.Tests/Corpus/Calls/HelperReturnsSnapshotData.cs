// An instance helper hands out the snapshot's own dictionary; the caller then writes into it on a worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.Calls.ReturnsSnapshot;

[ThreadLocalSlot]
public sealed partial class HeaderPolicy
{
    public Dictionary<string, string> Defaults { get; init; } = new(); // expect: WEFT0001
}

public sealed class RequestDecorator
{
    private Dictionary<string, string> DefaultsForThisWorker() => HeaderPolicy.Current.Defaults;

    public void Decorate(string requestId)
    {
        var defaults = DefaultsForThisWorker();
        defaults["x-request-id"] = requestId; // expect: WEFT0003
    }
}
