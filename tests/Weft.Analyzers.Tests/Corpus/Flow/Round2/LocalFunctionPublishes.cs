// Round 2. The publish is hidden in a local function; the write after its call runs on a published list.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.Round2.LocalPublish;

public static class Bootstrap
{
    public static void Run(Slot<List<string>> slot, string primary, string secondary)
    {
        var upstreams = new List<string> { primary };
        Ship();
        upstreams.Add(secondary); // expect: WEFT0002

        void Ship() => slot.Publish(upstreams);
    }
}
