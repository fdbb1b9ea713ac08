// Quiet twin of IteratorPublishesThenWrites: each stage of the iterator builds and publishes a new list; nothing is
// written after its own publish.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.IteratorPublishesThenWritesQuiet;

public sealed class StagedLoader
{
    private readonly Slot<List<string>> _slot;

    public StagedLoader(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public IEnumerable<int> Load(IReadOnlyList<string> first, IReadOnlyList<string> rest)
    {
        var hosts = new List<string>(first);
        hosts.Sort();
        _slot.Publish(hosts);
        yield return hosts.Count;

        var more = new List<string>(hosts);
        more.AddRange(rest);
        _slot.Publish(more);
        yield return more.Count;

        _slot.Publish(new List<string>());
    }
}
