// A C# 14 extension block whose member clears the receiver's list, called on the routing table after it was
// published: the member is a method of the user's that writes its receiver (WEFT0002 at the call).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PublishedWrites.R16.ExtensionBlockDrainAfterPublish;

public sealed class DrainSet
{
    public List<string> Draining { get; } = new();
}

public static class DrainSetExtensions
{
    extension(DrainSet set)
    {
        public void ForgetAll() => set.Draining.Clear();
        public int Count => set.Draining.Count;
    }
}

public sealed class DrainCoordinator(Slot<DrainSet> slot)
{
    public async Task<int> PublishAsync(IEnumerable<string> hosts)
    {
        var set = new DrainSet();
        set.Draining.AddRange(hosts);
        await slot.PublishAsync(set);
        int published = set.Count;
        set.ForgetAll(); // expect: WEFT0002
        return published;
    }
}
