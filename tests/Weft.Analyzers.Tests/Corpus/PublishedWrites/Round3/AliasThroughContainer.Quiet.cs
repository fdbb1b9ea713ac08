// Round 3. The container gets a copy of the published list; writing the copy is fine.
using System.Collections.Generic;
using Weft.Slots;
using Weft;

namespace Corpus.PublishedWrites.Round3.AliasThroughContainer;

public static class Groups
{
    public static void Build(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<string>>();
        var primary = new List<string> { "a" };
        var groups = new List<List<string>> { new(primary) };
        slot.Publish(primary);
        groups[0].Add("b");
    }
}
