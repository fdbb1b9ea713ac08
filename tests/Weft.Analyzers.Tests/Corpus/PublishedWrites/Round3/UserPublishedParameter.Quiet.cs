// Round 3. The set is complete before it goes through the [Published] wrapper.
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
        open.Remove(80);
        ports.Send(open);
    }
}
