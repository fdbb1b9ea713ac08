// The generated callback form of Publish, given an immutable copy of the field each time.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.PublishedWrites.GeneratedCallback;

[ThreadLocalSlot]
public sealed partial record Upstreams(ImmutableArray<string> Addresses);

public sealed class UpstreamRegistry(WorkerPool pool)
{
    private readonly List<string> _addresses = new();

    public void Flush() => Upstreams.Publish(pool, new Upstreams(_addresses.ToImmutableArray()), () => { });

    public void Register(string address)
    {
        _addresses.Add(address);
    }
}
