// A nested collection initializer `{ Hosts = { "x" } }` does not make a new list: it calls Add on the list the
// property already returns. Here that list is a published one (WEFT0002: a mutator of a collection placed inside /
// the same object) and, in the worker method, the snapshot's own list (WEFT0003). The snapshot's List is WEFT0001.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.NestedInitializerAddsToExisting;

public sealed class Envelope
{
    public Envelope(List<string> hosts) => Hosts = hosts;

    public List<string> Hosts { get; }
}

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public sealed class EnvelopeBuilder
{
    private readonly Slot<List<string>> _slot;

    public EnvelopeBuilder(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public async Task<Envelope> PublishAsync(List<string> hosts)
    {
        await _slot.PublishAsync(hosts);
        return new Envelope(hosts) { Hosts = { "late.example" } }; // expect: WEFT0002
    }

    public static Envelope OnWorker() => new Envelope(Upstreams.Current.Hosts) { Hosts = { "worker.example" } }; // expect: WEFT0003
}
