// The generated callback form of Publish with a read-only view of a field; another method keeps adding to the field.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Weft;

namespace Corpus.PublishedWrites.GeneratedCallback;

[ThreadLocalSlot]
public sealed partial record Upstreams(ReadOnlyCollection<string> Addresses); // expect: WEFT0001

public sealed class UpstreamRegistry(WorkerPool pool)
{
    private readonly List<string> _addresses = new();

    public void Flush() => Upstreams.Publish(pool, new Upstreams(_addresses.AsReadOnly()), () => { });

    public void Register(string address)
    {
        _addresses.Add(address); // expect: WEFT0002
    }
}
