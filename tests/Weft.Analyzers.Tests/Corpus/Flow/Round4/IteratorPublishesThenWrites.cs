// A staged loader written as an iterator: each `yield return` hands control back to the caller, and the code after it
// runs on the next MoveNext — after the publish above it. The writes below the publish change the published list
// (WEFT0002; flow through an iterator's resumptions is still flow). Writes above the publish are fine.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.IteratorPublishesThenWrites;

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

        hosts.AddRange(rest); // expect: WEFT0002
        yield return hosts.Count;

        hosts.Clear(); // expect: WEFT0002
    }
}
