// Round 3. The published list is also kept in an outer list of groups; writing it through the container writes the published one.
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
        var groups = new List<List<string>> { primary };
        slot.Publish(primary);
        groups[0].Add("b"); // expect: WEFT0002
    }
}
