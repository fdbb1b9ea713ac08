// Quiet twin of NestedInitializerAddsToExisting: the envelope is built over a NEW list (copied from the published list
// or from the immutable snapshot), so the nested collection initializer adds to that copy.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.NestedInitializerAddsToExistingQuiet;

public sealed class Envelope
{
    public Envelope(List<string> hosts) => Hosts = hosts;

    public List<string> Hosts { get; }
}

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
}

public sealed class EnvelopeBuilder
{
    private readonly Slot<List<string>> _slot;

    public EnvelopeBuilder(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public async Task<Envelope> PublishAsync(List<string> hosts)
    {
        await _slot.PublishAsync(hosts);
        return new Envelope(new List<string>(hosts)) { Hosts = { "late.example" } };
    }

    public static Envelope OnWorker() => new Envelope(new List<string>(Upstreams.Current.Hosts)) { Hosts = { "worker.example" } };
}
