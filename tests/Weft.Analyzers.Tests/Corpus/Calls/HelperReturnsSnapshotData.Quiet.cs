// The helper returns a copy of the snapshot's headers; the caller owns and writes the copy.
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft;

namespace Corpus.Calls.ReturnsSnapshot;

[ThreadLocalSlot]
public sealed partial class HeaderPolicy
{
    public FrozenDictionary<string, string> Defaults { get; init; } = FrozenDictionary<string, string>.Empty;
}

public sealed class RequestDecorator
{
    private Dictionary<string, string> DefaultsForThisWorker() => new(HeaderPolicy.Current.Defaults);

    public Dictionary<string, string> Decorate(string requestId)
    {
        var headers = DefaultsForThisWorker();
        headers["x-request-id"] = requestId;
        return headers;
    }
}
