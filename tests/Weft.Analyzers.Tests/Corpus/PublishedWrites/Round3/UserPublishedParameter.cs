// Round 3. The team's own wrapper marks its parameter [Published]; the analyzer learns it from the attribute.
// Reading taken: [Published] on a user API means the same as on Slot<T>.Publish, so writing after it is WEFT0002.
// The attribute's doc also names WEFT0007 ("should be deeply immutable") while WEFT0007's page names only generated
// posting code and RunOnAllThreads state; this file takes the rule page and expects no WEFT0007.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round3.UserPublishedParameter;

public sealed class ConfigChannel<T>
    where T : class
{
    private readonly Slot<T> _slot;

    public ConfigChannel(WorkerPool pool) => _slot = pool.AllocateSlot<T>();

    public void Send([Published] T value) => _slot.Publish(value);
}

public static class Deploy
{
    public static void Run(ConfigChannel<HashSet<int>> ports)
    {
        var open = new HashSet<int> { 80, 443 };
        ports.Send(open);
        open.Remove(80); // expect: WEFT0002 "open"
    }
}
